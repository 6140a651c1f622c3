/**
 * What every parser result must satisfy, whatever the input: the contract of src/parsers/types.ts
 * and the position convention of PORTS.md. Returns the violations (empty when all hold), so a
 * failing property shows every broken port at once.
 */
import { PROTOCOLS, type DeclaredPort, type ManifestKind } from '../../../src/types.js';
import type { ParseResult } from '../../../src/parsers/types.js';
import { diagnosticMessage } from '../../../src/rules/messages.js';

const ROLES = new Set([
  'host',
  'container',
  'expose',
  'service',
  'target',
  'node',
  'listen',
  'forward',
  'connect',
  'ingress',
]);
const PLAIN_NUMBER_OR_RANGE = /^(\d+)(?:-(\d+))?$/;
/** A number token as manifests write one: `80`, `+80`, `080`, `8_080` (TOML), `0x50` (YAML), `8e3` (JSON). */
const NUMBER_TOKEN = /^[+-]?\d(?:[0-9A-Za-z_.]|[eE][+-])*/;

/** The file's lines, split on `\r\n`, `\n` and a lone `\r` (the convention of every position). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Offset where each line starts, by the same convention. */
function lineOffsets(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(/\r\n|\r|\n/g)) starts.push(match.index + match[0].length);
  return starts;
}

/**
 * A string literal opening at the start of `rest` whose written text cannot map one to one onto its
 * value: escapes, a doubled quote, a line break (folded), or no closing quote. Parsers then point at
 * the opening quote of the string by design (yaml-source `scalarValuePosition`, devcontainer `stringBody`).
 */
function isIrregularString(rest: string): boolean {
  const quote = rest[0];
  if (quote !== '"' && quote !== "'") return false;
  for (let i = 1; i < rest.length; i++) {
    const ch = rest[i];
    if (ch === '\\' || ch === '\n' || ch === '\r') return true;
    if (ch === quote) return quote === "'" && rest[i + 1] === "'";
  }
  return true;
}

/**
 * The text as the format reads a token: a Dockerfile's line continuations (escape + line break)
 * joined; a Procfile word's quotes and backslash escapes removed; a Java properties value's
 * continuations and escapes (`\\4` is `4`) read. The parsers set `raw` to the token read.
 */
function asRead(kind: ManifestKind, rest: string): string {
  if (kind === 'dockerfile') return rest.replace(/[\\`](?:\r\n|\r|\n)/g, '');
  if (kind === 'procfile') return rest.replace(/\\(.)/g, '$1').replace(/["']/g, '');
  if (kind === 'spring') return rest.replace(/\\(?:\r\n|\r|\n)[ \t\f]*/g, '').replace(/\\([^u])/g, '$1');
  return rest;
}

/**
 * Where a port must point (`rest` is the file from its position on):
 * - `raw` a plain number or range (`8080`, `8000-8010`) and `port` set: the text there starts with its first number
 *   (or the same number written another way: YAML reads `081` and `0x50` as 81 and 80), and `port` /
 *   `endPort` are those numbers;
 * - any other `port` number: a number token of that value, or the `$` / `%` of the variable that
 *   resolved to it, or the start of `raw` (a Terraform `var.x`, a Dockerfile word);
 * - `port: null`: an unresolved variable (`$`, `%`, a `${{ }}` expression, a Terraform expression) or a
 *   named reference (`targetPort: http`), written there.
 * A string whose text differs from its value (escapes, folding) may be pointed at by its opening quote.
 */
export function positionProblems(
  kind: ManifestKind,
  port: DeclaredPort,
  rest: string,
  before = '',
): string[] {
  const problems: string[] = [];
  const raw = port.raw;
  // At the opening quote of such a string, or just past it (Terraform points at the first character).
  const irregularString =
    isIrregularString(rest) || ((before === '"' || before === "'") && isIrregularString(before + rest));
  const candidates = [rest, asRead(kind, rest)];
  // A range's raw may be joined from two values (Terraform `from-to`, fly `start-end`): the text there
  // starts with raw or with the part of it before one of its dashes.
  // A quoted word (Dockerfile `"8$A0"`) is pointed at past its opening quote.
  const unquoted = raw.replace(/^["']+|["']+$/g, '');
  const heads = [raw, unquoted, ...[...raw.matchAll(/-/g)].map((m) => raw.slice(0, m.index))].filter(
    (h) => h !== '',
  );
  const startsWithRaw = heads.some((h) => candidates.some((c) => c.startsWith(h)));
  const variable = candidates.some(
    (c) => (c.startsWith('$') && raw.includes('$')) || (c.startsWith('%') && raw.includes('%')),
  );
  const numberThere = (value: number): boolean =>
    candidates.some((c) => {
      const token = NUMBER_TOKEN.exec(c)?.[0];
      return token !== undefined && Number(token.replace(/_/g, '')) === value;
    });
  // (A null port with such a raw is an expression, e.g. Terraform's `80-905353`, a subtraction.)
  const plain = port.port === null ? null : PLAIN_NUMBER_OR_RANGE.exec(raw);
  if (plain) {
    const digits = plain[1]!;
    if (!irregularString && !candidates.some((c) => c.startsWith(digits)) && !numberThere(Number(digits))) {
      problems.push(`text there does not start with "${digits}"`);
    }
    if (port.port !== Number(digits)) problems.push(`port ${port.port} is not the ${digits} written`);
    const end = Number(plain[2] ?? digits);
    if (port.endPort !== end) problems.push(`endPort ${port.endPort} is not the ${end} written`);
    return problems;
  }
  if (port.port !== null) {
    if (!irregularString && !numberThere(port.port) && !variable && !startsWithRaw) {
      problems.push(`text there is neither ${port.port}, a variable, nor raw "${raw}"`);
    }
    return problems;
  }
  if (port.unresolvedVariable === undefined && port.portRef === undefined) {
    problems.push('port is null without unresolvedVariable or portRef: the engine would drop it silently');
  }
  const named = port.portRef !== undefined && rest.startsWith(port.portRef);
  if (!irregularString && !variable && !startsWithRaw && !named) {
    problems.push(`text there is not the variable or name "${raw}"`);
  }
  return problems;
}

/** Every way `result` breaks the parser contract for this input; [] when it keeps it. */
export function contractViolations(
  kind: ManifestKind,
  path: string,
  text: string,
  result: ParseResult,
): string[] {
  const lines = splitLines(text);
  const offsets = lineOffsets(text);
  const violations: string[] = [];
  if (!Array.isArray(result.ports) || !Array.isArray(result.diagnostics))
    return ['result is not { ports, diagnostics }'];
  for (const port of result.ports) {
    const where = `port ${JSON.stringify(port.raw)} at ${port.line}:${port.column}`;
    const problems: string[] = [];
    if (port.file !== path) problems.push(`file "${port.file}" is not "${path}"`);
    if (port.kind !== kind) problems.push(`kind "${port.kind}" is not "${kind}"`);
    if (!PROTOCOLS.includes(port.protocol)) problems.push(`protocol "${port.protocol}"`);
    if (!ROLES.has(port.role)) problems.push(`role "${port.role}"`);
    if (port.port !== null && !Number.isInteger(port.port))
      problems.push(`port ${port.port} is not an integer`);
    if (port.endPort !== null && !Number.isInteger(port.endPort)) problems.push(`endPort ${port.endPort}`);
    if (typeof port.raw !== 'string' || port.raw === '') problems.push('raw is empty');
    const line = lines[port.line - 1];
    if (!Number.isInteger(port.line) || line === undefined)
      problems.push(`line outside the file (${lines.length} lines)`);
    else if (!Number.isInteger(port.column) || port.column < 1 || port.column > line.length) {
      problems.push(`column outside line ${port.line} (${line.length} characters)`);
    } else if (typeof port.raw === 'string' && port.raw !== '') {
      const offset = offsets[port.line - 1]! + port.column - 1;
      problems.push(...positionProblems(kind, port, text.slice(offset), text[offset - 1] ?? ''));
    }
    if (problems.length > 0) violations.push(`${where}: ${problems.join('; ')}`);
  }
  for (const diagnostic of result.diagnostics) {
    const where = `${diagnostic.ruleId} at ${diagnostic.line}:${diagnostic.column}`;
    const line = lines[diagnostic.line - 1];
    if (typeof diagnostic.ruleId !== 'string' || diagnostic.ruleId === '')
      violations.push(`${where}: no ruleId`);
    if (typeof diagnostic.messageId !== 'string' || diagnosticMessage(diagnostic).trim() === '')
      violations.push(`${where}: no message`);
    if (!Number.isInteger(diagnostic.line) || line === undefined)
      violations.push(`${where}: line outside the file`);
    // A diagnostic may point just past the last character (an unexpected end of line or file).
    else if (
      !Number.isInteger(diagnostic.column) ||
      diagnostic.column < 1 ||
      diagnostic.column > line.length + 1
    ) {
      violations.push(`${where}: column outside line ${diagnostic.line} (${line.length} characters)`);
    }
  }
  return violations;
}
