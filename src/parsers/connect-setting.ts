/**
 * Port settings that name where ANOTHER service listens (role `connect`): `DB_PORT` next to
 * `DB_HOST`, `SMTP_PORT`, Helm's `externalDatabase.port`. See docs/ports.md ("Connection settings").
 */

/**
 * Words that name a backing service an application connects to. An app's own port is not named
 * after these; where a stack does publish such a port from its `.env`, Compose's use of the variable
 * makes it a listening port again (src/link/env-ports.ts).
 */
const BACKING_SERVICES: ReadonlySet<string> = new Set([
  // Databases.
  'db',
  'database',
  'postgres',
  'postgresql',
  'pg',
  'pgsql',
  'mysql',
  'mariadb',
  'sql',
  'mssql',
  'mongo',
  'mongodb',
  'cassandra',
  'couchdb',
  'influxdb',
  // Caches.
  'redis',
  'valkey',
  'memcached',
  'memcache',
  // Mail and directory.
  'smtp',
  'email',
  'mail',
  'imap',
  'pop3',
  'postfix',
  'ldap',
  // Queues and coordination.
  'amqp',
  'rabbitmq',
  'kafka',
  'nats',
  'zookeeper',
  // Search.
  'elasticsearch',
  'es',
  'opensearch',
  // Other servers an app reports to or asks.
  'clamav',
  'clamd',
  'sentry',
  'statsd',
  // A data source is a database connection (exporters, Grafana, Spring).
  'datasource',
]);

/** The last word of a key naming the process's own socket: `WEB_PORT`, `HOST_PORT` (published). */
const OWN_PORT_WORDS: ReadonlySet<string> = new Set([
  'web',
  'app',
  'http',
  'https',
  'server',
  'listen',
  'bind',
  'host',
  'public',
]);

/** Siblings that give the other end's address: `X_HOST` beside `X_PORT`, `smtpHost` beside `smtpPort`. */
const ADDRESS_WORDS = ['host', 'hostname', 'addr', 'address', 'ip', 'url', 'uri', 'endpoint', 'server'];

/** Keys of a values map that describes a container the chart runs. */
const OWN_COMPONENT_KEYS = ['image', 'tag', 'repository'];

/** Values of an address sibling that mean "bind here", i.e. the port is the process's own. */
const BIND_ADDRESSES: ReadonlySet<string> = new Set([
  '',
  '0.0.0.0',
  '::',
  '[::]',
  '*',
  '127.0.0.1',
  'localhost',
]);

/** Words of a key or key part: `_APP_DB` -> [app, db], `externalDatabase` -> [external, database]. */
function keyWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_.-]+/)
    .filter((word) => word !== '')
    .map((word) => word.toLowerCase());
}

/** A sibling lookup by lower-cased key; undefined when there is no such key. */
export type SiblingLookup = (lowerKey: string) => string | undefined;

/**
 * `.env` and Procfile `X_PORT` keys: `connect` when X names a backing service, or when `X_HOST`
 * (`_HOSTNAME`, `_URL`, `_ADDR`, ...) gives another machine's address; `listen` for `PORT`,
 * `WEB_PORT`, `APP_PORT`, ... and anything else.
 */
export function envPortRole(key: string, sibling: SiblingLookup): 'listen' | 'connect' {
  const prefix = key.replace(/_?port$/i, '');
  const words = keyWords(prefix);
  if (words.length === 0) return 'listen';
  if (words.some((word) => BACKING_SERVICES.has(word))) return 'connect';
  if (OWN_PORT_WORDS.has(words[words.length - 1]!)) return 'listen';
  const lowerPrefix = prefix.toLowerCase();
  return hasRemoteAddress((word) => sibling(`${lowerPrefix}_${word}`)) ? 'connect' : 'listen';
}

/**
 * A Helm values port (role `service` keys only: `port`, `*Port`) is a connection setting when its
 * map has an address sibling (`host`, `url`, `postfixIp` beside `postfixPort`), when it sits under an
 * `external*` key, or when it or its parent key names a backing service (`smtp.port`, `dbPort`);
 * never beside an `image`/`tag`/`repository` (a component the chart runs itself).
 */
export function isValuesConnectSetting(
  key: string,
  path: readonly string[],
  sibling: SiblingLookup,
): boolean {
  if (path.some((segment) => /^external(?:[A-Z_.-]|$)/.test(segment))) return true;
  // A map with an image is a component the chart runs itself (`redis: {image: ..., port: 6379}`).
  if (OWN_COMPONENT_KEYS.some((name) => sibling(name) !== undefined)) return false;
  const prefix = key === 'port' ? '' : key.replace(/Port$/, '');
  const named = prefix === '' ? keyWords(path[path.length - 1] ?? '') : keyWords(prefix);
  if (named.some((word) => BACKING_SERVICES.has(word))) return true;
  const lowerPrefix = prefix.toLowerCase();
  return hasRemoteAddress((word) => sibling(`${lowerPrefix}${word}`));
}

function hasRemoteAddress(lookup: (word: string) => string | undefined): boolean {
  return ADDRESS_WORDS.some((word) => {
    const value = lookup(word);
    return value !== undefined && !BIND_ADDRESSES.has(value.trim().toLowerCase());
  });
}
