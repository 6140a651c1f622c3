/**
 * A small HCL reader for Terraform files: blocks, attributes, literals and object expressions, with
 * offsets. No maintained npm HCL parser serves: `@cdktf/hcl2json` and `hcl2-parser` are Go compiled to
 * WASM/JS and return JSON only, and tree-sitter-hcl gives positions but is WASM and async (parsers are
 * synchronous). So this reads just enough of the syntax to find port
 * attributes: comments (`#`, `//`, `/* *\/`), quoted templates with nested `${ ... }`, heredocs, and
 * bracket nesting inside expressions. Anything more complex is kept as expression text.
 *
 * It never throws: syntax problems (unbalanced braces, unterminated strings/heredocs/comments) come
 * back as errors with offsets, and everything readable is still returned.
 */

import type { CommentLexicon } from './comments.js';

/** Where HCL comments are: `#`, `//` and `/* *\/` outside strings and heredocs. */
export const HCL_COMMENTS: CommentLexicon = {
  lineComments: ['#', '//'],
  blockComments: true,
  quotes: '"',
  quotesAnywhere: true,
  heredocs: true,
};

export type HclExpression =
  | { kind: 'number'; value: number; raw: string; offset: number }
  /** A quoted string or heredoc without interpolation; `offset` is after the opening quote. */
  | { kind: 'string'; value: string; raw: string; offset: number }
  | { kind: 'bool'; value: boolean; raw: string; offset: number }
  | { kind: 'object'; entries: Map<string, HclExpression>; raw: string; offset: number }
  /** `[a, b]`: each element classified as a value; nested no deeper than objects are. */
  | { kind: 'tuple'; elements: HclExpression[]; raw: string; offset: number }
  /**
   * Anything else: references (`var.port`), calls, operators, templates. `text` is the expression as
   * written; for a string that is exactly one interpolation (`"${var.port}"`) it is the inner text and
   * `offset` points at the `$`.
   */
  | { kind: 'expression'; text: string; raw: string; offset: number };

export interface HclAttribute {
  name: string;
  offset: number;
  value: HclExpression;
}

export interface HclBlock {
  type: string;
  labels: string[];
  offset: number;
  body: HclBody;
}

export interface HclBody {
  attributes: Map<string, HclAttribute>;
  blocks: HclBlock[];
}

export interface HclError {
  offset: number;
  message: string;
}

type TokenType = 'ident' | 'number' | 'string' | 'heredoc' | 'punct' | 'newline' | 'eof';

interface Token {
  type: TokenType;
  text: string;
  start: number;
  end: number;
  /** Strings and heredocs: the literal value when there is no interpolation. */
  literal?: string;
  /** Strings that are exactly one `${...}`: the inner expression and where its `$` is. */
  single?: { text: string; offset: number };
}

const MAX_DEPTH = 64;
/**
 * Object expressions are read this deep (labels and selectors are one level); deeper ones stay
 * expressions. Each level scans its tokens once, so this bounds the work on `{a = {a = ...}}`.
 */
const MAX_OBJECT_DEPTH = 8;
const OPENERS = new Set(['(', '[', '{']);
const CLOSERS = new Set([')', ']', '}']);
const TWO_CHAR_PUNCT = new Set(['==', '!=', '<=', '>=', '&&', '||', '=>', '..']);

/** Parse a Terraform/HCL file into blocks and attributes with offsets. */
export function parseHcl(text: string): { body: HclBody; errors: HclError[] } {
  const errors: HclError[] = [];
  const tokens = tokenize(text, errors);
  const parser = new HclParser(text, tokens, errors);
  return { body: parser.parseBody(undefined, 0), errors };
}

// ---------------------------------------------------------------- tokenizer

function tokenize(text: string, errors: HclError[]): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (type: TokenType, start: number, end: number, extra: Partial<Token> = {}): void => {
    tokens.push({ type, text: text.slice(start, end), start, end, ...extra });
  };
  while (i < text.length) {
    const ch = text[i]!;
    const next = text[i + 1];
    if (ch === ' ' || ch === '\t' || ch === '\f' || ch === '\uFEFF') {
      i++;
    } else if (ch === '\n' || ch === '\r') {
      const end = ch === '\r' && next === '\n' ? i + 2 : i + 1;
      push('newline', i, end);
      i = end;
    } else if (ch === '#' || (ch === '/' && next === '/')) {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if (ch === '/' && next === '*') {
      const close = text.indexOf('*/', i + 2);
      if (close < 0) {
        errors.push({ offset: i, message: 'Unterminated /* comment' });
        i = text.length;
      } else {
        i = close + 2;
      }
    } else if (ch === '"') {
      const string = scanString(text, i, errors, 0);
      push('string', i, string.end, string.extra);
      i = string.end;
    } else if (
      ch === '<' &&
      next === '<' &&
      /^<<-?[A-Za-z_][A-Za-z0-9_-]*[ \t]*(\r\n|\n|\r)/.test(text.slice(i, i + 256))
    ) {
      i = scanHeredoc(text, i, errors, push);
    } else if (/[0-9]/.test(ch)) {
      const match = /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 64))!;
      push('number', i, i + match[0].length);
      i += match[0].length;
    } else if (/[A-Za-z_]/.test(ch)) {
      let end = i + 1;
      while (end < text.length && /[A-Za-z0-9_-]/.test(text[end]!)) end++;
      push('ident', i, end);
      i = end;
    } else {
      const two = text.slice(i, i + 2);
      const length = TWO_CHAR_PUNCT.has(two) ? 2 : 1;
      push('punct', i, i + length);
      i += length;
    }
  }
  push('eof', text.length, text.length);
  return tokens;
}

/**
 * A quoted template from the `"` at `start`: escapes, `$${` / `%%{` literals, and `${ }` / `%{ }`
 * sequences with nested braces and strings. A line break outside an interpolation ends it as
 * unterminated (HCL quoted strings are single-line).
 */
function scanString(
  text: string,
  start: number,
  errors: HclError[],
  depth: number,
): { end: number; extra: Partial<Token> } {
  let literal = '';
  let templates = 0;
  let single: { text: string; offset: number } | undefined;
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      const extra: Partial<Token> = {};
      if (templates === 0) extra.literal = literal;
      else if (templates === 1 && literal === '' && single) extra.single = single;
      return { end: i + 1, extra };
    }
    if (ch === '\n' || ch === '\r') break;
    if (ch === '\\') {
      const escaped = text[i + 1] ?? '';
      literal +=
        ({ n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' } as Record<string, string>)[escaped] ?? escaped;
      i += 2;
    } else if ((ch === '$' || ch === '%') && text[i + 1] === ch && text[i + 2] === '{') {
      literal += `${ch}{`;
      i += 3;
    } else if ((ch === '$' || ch === '%') && text[i + 1] === '{') {
      const close = depth < MAX_DEPTH ? findTemplateEnd(text, i + 2, errors, depth) : -1;
      if (close < 0) break;
      templates++;
      single = {
        text: text
          .slice(i + 2, close)
          .trim()
          .replace(/^~|~$/g, '')
          .trim(),
        offset: i,
      };
      if (ch === '%') templates++; // a directive is never a plain reference
      i = close + 1;
    } else {
      literal += ch;
      i++;
    }
  }
  errors.push({ offset: start, message: 'Unterminated string' });
  let end = i;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return { end, extra: {} };
}

/** Offset of the `}` closing a template sequence whose content starts at `from`; -1 if none. */
function findTemplateEnd(text: string, from: number, errors: HclError[], depth: number): number {
  let braces = 0;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    // Interpolations in quoted strings stay on one line; stopping there keeps stray `${` linear.
    if (ch === '\n' || ch === '\r') return -1;
    if (ch === '"') {
      const nested = scanString(text, i, errors, depth + 1);
      i = nested.end - 1;
    } else if (ch === '{') {
      braces++;
    } else if (ch === '}') {
      if (braces === 0) return i;
      braces--;
    }
  }
  return -1;
}

function scanHeredoc(
  text: string,
  start: number,
  errors: HclError[],
  push: (type: TokenType, start: number, end: number, extra?: Partial<Token>) => void,
): number {
  const header = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*(\r\n|\n|\r)/.exec(text.slice(start, start + 256))!;
  const marker = header[1]!;
  let lineStart = start + header[0].length;
  const contentStart = lineStart;
  while (lineStart <= text.length) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
    if (text.slice(lineStart, lineEnd).trim() === marker) {
      const content = text.slice(contentStart, lineStart);
      push('heredoc', start, lineEnd, content.includes('${') ? {} : { literal: content });
      return lineEnd;
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + (text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? 2 : 1);
  }
  errors.push({ offset: start, message: `Unterminated heredoc: no closing ${marker}` });
  push('heredoc', start, text.length);
  return text.length;
}

// ---------------------------------------------------------------- parser

/**
 * Top-level Terraform blocks with labels. Seen inside another block they mean a `}` is missing above
 * them: the parser closes the open blocks there, so the rest of the file is still read at top level.
 */
const TOP_LEVEL_BLOCKS = new Set(['resource', 'data', 'module', 'variable', 'output', 'provider']);

class HclParser {
  private i = 0;
  /** Set while returning from every open block to the top level after a missing `}`. */
  private unwinding = false;

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly errors: HclError[],
  ) {}

  private peek(ahead = 0): Token {
    return this.tokens[Math.min(this.i + ahead, this.tokens.length - 1)]!;
  }

  /** Read body items until the `}` matching `open` (or end of file at top level). */
  parseBody(open: Token | undefined, depth: number): HclBody {
    const body: HclBody = { attributes: new Map(), blocks: [] };
    for (;;) {
      if (this.unwinding) {
        if (open) {
          this.errors.push({ offset: open.start, message: 'Unclosed block: no matching }' });
          return body;
        }
        this.unwinding = false;
      }
      const token = this.peek();
      if (
        open &&
        token.type === 'ident' &&
        TOP_LEVEL_BLOCKS.has(token.text) &&
        this.peek(1).type === 'string'
      ) {
        this.unwinding = true;
        continue;
      }
      if (token.type === 'eof') {
        if (open) this.errors.push({ offset: open.start, message: 'Unclosed block: no matching }' });
        return body;
      }
      if (
        token.type === 'newline' ||
        (token.type === 'punct' && (token.text === ',' || token.text === ';'))
      ) {
        this.i++;
        continue;
      }
      if (token.type === 'punct' && token.text === '}') {
        this.i++;
        if (open) return body;
        this.errors.push({ offset: token.start, message: 'Unexpected }: no block to close' });
        continue;
      }
      if (token.type === 'ident') {
        const after = this.peek(1);
        if (after.type === 'punct' && after.text === '=') {
          this.i += 2;
          const value = this.parseExpression();
          body.attributes.set(token.text, { name: token.text, offset: token.start, value });
          continue;
        }
        const block = this.parseBlock(token, depth);
        if (block) {
          body.blocks.push(block);
          continue;
        }
      }
      this.errors.push({ offset: token.start, message: `Unexpected ${describe(token)}` });
      this.skipLine();
    }
  }

  private parseBlock(typeToken: Token, depth: number): HclBlock | undefined {
    const start = this.i;
    this.i++;
    const labels: string[] = [];
    for (;;) {
      const token = this.peek();
      if (token.type === 'string' && token.literal !== undefined) labels.push(token.literal);
      else if (token.type === 'ident') labels.push(token.text);
      else break;
      this.i++;
    }
    const open = this.peek();
    if (open.type !== 'punct' || open.text !== '{') {
      this.i = start;
      return undefined;
    }
    this.i++;
    if (depth >= MAX_DEPTH) {
      this.errors.push({ offset: open.start, message: 'Blocks nested too deeply' });
      this.skipBalanced();
      return undefined;
    }
    const body = this.parseBody(open, depth + 1);
    return { type: typeToken.text, labels, offset: typeToken.start, body };
  }

  /** Tokens up to a line break, `,` or `}` outside brackets; newlines inside brackets continue it. */
  private parseExpression(): HclExpression {
    const first = this.i;
    let nesting = 0;
    for (;;) {
      const token = this.peek();
      if (token.type === 'eof') break;
      if (
        nesting === 0 &&
        (token.type === 'newline' || (token.type === 'punct' && /^[,}]$/.test(token.text)))
      )
        break;
      if (token.type === 'punct' && /^[([{]$/.test(token.text)) nesting++;
      else if (token.type === 'punct' && /^[)\]}]$/.test(token.text) && nesting > 0) nesting--;
      this.i++;
    }
    if (this.i === first) this.errors.push({ offset: this.peek().start, message: 'Missing attribute value' });
    return this.classify(first, this.i, 0);
  }

  /**
   * The expression of tokens `from`..`to` (line breaks inside it skipped). Works on index ranges of
   * the token list: copying the tokens of each nested object level cost memory in proportion to
   * file size times depth, enough to exhaust the heap on a 6 MB file of nested objects.
   */
  private classify(from: number, to: number, objectDepth: number): HclExpression {
    const { tokens } = this;
    let firstIndex = from;
    while (firstIndex < to && tokens[firstIndex]!.type === 'newline') firstIndex++;
    let lastIndex = to - 1;
    while (lastIndex > firstIndex && tokens[lastIndex]!.type === 'newline') lastIndex--;
    if (firstIndex >= to) {
      const at = this.peek().start;
      return { kind: 'expression', text: '', raw: '', offset: at };
    }
    const first = tokens[firstIndex]!;
    const last = tokens[lastIndex]!;
    let second = firstIndex + 1;
    while (second < lastIndex && tokens[second]!.type === 'newline') second++;
    // Only whether there are one, two or more tokens matters below.
    const count = firstIndex === lastIndex ? 1 : second === lastIndex ? 2 : 3;
    const raw = this.text.slice(first.start, last.end);
    if (count === 1) {
      if (first.type === 'number')
        return { kind: 'number', value: Number(first.text), raw, offset: first.start };
      if ((first.type === 'string' || first.type === 'heredoc') && first.literal !== undefined) {
        const offset = first.type === 'string' ? first.start + 1 : first.start;
        return { kind: 'string', value: first.literal, raw, offset };
      }
      if (first.type === 'string' && first.single) {
        return { kind: 'expression', text: first.single.text, raw, offset: first.single.offset };
      }
      if (first.type === 'ident' && (first.text === 'true' || first.text === 'false')) {
        return { kind: 'bool', value: first.text === 'true', raw, offset: first.start };
      }
    }
    if (count === 2 && first.text === '-' && last.type === 'number') {
      return { kind: 'number', value: -Number(last.text), raw, offset: first.start };
    }
    if (first.text === '{' && last.text === '}' && count > 1 && objectDepth < MAX_OBJECT_DEPTH) {
      return {
        kind: 'object',
        entries: this.objectEntries(firstIndex + 1, lastIndex, objectDepth + 1),
        raw,
        offset: first.start,
      };
    }
    if (first.text === '[' && objectDepth < MAX_OBJECT_DEPTH && this.closerOf(firstIndex, to) === lastIndex) {
      return {
        kind: 'tuple',
        elements: this.tupleElements(firstIndex + 1, lastIndex, objectDepth + 1),
        raw,
        offset: first.start,
      };
    }
    return { kind: 'expression', text: raw, raw, offset: first.start };
  }

  /** Index of the token closing the bracket at `open` (before `to`), or -1. */
  private closerOf(open: number, to: number): number {
    let nesting = 0;
    for (let k = open; k < to; k++) {
      const t = this.tokens[k]!;
      if (t.type !== 'punct') continue;
      if (OPENERS.has(t.text)) nesting++;
      else if (CLOSERS.has(t.text) && --nesting === 0) return k;
    }
    return -1;
  }

  /** Elements of `[a, b, ...]` (tokens `from`..`to`), split at top-level commas. */
  private tupleElements(from: number, to: number, objectDepth: number): HclExpression[] {
    const elements: HclExpression[] = [];
    let start = from;
    let nesting = 0;
    for (let k = from; k <= to; k++) {
      const t = this.tokens[k]!;
      if (k < to && t.type === 'punct' && OPENERS.has(t.text)) nesting++;
      else if (k < to && t.type === 'punct' && CLOSERS.has(t.text) && nesting > 0) nesting--;
      else if (k === to || (nesting === 0 && t.type === 'punct' && t.text === ',')) {
        const element = this.classify(start, k, objectDepth);
        if (element.kind !== 'expression' || element.text !== '') elements.push(element);
        start = k + 1;
      }
    }
    return elements;
  }

  /** `{ key = value, "k" : v }` entries (tokens `from`..`to`) whose keys are plain names or literal strings. */
  private objectEntries(from: number, to: number, objectDepth: number): Map<string, HclExpression> {
    const { tokens } = this;
    const entries = new Map<string, HclExpression>();
    let k = from;
    while (k < to) {
      const key = tokens[k]!;
      const sep = k + 1 < to ? tokens[k + 1] : undefined;
      const keyName = key.type === 'ident' ? key.text : key.type === 'string' ? key.literal : undefined;
      if (keyName === undefined || !sep || (sep.text !== '=' && sep.text !== ':')) {
        k++;
        continue;
      }
      let end = k + 2;
      let nesting = 0;
      while (end < to) {
        const t = tokens[end]!;
        if (nesting === 0 && (t.type === 'newline' || t.text === ',')) break;
        if (t.type === 'punct' && OPENERS.has(t.text)) nesting++;
        else if (t.type === 'punct' && CLOSERS.has(t.text) && nesting > 0) nesting--;
        end++;
      }
      entries.set(keyName, this.classify(k + 2, end, objectDepth));
      k = end + 1;
    }
    return entries;
  }

  private skipLine(): void {
    let nesting = 0;
    for (;;) {
      const token = this.peek();
      if (token.type === 'eof') return;
      if (token.type === 'newline' && nesting === 0) return;
      if (token.type === 'punct' && token.text === '{') nesting++;
      if (token.type === 'punct' && token.text === '}') {
        if (nesting === 0) return;
        nesting--;
      }
      this.i++;
    }
  }

  private skipBalanced(): void {
    let nesting = 1;
    while (nesting > 0 && this.peek().type !== 'eof') {
      const token = this.peek();
      if (token.type === 'punct' && token.text === '{') nesting++;
      if (token.type === 'punct' && token.text === '}') nesting--;
      this.i++;
    }
  }
}

function describe(token: Token): string {
  if (token.type === 'eof') return 'end of file';
  if (token.type === 'newline') return 'line break';
  return `"${token.text.length > 20 ? `${token.text.slice(0, 20)}...` : token.text}"`;
}
