/**
 * `portlint suggest [--near N] [--service NAME] [--protocol P]`: a port that passes every rule,
 * for a service that has none yet. The same search as the suggestions on findings: the nearest
 * port IANA assigns to a service NAME matches, else the nearest unassigned registered port
 * outside the ephemeral ranges, unused in the repository and not in the allowlist.
 */
import { UsageError } from '../errors.js';
import { createMatcher, type ServiceMatcher } from '../classify/match.js';
import { SERVICE_ALIASES } from '../classify/aliases.js';
import { DE_FACTO_PORTS, findDeFactoPort, type DeFactoPort } from '../classify/de-facto-ports.js';
import { indexPortUsage, matchingServicePorts, suggestFor, type PortSpan } from '../classify/suggest.js';
import { sanitizeTerminal } from '../report/escape.js';
import { ALL_RULES } from '../rules/index.js';
import { suggesterRanges } from '../rules/options.js';
import { PROTOCOLS, type DeclaredPort, type Protocol } from '../types.js';
import type { Registry } from '../registry/registry.js';
import type { PortlintConfig } from '../policy/config.js';
import { nearestWords, suggestionsText } from '../policy/closest.js';
import { own } from '../dictionary.js';
import {
  parseProtocol,
  parseSubcommandFlags,
  scanForSubcommand,
  subcommandFormat,
  type FlagSpec,
} from './explain.js';
import type { CliIO } from './io.js';

/** Where the search starts when neither --near nor a service with an IANA port says otherwise. */
export const DEFAULT_NEAR = 8000;

export const SUGGEST_USAGE = `Usage: portlint suggest [--near N] [--service NAME] [--protocol P] [options]

A port that passes every portlint rule: the nearest port IANA assigns to the service NAME names
(through the same aliases as the rules), else the nearest port that IANA leaves unassigned in
1024-32767, outside the ephemeral ranges, not declared anywhere in this repository and not in the
config's allowlist.

Options:
      --near <port>     search outward from this number (default: the service's IANA port, else ${DEFAULT_NEAR})
      --service <name>  what will listen there, e.g. postgres, grafana, redis
      --protocol <p>    tcp (default), udp, sctp or dccp
      --path <folder>   repository whose declarations to avoid (default: the current folder)
  -c, --config <file>   config file (default: .portlint.yml or .portlint.yaml)
  -f, --format <name>   text (default) or json
  -h, --help            show this help

Exit codes: 0 a port was found, 1 none was, 2 usage or config error.
`;

const SUGGEST_FLAGS: FlagSpec = {
  command: 'suggest',
  values: ['--near', '--service', '--protocol', '--path', '--config', '--format'],
  booleans: ['--help'],
  short: { '-c': '--config', '-f': '--format', '-h': '--help' },
};

function parseNear(value: string): number {
  const near = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(near >= 1 && near <= 65535)) {
    throw new UsageError(`--near must be a port number from 1 to 65535, not "${value}"`);
  }
  return near;
}

/** Runs `portlint suggest`; returns the exit code. Throws UsageError (exit 2) on bad input. */
export async function runSuggest(argv: readonly string[], io: CliIO): Promise<number> {
  const flags = parseSubcommandFlags(argv, SUGGEST_FLAGS);
  if (flags.booleans.has('--help')) {
    io.stdout(SUGGEST_USAGE);
    return 0;
  }
  if (flags.positionals.length > 0) {
    throw new UsageError(
      `suggest takes no arguments, only options: ${flags.positionals.join(' ')} (did you mean --near or --service?)`,
    );
  }
  const format = subcommandFormat(flags.values.get('--format'));
  const nearFlag = flags.values.get('--near');
  const near = nearFlag === undefined ? undefined : parseNear(nearFlag);
  const service = flags.values.get('--service');
  const protocolFlag = flags.values.get('--protocol');
  const protocol: Protocol = protocolFlag === undefined ? 'tcp' : parseProtocol(protocolFlag, '--protocol');

  const { outcome, registry } = await scanForSubcommand(
    io,
    flags.values.get('--path'),
    flags.values.get('--config'),
  );
  const { config, result } = outcome;
  const matcher = createMatcher(config.services);
  // The port the new service would declare, as a declaration of its own (in no file).
  const wanted: DeclaredPort = {
    file: '',
    line: 0,
    column: 0,
    port: near ?? DEFAULT_NEAR,
    endPort: near ?? DEFAULT_NEAR,
    protocol,
    role: 'listen',
    kind: 'compose',
    context: service === undefined ? {} : { service },
    raw: String(near ?? DEFAULT_NEAR),
  };
  if (service !== undefined) assertKnownService(service, wanted, { registry, matcher, config });
  if (near === undefined && service !== undefined) {
    const own = matchingServicePorts(wanted, registry, matcher)[0];
    if (own !== undefined) wanted.port = wanted.endPort = own;
  }
  const suggestion = suggestFor(wanted, {
    registry,
    matcher,
    usedPorts: indexPortUsage(result.ports),
    allowed: config.allow.map((entry): PortSpan => [entry.port, entry.endPort]),
    ...suggesterRanges(ALL_RULES, config.ruleOptions),
  });
  if (suggestion === undefined) {
    io.stderr(`portlint: no free ${protocol} port found near ${wanted.port}\n`);
    return 1;
  }
  if (format === 'json') {
    io.stdout(`${JSON.stringify(suggestion, null, 2)}\n`);
    return 0;
  }
  const label = `${suggestion.port}/${suggestion.protocol}`;
  const why =
    suggestion.reason === 'service'
      ? `IANA assigns it to ${suggestion.services.map((s) => (s.description && s.description !== s.name ? `${s.name} (${s.description})` : s.name)).join(', ')}`
      : 'unassigned by IANA, outside the ephemeral ranges';
  const lines = [`${label}: ${why}; not declared in this repository and not allowlisted`];
  for (const entry of conventionalPorts(matcher.identify(wanted).tokens, protocol)) {
    lines.push(
      `note: ${entry.software} uses ${entry.port}/${entry.protocol} by convention (${entry.reference})`,
    );
  }
  io.stdout(`${lines.map(sanitizeTerminal).join('\n')}\n`);
  return 0;
}

/** How many of the nearest known names an unknown --service is answered with. */
const MAX_SERVICE_SUGGESTIONS = 3;

/**
 * A --service that nothing knows (IANA, the alias data, the de-facto table, the config's
 * `services` and `registry`) would be answered as if none were given: refuse it, with the nearest known names.
 */
function assertKnownService(
  service: string,
  wanted: DeclaredPort,
  known: { registry: Registry; matcher: ServiceMatcher; config: PortlintConfig },
): void {
  const { registry, matcher, config } = known;
  if (own(config.services, service.toLowerCase()) !== undefined) return;
  if (matcher.serviceNames(wanted).some((name) => registry.hasService(name))) return;
  const tokens = matcher.identify(wanted).tokens;
  if (PROTOCOLS.some((protocol) => conventionalPorts(tokens, protocol).length > 0)) return;
  const names = new Set([
    ...Object.keys(config.services),
    ...Object.keys(SERVICE_ALIASES),
    ...DE_FACTO_PORTS.flatMap((entry) => entry.tokens),
    ...registry.serviceNames(),
  ]);
  throw new UsageError(
    `unknown service "${service}"${suggestionsText(nearestWords(service, names, MAX_SERVICE_SUGGESTIONS))} ` +
      '(--service takes a name IANA, portlint or the config knows, such as postgres or grafana; ' +
      'leave it out for a service of your own)',
  );
}

/** The de-facto entries that the service's tokens name, on the protocol: worth knowing about. */
function conventionalPorts(tokens: readonly string[], protocol: Protocol): DeFactoPort[] {
  const ports = [...new Set(DE_FACTO_PORTS.map((entry) => entry.port))];
  return ports
    .map((port) => findDeFactoPort(port, protocol, tokens))
    .filter((entry): entry is DeFactoPort => entry !== undefined);
}
