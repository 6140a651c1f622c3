import { interpolate } from './variables.js';
import { lineEnd } from './text-position.js';

/** One `KEY=value` of a `.env` file, as Compose's dotenv loader reads it. */
export interface DotenvEntry {
  key: string;
  /** The value without quotes or trailing comment, escapes of a double-quoted value applied. */
  text: string;
  /** Offset in the file of the value's first character (after an opening quote). */
  offset: number;
  /** Single-quoted values are literal: no `$` expansion. */
  literal: boolean;
}

export interface DotenvRead {
  entries: DotenvEntry[];
  /** Unterminated quotes: the loader would swallow the rest of the file. */
  errors: Array<{ offset: number; quote: 'double' | 'single' }>;
}

const ASSIGNMENT = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*/;
/** Escapes Compose's loader applies inside double quotes; `\$` stays a literal dollar (`$$`). */
const ESCAPES: ReadonlyMap<string, string> = new Map([
  ['n', '\n'],
  ['r', '\r'],
  ['t', '\t'],
  ['$', '$$'],
]);

/**
 * The one `.env` reader (the dotenv parser and Compose interpolation both use it): `export`, quotes,
 * multi-line double-quoted values, `#` comments only after whitespace in bare values, anything after a
 * closing quote ignored. Lines that are not assignments are skipped as the loader skips them.
 */
export function readDotenv(text: string): DotenvRead {
  const read: DotenvRead = { entries: [], errors: [] };
  const unclosedFrom = new Map<string, number>();
  let lineStart = 0;
  while (lineStart < text.length) {
    const lineStop = lineEnd(text, lineStart);
    const match = ASSIGNMENT.exec(text.slice(lineStart, lineStop));
    let next = skipLineBreak(text, lineStop);
    if (match) {
      const valueStart = lineStart + match[0].length;
      const scanned = scanValue(text, valueStart, lineStop, unclosedFrom);
      if ('unterminated' in scanned) read.errors.push({ offset: valueStart, quote: scanned.unterminated });
      else {
        next = scanned.next;
        read.entries.push({
          key: match[1]!,
          text: scanned.text,
          offset: scanned.offset,
          literal: scanned.literal,
        });
      }
    }
    lineStart = next;
  }
  return read;
}

/**
 * Every entry's value after interpolation against the entries before it, as Compose sees them. A value
 * that still holds an unknown variable stays unknown (absent), so `$KEY` later is unresolved too.
 */
export function dotenvValues(entries: readonly DotenvEntry[]): Map<string, string> {
  const values = new Map<string, string>();
  for (const entry of entries) expandInto(values, entry);
  return values;
}

/** Add one entry's expanded value to `values` (or forget the key when it cannot be expanded). */
export function expandInto(values: Map<string, string>, entry: DotenvEntry): void {
  const expanded = entry.literal ? { value: entry.text, unresolved: [] } : interpolate(entry.text, values);
  if (expanded.unresolved.length === 0) values.set(entry.key, expanded.value);
  else values.delete(entry.key);
}

interface ScannedValue {
  text: string;
  offset: number;
  literal: boolean;
  /** Offset where the next line to read starts. */
  next: number;
}

/**
 * Read one value starting at `start`: quoted (may span lines) or bare (up to a ` #` comment).
 * `unclosedFrom` remembers, per quote character, the earliest offset from which no closing quote
 * exists, so a file full of stray quotes is still read in linear time.
 */
function scanValue(
  text: string,
  start: number,
  lineStop: number,
  unclosedFrom: Map<string, number>,
): ScannedValue | { unterminated: 'double' | 'single' } {
  const quote = text[start];
  if (quote === '"' || quote === "'") {
    const known = unclosedFrom.get(quote);
    const close = known !== undefined && start >= known ? -1 : findClosingQuote(text, start + 1, quote);
    if (close < 0) {
      if (known === undefined || start < known) unclosedFrom.set(quote, start);
      return { unterminated: quote === '"' ? 'double' : 'single' };
    }
    const body = text.slice(start + 1, close);
    return {
      text: quote === '"' ? unescape(body) : body,
      offset: start + 1,
      literal: quote === "'",
      next: skipLineBreak(text, lineEnd(text, close)),
    };
  }
  let bare = text.slice(start, lineStop);
  const comment = /(^|[ \t])#/.exec(bare);
  if (comment) bare = bare.slice(0, comment.index);
  return { text: bare.trimEnd(), offset: start, literal: false, next: skipLineBreak(text, lineStop) };
}

function unescape(body: string): string {
  return body.replace(/\\(.)/gs, (_, ch: string) => ESCAPES.get(ch) ?? ch);
}

function findClosingQuote(text: string, from: number, quote: string): number {
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && quote === '"') i++;
    else if (ch === quote) return i;
  }
  return -1;
}

function skipLineBreak(text: string, at: number): number {
  if (text[at] === '\r' && text[at + 1] === '\n') return at + 2;
  return at < text.length ? at + 1 : at;
}
