/**
 * What a manifest's own words say a port speaks (`DeclaredPort.speaks`): port names such as `http`,
 * `http-metrics` or `dns-tcp`, and `appProtocol` / `app_protocol` values such as `kubernetes.io/h2c`.
 * Lower-case protocol words; src/classify/protocols.ts maps them to IANA service names.
 */

/**
 * Words a port name or an application protocol is made of, and the protocol each one says. Reviewed
 * entry by entry: a word is here only when, as a whole part of a port's name, it names how the port
 * is spoken to (Istio's `<protocol>[-<suffix>]` names, Kubernetes' `http-metrics`, `dns-tcp`).
 */
const NAME_WORDS: ReadonlyMap<string, string> = new Map([
  ['http', 'http'],
  ['http2', 'http'],
  ['https', 'https'],
  ['h2c', 'h2c'],
  ['grpc', 'grpc'],
  // WebSocket is an HTTP upgrade (RFC 6455 sec. 1.3): `kubernetes.io/ws`, `kubernetes.io/wss`.
  ['ws', 'http'],
  ['wss', 'https'],
  // Prometheus scrapes metrics over HTTP; `web` is the port name of its own and most exporters' UIs.
  ['metrics', 'http'],
  ['web', 'http'],
  ['dns', 'dns'],
  ['ldap', 'ldap'],
  ['ldaps', 'ldaps'],
  ['kerberos', 'kerberos'],
  ['kpasswd', 'kerberos'],
  ['smtp', 'smtp'],
  ['submission', 'smtp'],
  ['imap', 'imap'],
  ['imaps', 'imap'],
  ['pop3', 'pop3'],
  ['pop3s', 'pop3'],
  ['syslog', 'syslog'],
  ['amqp', 'amqp'],
  ['amqps', 'amqp'],
  ['epmd', 'epmd'],
  ['mysqlx', 'mysqlx'],
  ['otlp', 'otlp'],
]);

/** Port names are DNS labels (at most 63 characters); a longer value is no name to read. */
const MAX_NAME_LENGTH = 253;

/** Protocols a port name says, e.g. `http-metrics` -> [http], `tcp-dns` -> [dns], `admin` -> []. */
export function protocolsOfName(name: string | undefined): string[] {
  if (!name || name.length > MAX_NAME_LENGTH) return [];
  const found = new Set<string>();
  for (const part of name.toLowerCase().split(/[^a-z0-9]+/)) {
    const protocol = NAME_WORDS.get(part);
    if (protocol) found.add(protocol);
  }
  return [...found];
}

/**
 * Protocols an application protocol value says: an IANA service name or a well-known word (`http`,
 * `grpc`), or a prefixed name whose last segment is one (`kubernetes.io/h2c`).
 */
export function protocolsOfAppProtocol(value: string | undefined): string[] {
  if (!value || value.length > MAX_NAME_LENGTH) return [];
  const protocol = NAME_WORDS.get(value.toLowerCase().split('/').pop()!);
  return protocol ? [protocol] : [];
}

/** The protocols found, each once, in the order first found. */
export function distinct(found: readonly string[]): string[] {
  return [...new Set(found)];
}

/** Set `speaks` on a port from the protocols found, leaving it absent when there are none. */
export function withSpeaks<T extends { speaks?: string[] }>(port: T, found: readonly string[]): T {
  const all = distinct(found);
  if (all.length > 0) port.speaks = all;
  return port;
}
