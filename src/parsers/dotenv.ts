import type { DeclaredPort, Diagnostic } from '../types.js';
import type { ParseInput, ParseResult, Parser } from './types.js';
import { LineIndex } from './text-position.js';
import { interpolate, parseVariable, resolveVariable } from './variables.js';

/**
 * Keys that name a port: `PORT` itself or anything ending in `_PORT` (`API_PORT`, `db_port`).
 * Deliberately not `*_PORTS` (lists), `PORT_RANGE`, `*_PORT_MIN` or `OTEL_COLLECTOR_PORT_GRPC`: once
 * something follows `PORT` the value is as likely a range, a bound or a flag as a port number.
 */
export function isPortKey(key: string): boolean {
  return /^(?:[A-Za-z0-9_.-]*_)?PORT$/i.test(key);
}

/** A whole-number token as written (`8080`, `-1`, `070`); undefined for anything else. */
export function parsePortNumber(text: string): number | undefined {
  return /^-?\d{1,12}$/.test(text) ? Number(text) : undefined;
}

/** What a port value turned into: a number, an unresolved variable, or text that is not a port. */
export type PortValue =
  | { kind: 'number'; port: number }
  | { kind: 'unresolved'; variable: string }
  | { kind: 'invalid' }
  | { kind: 'empty' };

/**
 * Resolve a value as a shell would (`8080`, `${PORT:-3000}`, `$OTHER`, `${HOST}${SUFFIX}`) against the
 * variables known so far. The linter never reads its own environment.
 */
export function resolvePortValue(value: string, values: ReadonlyMap<string, string>): PortValue {
  if (value === '') return { kind: 'empty' };
  const literal = parsePortNumber(value);
  if (literal !== undefined) return { kind: 'number', port: literal };
  const single = parseVariable(value);
  if (single) {
    const resolved = resolveVariable(single, values);
    if (resolved === undefined) return { kind: 'unresolved', variable: single.name };
    const port = parsePortNumber(resolved.trim());
    return port === undefined ? { kind: 'invalid' } : { kind: 'number', port };
  }
  if (!value.includes('$')) return { kind: 'invalid' };
  const { value: expanded, unresolved } = interpolate(value, values);
  if (unresolved.length > 0) return { kind: 'unresolved', variable: unresolved[0]! };
  const port = parsePortNumber(expanded.trim());
  return port === undefined ? { kind: 'invalid' } : { kind: 'number', port };
}

const ASSIGNMENT = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*/;

interface ScannedValue {
  /** The value without quotes or trailing comment. */
  text: string;
  /** Offset in the file of the value's first character (after an opening quote). */
  offset: number;
  /** Single-quoted values are literal: no `$` expansion. */
  literal: boolean;
  /** Offset where the next line to read starts. */
  next: number;
}

/**
 * `.env` files (kind `dotenv`): every `PORT` / `*_PORT` assignment with a numeric value, role `listen`,
 * `context.name` = the key. Values may reference variables assigned earlier in the same file
 * (`WEB_PORT=$OTHER`, `${X:-3000}`). Lines that are not assignments are ignored as dotenv loaders
 * ignore them; only an unterminated quote is a parse-error (the loader would swallow the rest of the file).
 */
export const parseDotenv: Parser = (input: ParseInput): ParseResult => {
  const { text } = input;
  const index = new LineIndex(text);
  const ports: DeclaredPort[] = [];
  const diagnostics: Diagnostic[] = [];
  const values = new Map<string, string>();
  const unclosedFrom = new Map<string, number>();

  let lineStart = 0;
  while (lineStart < text.length) {
    const lineEnd = endOfLine(text, lineStart);
    const line = text.slice(lineStart, lineEnd);
    const match = ASSIGNMENT.exec(line);
    let next = skipLineBreak(text, lineEnd);
    if (match) {
      const key = match[1]!;
      const valueStart = lineStart + match[0].length;
      const scanned = scanValue(text, valueStart, lineEnd, unclosedFrom);
      if ('error' in scanned) {
        diagnostics.push({ ruleId: 'parse-error', ...index.positionAt(valueStart), message: scanned.error });
      } else {
        next = scanned.next;
        if (isPortKey(key)) {
          const port = portFromValue(input.path, key, scanned, values, index, diagnostics);
          if (port) ports.push(port);
        }
        const expanded = scanned.literal
          ? { value: scanned.text, unresolved: [] }
          : interpolate(scanned.text, values);
        // A value that still holds an unknown variable stays unknown, so `$KEY` later is unresolved too.
        if (expanded.unresolved.length === 0) values.set(key, expanded.value);
        else values.delete(key);
      }
    }
    lineStart = next;
  }
  return { ports, diagnostics };
};

function portFromValue(
  file: string,
  key: string,
  scanned: ScannedValue,
  values: ReadonlyMap<string, string>,
  index: LineIndex,
  diagnostics: Diagnostic[],
): DeclaredPort | undefined {
  const raw = scanned.text.trim();
  // Single quotes keep `$` literal, so a quoted `'$PORT'` is text, not a variable.
  const resolved: PortValue =
    scanned.literal && raw.includes('$') ? { kind: 'invalid' } : resolvePortValue(raw, values);
  // Point at the number or at the `$` of the variable, not at blanks inside quotes.
  const lead = scanned.text.length - scanned.text.trimStart().length;
  const position = index.positionAt(scanned.offset + lead);
  if (resolved.kind === 'empty') return undefined;
  if (resolved.kind === 'invalid') {
    diagnostics.push({ ruleId: 'invalid-port', ...position, message: `${key}=${raw} is not a port number` });
    return undefined;
  }
  const port = resolved.kind === 'number' ? resolved.port : null;
  return {
    file,
    ...position,
    port,
    endPort: port,
    protocol: 'tcp',
    role: 'listen',
    kind: 'dotenv',
    context: { name: key },
    raw,
    ...(resolved.kind === 'unresolved' ? { unresolvedVariable: resolved.variable } : {}),
  };
}

/**
 * Read one value starting at `start`: quoted (may span lines, `\"` escapes in double quotes) or bare
 * (up to ` #` comment). `unclosedFrom` remembers, per quote character, the earliest offset from which no
 * closing quote exists, so a file full of stray quotes is still read in linear time.
 */
function scanValue(
  text: string,
  start: number,
  lineEnd: number,
  unclosedFrom: Map<string, number>,
): ScannedValue | { error: string } {
  const quote = text[start];
  if (quote === '"' || quote === "'") {
    const known = unclosedFrom.get(quote);
    const close = known !== undefined && start >= known ? -1 : findClosingQuote(text, start + 1, quote);
    if (close < 0) {
      if (known === undefined || start < known) unclosedFrom.set(quote, start);
      return { error: `Unterminated ${quote === '"' ? 'double' : 'single'}-quoted value` };
    }
    const closeLineEnd = endOfLine(text, close);
    return {
      text: text.slice(start + 1, close),
      offset: start + 1,
      literal: quote === "'",
      next: skipLineBreak(text, closeLineEnd),
    };
  }
  let bare = text.slice(start, lineEnd);
  const comment = /(^|[ \t])#/.exec(bare);
  if (comment) bare = bare.slice(0, comment.index);
  return { text: bare.trimEnd(), offset: start, literal: false, next: skipLineBreak(text, lineEnd) };
}

function findClosingQuote(text: string, from: number, quote: string): number {
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && quote === '"') i++;
    else if (ch === quote) return i;
  }
  return -1;
}

function endOfLine(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || ch === 13) return i;
  }
  return text.length;
}

function skipLineBreak(text: string, at: number): number {
  if (text[at] === '\r' && text[at + 1] === '\n') return at + 2;
  return at < text.length ? at + 1 : at;
}
