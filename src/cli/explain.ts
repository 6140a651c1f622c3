/**
 * `portlint explain <port>[/<protocol>]`: what IANA says about one port (range, status, every
 * assignment with its description, notes, known unauthorized use), which software uses it by
 * convention, and where this repository declares it.
 */
import { UsageError } from '../errors.js';
import { didYouMean, isOneOf } from '../policy/closest.js';
import { unusablePathsMessage } from '../discover/discover.js';
import { runScan, type RunOutcome } from '../pipeline/run.js';
import { loadRegistry, type Registry } from '../registry/registry.js';
import { withOrganisationRegistry } from '../registry/organisation.js';
import { createMatcher } from '../classify/match.js';
import { deFactoUsers } from '../classify/de-facto-ports.js';
import { sanitizeTerminal } from '../report/escape.js';
import { PROTOCOLS, type ClassifiedPort, type PortInfo, type PortRange, type Protocol } from '../types.js';
import type { CliIO } from './io.js';
import { own } from '../dictionary.js';

export const EXPLAIN_USAGE = `Usage: portlint explain <port>[/<protocol>] [options]

What IANA says about a port, which software uses it by convention, and where this repository
declares it. Without a protocol, tcp and udp are shown (sctp and dccp too when IANA lists them).

Options:
      --path <folder>   repository to look for declarations in (default: the current folder)
  -c, --config <file>   config file (default: .portlint.yml or .portlint.yaml)
  -f, --format <name>   text (default) or json
  -h, --help            show this help
`;

export const SUBCOMMAND_FORMATS = ['text', 'json'] as const;
export type SubcommandFormat = (typeof SUBCOMMAND_FORMATS)[number];

/** What a subcommand accepts: flags that take a value and flags that do not. */
export interface FlagSpec {
  command: string;
  values: readonly string[];
  booleans: readonly string[];
  short?: Readonly<Record<string, string>>;
}

export interface ParsedFlags {
  values: Map<string, string>;
  booleans: Set<string>;
  positionals: string[];
}

/**
 * Strict flag parsing for a subcommand: `--flag value`, `--flag=value`, short aliases; an
 * unknown flag is refused with the nearest valid one.
 */
export function parseSubcommandFlags(argv: readonly string[], spec: FlagSpec): ParsedFlags {
  const parsed: ParsedFlags = { values: new Map(), booleans: new Set(), positionals: [] };
  const all = [...spec.values, ...spec.booleans];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--') {
      parsed.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!token.startsWith('-') || token === '-' || /^-\d/.test(token)) {
      parsed.positionals.push(token);
      continue;
    }
    const eq = token.indexOf('=');
    const short = own(spec.short, token);
    const flag = short ?? (eq > 0 ? token.slice(0, eq) : token);
    if (!all.includes(flag)) {
      throw new UsageError(`unknown option "${flag}" for "portlint ${spec.command}"${didYouMean(flag, all)}`);
    }
    if (spec.booleans.includes(flag)) {
      if (eq > 0 && !short) throw new UsageError(`option "${flag}" takes no value`);
      parsed.booleans.add(flag);
      continue;
    }
    const value = eq > 0 && !short ? token.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') throw new UsageError(`option "${flag}" needs a value`);
    parsed.values.set(flag, value);
  }
  return parsed;
}

/** `--format`'s value, checked. */
export function subcommandFormat(value: string | undefined): SubcommandFormat {
  if (value === undefined) return 'text';
  if (isOneOf(value, SUBCOMMAND_FORMATS)) return value;
  throw new UsageError(
    `--format must be one of ${SUBCOMMAND_FORMATS.join(', ')}, not "${value}"${didYouMean(value, SUBCOMMAND_FORMATS)}`,
  );
}

/** A protocol name as typed (any case), checked. */
export function parseProtocol(value: string, what: string): Protocol {
  const lower = value.toLowerCase();
  if (isOneOf(lower, PROTOCOLS)) return lower;
  throw new UsageError(
    `${what} must be one of ${PROTOCOLS.join(', ')}, not "${value}"${didYouMean(lower, PROTOCOLS)}`,
  );
}

/** Scan the repository (config included) for its declarations, and the registry it is checked against. */
export async function scanForSubcommand(
  io: CliIO,
  path: string | undefined,
  configPath: string | undefined,
): Promise<{ outcome: RunOutcome; registry: Registry }> {
  const paths = [path ?? '.'];
  const unusable = unusablePathsMessage(paths, io.cwd);
  if (unusable !== undefined) throw new UsageError(unusable);
  const outcome = await runScan({ cwd: io.cwd, paths, configPath, failOn: 'never' });
  return { outcome, registry: withOrganisationRegistry(loadRegistry(), outcome.config.registry) };
}

const EXPLAIN_FLAGS: FlagSpec = {
  command: 'explain',
  values: ['--path', '--config', '--format'],
  booleans: ['--help'],
  short: { '-c': '--config', '-f': '--format', '-h': '--help' },
};

/** `<port>[/<protocol>]`: the port and the protocol, if one was given. */
export function parsePortSpec(text: string): { port: number; protocol?: Protocol } {
  const match = /^(\d{1,5})(?:\/([A-Za-z]+))?$/.exec(text);
  const port = match ? Number(match[1]) : NaN;
  if (!match || port > 65535) {
    throw new UsageError(
      `"${text}" is not a port: expected a number from 0 to 65535, optionally followed by /tcp, /udp, /sctp or /dccp`,
    );
  }
  return match[2] === undefined ? { port } : { port, protocol: parseProtocol(match[2], 'the protocol') };
}

/** One declaration of the port in the repository. */
export interface ExplainedDeclaration {
  file: string;
  line: number;
  column: number;
  role: string;
  service: string;
  port: number;
  endPort: number;
}

/** What is known about one (port, protocol). */
export interface ExplainedProtocol {
  protocol: Protocol;
  status: PortInfo['status'];
  block: { start: number; end: number } | null;
  services: Array<{ name: string; description: string }>;
  notes: string[];
  unauthorizedUse: string[];
  deFacto: Array<{ software: string; reference: string }>;
  declared: ExplainedDeclaration[];
}

/** `portlint explain --format json` (and what the text is printed from). */
export interface Explanation {
  port: number;
  range: PortRange;
  registry: { updated: string };
  protocols: ExplainedProtocol[];
}

/** Everything known about `port` on the given protocols (or the usual ones), from registry, table and scan. */
export function explainPort(
  port: number,
  protocol: Protocol | undefined,
  registry: Registry,
  declarations: readonly ClassifiedPort[],
  label: (p: ClassifiedPort) => string,
): Explanation {
  const uses = declarations.filter(
    (p) =>
      p.port !== null &&
      p.port <= port &&
      port <= (p.endPort !== null && p.endPort >= p.port ? p.endPort : p.port),
  );
  const explained = PROTOCOLS.map((proto): ExplainedProtocol => {
    const info = registry.lookup(port, proto);
    return {
      protocol: proto,
      status: info.status,
      block: info.block ?? null,
      services: info.services.map((s) => ({ name: s.name, description: s.description })),
      notes: info.notes,
      unauthorizedUse: info.unauthorizedUse ?? [],
      deFacto: deFactoUsers(port, proto).map((e) => ({ software: e.software, reference: e.reference })),
      declared: uses
        .filter((p) => p.protocol === proto)
        .map((p) => ({
          file: p.file,
          line: p.line,
          column: p.column,
          role: p.role,
          service: label(p),
          port: p.port!,
          endPort: p.endPort ?? p.port!,
        })),
    };
  });
  // Without a protocol: tcp and udp always, sctp and dccp when there is something to say.
  const shown = explained.filter((e) =>
    protocol !== undefined
      ? e.protocol === protocol
      : e.protocol === 'tcp' ||
        e.protocol === 'udp' ||
        e.status === 'assigned' ||
        e.status === 'reserved' ||
        e.deFacto.length > 0 ||
        e.declared.length > 0,
  );
  return {
    port,
    range: registry.lookup(port, 'tcp').range,
    registry: { updated: registry.updated },
    protocols: shown,
  };
}

const RANGE_TEXT: Record<PortRange, string> = {
  system:
    "IANA's System Ports range 0-1023 (well-known: assigned through IETF review; binding needs privileges)",
  user: "IANA's User Ports range 1024-49151 (registered)",
  dynamic:
    "IANA's Dynamic Ports range 49152-65535 (never assigned; the kernel hands them to outgoing connections)",
};

const LINUX_EPHEMERAL: readonly [number, number] = [32768, 60999];

/** The explanation as plain text; every string from the repository or the data is sanitized. */
export function formatExplanation(e: Explanation): string {
  const safe = sanitizeTerminal;
  const lines = [`Port ${e.port} is in ${RANGE_TEXT[e.range]}.`];
  if (e.port >= LINUX_EPHEMERAL[0] && e.port <= LINUX_EPHEMERAL[1]) {
    lines.push(
      `It is also inside Linux's default ephemeral range ${LINUX_EPHEMERAL[0]}-${LINUX_EPHEMERAL[1]}, where outgoing connections take ports.`,
    );
  }
  for (const p of e.protocols) {
    lines.push('');
    const block = p.block ? `, in IANA's block ${p.block.start}-${p.block.end}` : '';
    const status = p.status === 'dynamic' ? 'dynamic, never assigned' : p.status;
    lines.push(`${e.port}/${p.protocol}: ${status}${block}`);
    for (const s of p.services) {
      const name = s.name || '(no service name)';
      lines.push(
        `  ${safe(name)}${s.description && s.description !== s.name ? `: ${safe(s.description)}` : ''}`,
      );
    }
    for (const note of p.notes) lines.push(`  IANA note: ${safe(note)}`);
    for (const use of p.unauthorizedUse) lines.push(`  Known unauthorized use: ${safe(use)}`);
    for (const d of p.deFacto) lines.push(`  De-facto use: ${safe(d.software)} (${safe(d.reference)})`);
    if (p.declared.length === 0) {
      lines.push('  Not declared in this repository.');
    } else {
      lines.push('  Declared in this repository:');
      for (const d of p.declared) {
        const range = d.endPort !== d.port ? ` (range ${d.port}-${d.endPort})` : '';
        lines.push(`    ${safe(d.file)}:${d.line}:${d.column} ${d.role} ${safe(d.service)}${range}`);
      }
    }
  }
  lines.push('', `IANA registry of ${e.registry.updated}.`);
  return `${lines.join('\n')}\n`;
}

/** Runs `portlint explain`; returns the exit code. Throws UsageError (exit 2) on bad input. */
export async function runExplain(argv: readonly string[], io: CliIO): Promise<number> {
  const flags = parseSubcommandFlags(argv, EXPLAIN_FLAGS);
  if (flags.booleans.has('--help')) {
    io.stdout(EXPLAIN_USAGE);
    return 0;
  }
  const format = subcommandFormat(flags.values.get('--format'));
  if (flags.positionals.length !== 1) {
    throw new UsageError(
      flags.positionals.length === 0
        ? 'explain needs a port, e.g. "portlint explain 8080" or "portlint explain 53/udp"'
        : `explain takes one port, not ${flags.positionals.length}: ${flags.positionals.join(' ')}`,
    );
  }
  const { port, protocol } = parsePortSpec(flags.positionals[0]!);
  const { outcome, registry } = await scanForSubcommand(
    io,
    flags.values.get('--path'),
    flags.values.get('--config'),
  );
  const matcher = createMatcher(outcome.config.services);
  const explanation = explainPort(
    port,
    protocol,
    registry,
    outcome.result.ports,
    (p) => matcher.identify(p).label,
  );
  io.stdout(format === 'json' ? `${JSON.stringify(explanation, null, 2)}\n` : formatExplanation(explanation));
  return 0;
}
