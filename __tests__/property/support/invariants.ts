/**
 * What every parser result must satisfy, whatever the input: the contract of src/parsers/types.ts
 * and the position convention of PORTS.md. Returns the violations (empty when all hold), so a
 * failing property shows every broken port at once.
 */
import { PROTOCOLS, type DeclaredPort, type ManifestKind } from '../../../src/types.js';
import type { ParseResult } from '../../../src/parsers/types.js';

const ROLES = new Set(['host', 'container', 'expose', 'service', 'target', 'node', 'listen', 'forward', 'ingress']);
const PLAIN_NUMBER_OR_RANGE = /^(\d+)(?:-(\d+))?$/;
/** A number token as manifests write one: `80`, `+80`, `080`, `8_080` (TOML), `0x50` (YAML), `8e3` (JSON). */
const NUMBER_TOKEN = /^[+-]?\d(?:[0-9A-Za-z_.]|[eE][+-])*/;

/** The file's lines, split on `\r\n`, `\n` and a lone `\r` (the convention of every position). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * Where a port must point, by what the parser put in `raw`:
 * - `raw` a plain number or range (`8080`, `8000-8010`): the text there starts with its first number,
 *   and `port` / `endPort` are those numbers;
 * - any other `port` number: a number token of that value, or the `$` / `%` of the variable that
 *   resolved to it, or the start of `raw` (a Terraform `var.x`, a Dockerfile word with escapes);
 * - `port: null`: an unresolved variable (`$`, `%`, a `${{ }}` expression, a Terraform reference) or a
 *   named reference (`targetPort: http`), written there.
 */
export function positionProblems(port: DeclaredPort, atPosition: string): string[] {
  const problems: string[] = [];
  const raw = port.raw;
  const head = raw.indexOf('-') > 0 ? raw.slice(0, raw.indexOf('-')) : raw;
  const startsWithRaw = head !== '' && atPosition.startsWith(head);
  const variable =
    (atPosition.startsWith('$') && raw.includes('$')) || (atPosition.startsWith('%') && raw.includes('%'));
  const plain = PLAIN_NUMBER_OR_RANGE.exec(raw);
  if (plain) {
    if (!atPosition.startsWith(plain[1]!)) problems.push(`text there does not start with "${plain[1]}"`);
    if (port.port !== Number(plain[1])) problems.push(`port ${port.port} is not the ${plain[1]} written`);
    const end = Number(plain[2] ?? plain[1]);
    if (port.endPort !== end) problems.push(`endPort ${port.endPort} is not the ${end} written`);
    return problems;
  }
  if (port.port !== null) {
    const token = NUMBER_TOKEN.exec(atPosition)?.[0];
    const numberThere = token !== undefined && Number(token.replace(/_/g, '')) === port.port;
    if (!numberThere && !variable && !startsWithRaw) {
      problems.push(`text there is neither ${port.port}, a variable, nor raw "${raw}"`);
    }
    return problems;
  }
  if (port.unresolvedVariable === undefined && port.portRef === undefined) {
    problems.push('port is null without unresolvedVariable or portRef: the engine would drop it silently');
  }
  const named = port.portRef !== undefined && atPosition.startsWith(port.portRef);
  if (!variable && !startsWithRaw && !named) problems.push(`text there is not the variable or name "${raw}"`);
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
  const violations: string[] = [];
  if (!Array.isArray(result.ports) || !Array.isArray(result.diagnostics)) return ['result is not { ports, diagnostics }'];
  for (const port of result.ports) {
    const where = `port ${JSON.stringify(port.raw)} at ${port.line}:${port.column}`;
    const problems: string[] = [];
    if (port.file !== path) problems.push(`file "${port.file}" is not "${path}"`);
    if (port.kind !== kind) problems.push(`kind "${port.kind}" is not "${kind}"`);
    if (!PROTOCOLS.includes(port.protocol)) problems.push(`protocol "${port.protocol}"`);
    if (!ROLES.has(port.role)) problems.push(`role "${port.role}"`);
    if (port.port !== null && !Number.isInteger(port.port)) problems.push(`port ${port.port} is not an integer`);
    if (port.endPort !== null && !Number.isInteger(port.endPort)) problems.push(`endPort ${port.endPort}`);
    if (typeof port.raw !== 'string' || port.raw === '') problems.push('raw is empty');
    const line = lines[port.line - 1];
    if (!Number.isInteger(port.line) || line === undefined) problems.push(`line outside the file (${lines.length} lines)`);
    else if (!Number.isInteger(port.column) || port.column < 1 || port.column > line.length) {
      problems.push(`column outside line ${port.line} (${line.length} characters)`);
    } else if (typeof port.raw === 'string' && port.raw !== '') {
      problems.push(...positionProblems(port, line.slice(port.column - 1)));
    }
    if (problems.length > 0) violations.push(`${where}: ${problems.join('; ')}`);
  }
  for (const diagnostic of result.diagnostics) {
    const where = `${diagnostic.ruleId} at ${diagnostic.line}:${diagnostic.column}`;
    const line = lines[diagnostic.line - 1];
    if (typeof diagnostic.ruleId !== 'string' || diagnostic.ruleId === '') violations.push(`${where}: no ruleId`);
    if (typeof diagnostic.message !== 'string' || diagnostic.message.trim() === '') violations.push(`${where}: no message`);
    if (!Number.isInteger(diagnostic.line) || line === undefined) violations.push(`${where}: line outside the file`);
    // A diagnostic may point just past the last character (an unexpected end of line or file).
    else if (!Number.isInteger(diagnostic.column) || diagnostic.column < 1 || diagnostic.column > line.length + 1) {
      violations.push(`${where}: column outside line ${diagnostic.line} (${line.length} characters)`);
    }
  }
  return violations;
}
