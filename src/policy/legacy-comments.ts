/**
 * TRANSITION: deleted when every parser hands over comments (ParseResult.comments). Until then the
 * text kinds' comments are found here, by the lexers policy/suppressions.ts had.
 */
import type { ManifestKind } from '../types.js';
import type { CommentSpan } from '../parsers/types.js';
import { linesWithOffsets } from '../parsers/text-position.js';

/** What a comment looks like in one syntax. */
interface Lexicon {
  /** Openers of comments that run to the end of the line. */
  lineComments: readonly string[];
  /** `/* ... *\/` comments. */
  blockComments?: boolean;
  /**
   * Only a line whose first non-blank character opens a comment is a comment: Docker and systemd
   * read a `#` later on the line as part of the value.
   */
  wholeLineOnly?: boolean;
  /**
   * When set, an opener counts only at the start of a word: at the start of the line, after
   * whitespace, or after one of these characters (`a#b` is a value in .env, YAML and shell).
   */
  openerAfter?: string;
  /** Quote characters of strings, which end at their line (best effort). */
  quotes?: string;
  /** Quotes open anywhere (JSON, HCL, TOML), not only at the start of a word (`it's` is no quote in shell). */
  quotesAnywhere?: boolean;
  /** TOML `"""` and `'''` strings, which may span lines. */
  tripleQuotes?: boolean;
  /** HCL `<<EOF` / `<<-EOF` heredocs, whose lines are text. */
  heredocs?: boolean;
}

/** The kinds whose parsers do not hand over their comments yet (YAML kinds and Spring do). */
const LEXICON_BY_KIND: ReadonlyMap<ManifestKind, Lexicon> = new Map<ManifestKind, Lexicon>([
  ['dockerfile', { lineComments: ['#'], wholeLineOnly: true }],
  ['systemd-socket', { lineComments: ['#', ';'], wholeLineOnly: true }],
  // nginx starts a comment at any token start, including right after `;`, `{` or `}`.
  ['nginx', { lineComments: ['#'], openerAfter: ';{}', quotes: `"'` }],
  ['dotenv', { lineComments: ['#'], openerAfter: '', quotes: `"'` }],
  ['procfile', { lineComments: ['#'], openerAfter: '', quotes: `"'` }],
  ['fly', { lineComments: ['#'], quotes: `"'`, quotesAnywhere: true, tripleQuotes: true }],
  [
    'terraform',
    { lineComments: ['#', '//'], blockComments: true, quotes: '"', quotesAnywhere: true, heredocs: true },
  ],
  ['devcontainer', { lineComments: ['//'], blockComments: true, quotes: '"', quotesAnywhere: true }],
]);

/** Every comment of a file of the text kinds, in order; [] for the kinds whose parsers hand them over. */
export function legacyComments(kind: ManifestKind, text: string): CommentSpan[] {
  const lexicon = LEXICON_BY_KIND.get(kind);
  if (!lexicon) return [];
  return lexicon.wholeLineOnly ? wholeLineComments(text, lexicon) : scanComments(text, lexicon);
}

/** Formats where only a whole line can be a comment. */
function wholeLineComments(text: string, lexicon: Lexicon): CommentSpan[] {
  const comments: CommentSpan[] = [];
  for (const { text: line, offset } of linesWithOffsets(text)) {
    const first = line.search(/\S/);
    if (first < 0) continue;
    const opener = lexicon.lineComments.find((o) => line.startsWith(o, first));
    if (opener) {
      const end = offset + line.trimEnd().length;
      comments.push({ start: offset + first, end, bodyStart: offset + first + opener.length, bodyEnd: end });
    }
  }
  return comments;
}

const QUOTE_MAY_FOLLOW = '=:,[({';

/** A left-to-right scan that skips strings and heredocs and records comments. */
function scanComments(text: string, lexicon: Lexicon): CommentSpan[] {
  const comments: CommentSpan[] = [];
  const quotes = lexicon.quotes ?? '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const previous = i > 0 ? text[i - 1]! : '\n';
    if (lexicon.blockComments && ch === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      const end = close < 0 ? text.length : close + 2;
      comments.push({ start: i, end, bodyStart: i + 2, bodyEnd: close < 0 ? text.length : close });
      i = end;
      continue;
    }
    const opener = lexicon.lineComments.find((o) => text.startsWith(o, i));
    if (
      opener &&
      (lexicon.openerAfter === undefined || isBlank(previous) || lexicon.openerAfter.includes(previous))
    ) {
      const end = lineEnd(text, i);
      comments.push({ start: i, end, bodyStart: i + opener.length, bodyEnd: end });
      i = end;
      continue;
    }
    if (
      quotes.includes(ch) &&
      (lexicon.quotesAnywhere || isBlank(previous) || QUOTE_MAY_FOLLOW.includes(previous))
    ) {
      i = skipString(text, i, lexicon.tripleQuotes === true);
      continue;
    }
    if (lexicon.heredocs && ch === '<' && text[i + 1] === '<') {
      const after = skipHeredoc(text, i);
      if (after !== undefined) {
        i = after;
        continue;
      }
    }
    i++;
  }
  return comments;
}

function isBlank(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' || ch === '\v';
}

function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r') return i;
  }
  return text.length;
}

function nextLineStart(text: string, end: number): number {
  return text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1;
}

/** The offset after the string opening at `start`; a one-line string ends at its line when unclosed. */
function skipString(text: string, start: number, tripleQuotes: boolean): number {
  const quote = text[start]!;
  const triple = quote.repeat(3);
  if (tripleQuotes && text.startsWith(triple, start)) {
    const close = text.indexOf(triple, start + 3);
    return close < 0 ? text.length : close + 3;
  }
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r') return i;
    if (ch === '\\' && quote === '"') i += 2;
    else if (ch === quote) return i + 1;
    else i++;
  }
  return text.length;
}

/** The end of an HCL heredoc starting at `start` (`<<EOF` or `<<-EOF`), or undefined when it is none. */
function skipHeredoc(text: string, start: number): number | undefined {
  const opening = /<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*(?:\r\n|\n|\r)/y;
  opening.lastIndex = start;
  const match = opening.exec(text);
  if (!match) return undefined;
  let lineStart = opening.lastIndex;
  while (lineStart < text.length) {
    const end = lineEnd(text, lineStart);
    if (text.slice(lineStart, end).trim() === match[1]) return end;
    lineStart = nextLineStart(text, end);
  }
  return text.length;
}
