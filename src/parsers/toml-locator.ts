/**
 * Where each scalar of a TOML document is written. smol-toml parses values but keeps no positions, so
 * this walks the text once more, following tables (`[a.b]`), arrays of tables (`[[services]]`, whose
 * n-th header is element n), dotted keys, inline tables and arrays, and records every scalar's path
 * (`['services', 0, 'ports', 1, 'port']`) with the offset where its content starts.
 *
 * It is lenient: a line it cannot read is skipped, so it also recovers values from a file smol-toml
 * refuses. It never decides validity; smol-toml does.
 */

import { dictionary } from '../dictionary.js';

export type TomlPath = ReadonlyArray<string | number>;

export interface TomlScalarLocation {
  path: TomlPath;
  /** Offset of the value's first character, after an opening quote. */
  offset: number;
  /** The value as written, without quotes (escapes not processed). */
  raw: string;
  kind: 'string' | 'number' | 'other';
}

const MAX_NESTING = 64;

/** A stable map key for a path. */
export function tomlPathKey(path: TomlPath): string {
  return JSON.stringify(path);
}

/** Every scalar of the document with its path and offset, in text order. */
export function locateTomlScalars(text: string): TomlScalarLocation[] {
  return new Locator(text).run();
}

/**
 * Rebuild plain data from located scalars (numbers as numbers, everything else as its raw text), for
 * reading what can be read from a file smol-toml refused.
 */
export function tomlDataFromLocations(locations: readonly TomlScalarLocation[]): Record<string, unknown> {
  // Keys are the file's: tables have no prototype (as smol-toml's), so `[__proto__]` is a table like any other.
  const root = dictionary<unknown>();
  for (const location of locations) {
    let node: Container = root;
    const { path } = location;
    let ok = path.length > 0;
    for (let i = 0; i < path.length - 1 && ok; i++) {
      const segment = path[i]!;
      let child = childOf(node, segment);
      if (child === undefined) {
        child = typeof path[i + 1] === 'number' ? [] : dictionary<unknown>();
        ok = setChild(node, segment, child);
      } else if (typeof child !== 'object' || child === null) {
        ok = false;
      }
      node = child as Container;
    }
    if (!ok) continue;
    const value = location.kind === 'number' ? Number(location.raw.replace(/_/g, '')) : location.raw;
    setChild(node, path[path.length - 1]!, value);
  }
  return root;
}

type Container = unknown[] | Record<string, unknown>;

/** An array takes indices and a table takes keys; anything else (`length`, a key on an array) is not data. */
function childOf(node: Container, segment: string | number): unknown {
  if (Array.isArray(node)) return typeof segment === 'number' ? node[segment] : undefined;
  return typeof segment === 'string' && Object.hasOwn(node, segment) ? node[segment] : undefined;
}

function setChild(node: Container, segment: string | number, value: unknown): boolean {
  if (Array.isArray(node) !== (typeof segment === 'number')) return false;
  (node as Record<string | number, unknown>)[segment] = value;
  return true;
}

class Locator {
  private p = 0;
  private readonly out: TomlScalarLocation[] = [];
  /** Element count of each array of tables, by resolved path key. */
  private readonly tableArrays = new Map<string, number>();
  private table: Array<string | number> = [];
  /** Earliest offset from which a multi-line string of each quote is known never to close. */
  private readonly unclosedFrom = new Map<string, number>();

  constructor(private readonly text: string) {}

  run(): TomlScalarLocation[] {
    const { text } = this;
    while (this.p < text.length) {
      const before = this.p;
      this.skipBlanksAndNewlines();
      if (this.p >= text.length) break;
      const ch = text[this.p];
      if (ch === '[') this.readHeader();
      else this.readKeyValue(this.table, 0);
      this.skipToNextLine();
      if (this.p <= before) this.p = before + 1;
    }
    return this.out;
  }

  private readHeader(): void {
    const isArray = this.text.startsWith('[[', this.p);
    this.p += isArray ? 2 : 1;
    const keys = this.readKey();
    if (!keys) return;
    this.skipSpaces();
    const close = isArray ? ']]' : ']';
    if (!this.text.startsWith(close, this.p)) return;
    this.p += close.length;
    const resolved: Array<string | number> = [];
    keys.forEach((key, i) => {
      resolved.push(key);
      const last = i === keys.length - 1;
      const id = tomlPathKey(resolved);
      if (last && isArray) {
        const index = this.tableArrays.get(id) ?? 0;
        this.tableArrays.set(id, index + 1);
        resolved.push(index);
      } else if (this.tableArrays.has(id)) {
        // `[services.concurrency]` after `[[services]]` belongs to the latest element.
        resolved.push(this.tableArrays.get(id)! - 1);
      }
    });
    this.table = resolved;
  }

  private readKeyValue(base: ReadonlyArray<string | number>, depth: number): boolean {
    const keys = this.readKey();
    if (!keys) return false;
    this.skipSpaces();
    if (this.text[this.p] !== '=') return false;
    this.p++;
    this.skipSpaces();
    return this.readValue([...base, ...keys], depth);
  }

  /** A dotted key: bare (`A-Za-z0-9_-`) or quoted parts separated by `.`. */
  private readKey(): string[] | undefined {
    const { text } = this;
    const keys: string[] = [];
    for (;;) {
      this.skipSpaces();
      const ch = text[this.p];
      if (ch === '"' || ch === "'") {
        const end = this.findStringEnd(this.p + 1, ch, false);
        if (end < 0) return undefined;
        keys.push(text.slice(this.p + 1, end));
        this.p = end + 1;
      } else {
        const match = /^[A-Za-z0-9_-]+/.exec(text.slice(this.p, this.p + 256));
        if (!match) return undefined;
        keys.push(match[0]);
        this.p += match[0].length;
      }
      this.skipSpaces();
      if (text[this.p] !== '.') return keys;
      this.p++;
    }
  }

  private readValue(path: Array<string | number>, depth: number): boolean {
    const { text } = this;
    if (depth > MAX_NESTING) return false;
    const ch = text[this.p];
    if (ch === '"' || ch === "'") {
      const multiline = text.startsWith(ch.repeat(3), this.p);
      const open = multiline ? 3 : 1;
      let start = this.p + open;
      // TOML drops a newline right after the opening delimiter of a multi-line string.
      if (multiline && text.startsWith('\r\n', start)) start += 2;
      else if (multiline && text[start] === '\n') start += 1;
      const end = this.findStringEnd(this.p + open, ch, multiline);
      if (end < 0) return false;
      this.out.push({ path, offset: start, raw: text.slice(start, end), kind: 'string' });
      this.p = end + open;
      return true;
    }
    if (ch === '{') return this.readInlineTable(path, depth);
    if (ch === '[') return this.readArray(path, depth);
    const match = /^[^,\]}#\r\n]+/.exec(text.slice(this.p, this.p + 256));
    if (!match) return false;
    const raw = match[0].trimEnd();
    const numeric =
      /^[+-]?(?:\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d+)?|0x[\da-fA-F_]+|0o[0-7_]+|0b[01_]+|inf|nan)$/;
    this.out.push({ path, offset: this.p, raw, kind: numeric.test(raw) ? 'number' : 'other' });
    this.p += match[0].length;
    return true;
  }

  private readInlineTable(path: Array<string | number>, depth: number): boolean {
    this.p++;
    for (let guard = 0; guard < this.text.length; guard++) {
      this.skipBlanksAndNewlines();
      if (this.text[this.p] === '}') {
        this.p++;
        return true;
      }
      if (!this.readKeyValue(path, depth + 1)) return false;
      this.skipBlanksAndNewlines();
      if (this.text[this.p] === ',') this.p++;
    }
    return false;
  }

  private readArray(path: Array<string | number>, depth: number): boolean {
    this.p++;
    for (let index = 0; index < this.text.length; index++) {
      this.skipBlanksAndNewlines();
      if (this.text[this.p] === ']') {
        this.p++;
        return true;
      }
      if (!this.readValue([...path, index], depth + 1)) return false;
      this.skipBlanksAndNewlines();
      if (this.text[this.p] === ',') this.p++;
      else if (this.text[this.p] !== ']') return false;
    }
    return false;
  }

  /** Index of the closing quote (or first char of the closing triple quote); -1 when unterminated. */
  private findStringEnd(from: number, quote: string, multiline: boolean): number {
    const { text } = this;
    const unclosed = multiline ? this.unclosedFrom.get(quote) : undefined;
    if (unclosed !== undefined && from >= unclosed) return -1;
    for (let i = from; i < text.length; i++) {
      const ch = text[i];
      if (ch === '\\' && quote === '"') {
        i++;
      } else if (!multiline && (ch === '\n' || ch === '\r')) {
        return -1;
      } else if (ch === quote) {
        if (!multiline) return i;
        if (text.startsWith(quote.repeat(3), i)) {
          // `""""` ends with up to two quotes that belong to the content.
          let end = i;
          while (text[end + 3] === quote && end - i < 2) end++;
          return end;
        }
      }
    }
    if (multiline) this.unclosedFrom.set(quote, Math.min(from, unclosed ?? from));
    return -1;
  }

  private skipSpaces(): void {
    while (this.text[this.p] === ' ' || this.text[this.p] === '\t') this.p++;
  }

  /** Blanks, line breaks and comments, as allowed between array items. */
  private skipBlanksAndNewlines(): void {
    const { text } = this;
    while (this.p < text.length) {
      const ch = text[this.p];
      if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n') this.p++;
      else if (ch === '#')
        while (this.p < text.length && text[this.p] !== '\n' && text[this.p] !== '\r') this.p++;
      else break;
    }
  }

  private skipToNextLine(): void {
    const { text } = this;
    while (this.p < text.length && text[this.p] !== '\n' && text[this.p] !== '\r') this.p++;
  }
}
