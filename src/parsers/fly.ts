import { parse as parseToml, TomlError } from 'smol-toml';
import type { DeclaredPort, Diagnostic, PortContext, Protocol, Role } from '../types.js';
import { PROTOCOLS } from '../types.js';
import { withSpeaks } from './speaks.js';
import type { ManifestKindModule, ParseInput, Parser, ParseResult } from './types.js';
import { LineIndex } from './text-position.js';
import { scanComments, type CommentLexicon } from './comments.js';
import {
  locateTomlScalars,
  tomlDataFromLocations,
  tomlPathKey,
  type TomlPath,
  type TomlScalarLocation,
} from './toml-locator.js';
import { parsePortNumber, protocolOf } from './port-values.js';
import { baseName } from './kind-paths.js';

type Table = Record<string, unknown>;

/**
 * `fly.toml` (kind `fly`): `internal_port` of `[http_service]` and of each `[[services]]` (role
 * `container`), and `port` (or the range `start_port`..`end_port`) of each `[[services.ports]]` (role
 * `service`). A service's `protocol` (`tcp` / `udp`) applies to both; `[http_service]` is tcp.
 * `context.name` is the top-level `app`. Health-check and `[metrics]` ports are references, not
 * declarations. On a TOML syntax error: a parse-error where smol-toml stopped, and the ports that the
 * lenient locator can still read.
 */
export const parseFly: Parser = (input: ParseInput): ParseResult => {
  const diagnostics: Diagnostic[] = [];
  const locations = locateTomlScalars(input.text);
  let data: Table;
  try {
    data = parseToml(input.text) as Table;
  } catch (error) {
    const at = error instanceof TomlError ? tomlErrorPosition(input.text, error) : { line: 1, column: 1 };
    const message = (error as Error).message.split('\n')[0]!.replace(/^Invalid TOML document: /, '');
    diagnostics.push({ ruleId: 'parse-error', messageId: 'toml', data: { detail: message }, ...at });
    data = tomlDataFromLocations(locations);
  }
  const reader = new FlyReader(input.path, new LineIndex(input.text), locations, diagnostics);
  return { ports: reader.read(data), diagnostics };
};

/** TOML: `#` outside strings; `'` and `"` strings, and `'''` / `"""` ones that span lines. */
const TOML_COMMENTS: CommentLexicon = {
  lineComments: ['#'],
  quotes: `"'`,
  quotesAnywhere: true,
  tripleQuotes: true,
};

class FlyReader {
  private readonly byPath: Map<string, TomlScalarLocation>;
  private readonly ports: DeclaredPort[] = [];
  private context: PortContext = {};

  constructor(
    private readonly file: string,
    private readonly index: LineIndex,
    locations: readonly TomlScalarLocation[],
    private readonly diagnostics: Diagnostic[],
  ) {
    this.byPath = new Map(locations.map((l) => [tomlPathKey(l.path), l]));
    // The first scalar inside each table and array: where a value that is not a scalar is written.
    for (const l of locations) {
      for (let k = 1; k < l.path.length; k++) {
        const prefix = tomlPathKey(l.path.slice(0, k));
        if (!this.byPath.has(prefix)) this.byPath.set(prefix, l);
      }
    }
  }

  read(data: Table): DeclaredPort[] {
    const app = data['app'];
    this.context = typeof app === 'string' ? { name: app } : {};
    const http = asTable(data['http_service']);
    if (http) this.add(http, ['http_service'], 'internal_port', 'container', 'tcp', undefined, ['http']);
    const services = Array.isArray(data['services']) ? data['services'] : [];
    services.forEach((value, i) => {
      const service = asTable(value);
      if (!service) return;
      const protocol = toProtocol(service['protocol']);
      const ports = Array.isArray(service['ports']) ? service['ports'] : [];
      // fly's proxy hands the app plain HTTP when any port of the service has the `http` handler.
      const internal = ports.some((entry) => handlersSpeak(asTable(entry)).length > 0) ? ['http'] : [];
      this.add(service, ['services', i], 'internal_port', 'container', protocol, undefined, internal);
      ports.forEach((entry, j) => {
        const port = asTable(entry);
        if (!port) return;
        const path = ['services', i, 'ports', j];
        const speaks = handlersSpeak(port);
        if (port['port'] !== undefined || port['start_port'] === undefined) {
          this.add(port, path, 'port', 'service', protocol, undefined, speaks);
        } else {
          this.add(port, path, 'start_port', 'service', protocol, 'end_port', speaks);
        }
      });
    });
    return this.ports;
  }

  /** Report `table[key]` (and `table[endKey]` as the end of a range) if present. */
  private add(
    table: Table,
    path: TomlPath,
    key: string,
    role: Role,
    protocol: Protocol,
    endKey?: string,
    speaks: string[] = [],
  ): void {
    const value = table[key];
    if (value === undefined) return;
    const location = this.byPath.get(tomlPathKey([...path, key]));
    const position = location ? this.index.positionAt(location.offset) : { line: 1, column: 1 };
    // A table or array (`port = { a = 1 }`): String() of smol-toml's prototype-less tables throws.
    const structure = typeof value === 'object' && value !== null && !(value instanceof Date);
    const raw = structure ? '' : (location?.raw ?? String(value));
    const port = toPortNumber(value);
    if (port === undefined) {
      this.diagnostics.push({
        ruleId: 'invalid-port',
        messageId: !structure ? 'notANumber' : Array.isArray(value) ? 'arrayNotANumber' : 'tableNotANumber',
        data: structure ? { key } : { key, raw },
        ...position,
      });
      return;
    }
    const end = endKey === undefined ? port : (toPortNumber(table[endKey]) ?? port);
    const declared: DeclaredPort = {
      file: this.file,
      ...position,
      port,
      endPort: end,
      protocol,
      role,
      kind: 'fly',
      context: { ...this.context },
      raw: endKey !== undefined && end !== port ? `${raw}-${end}` : raw,
    };
    this.ports.push(withSpeaks(declared, speaks));
  }
}

/**
 * smol-toml counts lines on `\n` alone and may point at the `\n` of a CRLF (a column past the line's
 * end): back to an offset by its own count, then to a position as every parser gives one.
 */
function tomlErrorPosition(text: string, error: TomlError): { line: number; column: number } {
  let start = 0;
  for (let line = 1; line < error.line; line++) {
    const newline = text.indexOf('\n', start);
    if (newline < 0) break;
    start = newline + 1;
  }
  let offset = Math.min(start + error.column - 1, text.length);
  if (text[offset] === '\n' && text[offset - 1] === '\r') offset--;
  return new LineIndex(text).positionAt(offset);
}

/** `handlers = ["http"]` speaks http, `["tls", "http"]` https; without `http` nothing is said. */
function handlersSpeak(port: Table | undefined): string[] {
  const handlers = Array.isArray(port?.['handlers']) ? (port['handlers'] as unknown[]) : [];
  if (!handlers.includes('http')) return [];
  return [handlers.includes('tls') ? 'https' : 'http'];
}

function asTable(value: unknown): Table | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Table) : undefined;
}

/** fly accepts `port = 80` and `port = "80"`. */
function toPortNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string') return parsePortNumber(value.trim());
  return undefined;
}

function toProtocol(value: unknown): Protocol {
  return (typeof value === 'string' && protocolOf(value, PROTOCOLS)) || 'tcp';
}

// ---------------------------------------------------------------------------------------------
// The kind: how discovery recognises these files (src/parsers/index.ts lists every kind)

/** Fly.io app configuration: `fly.toml`, `fly.staging.toml`. */
export const flyKind: ManifestKindModule = {
  kind: 'fly',
  matches: (path) => /^fly(\..+)?\.toml$/i.test(baseName(path)),
  parse: parseFly,
  comments: (text) => scanComments(text, TOML_COMMENTS),
};
