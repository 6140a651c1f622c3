/**
 * Comments of the line-oriented and quoted-text syntaxes, for the parsers that hand over `comments`
 * (inline suppressions are read from them). Each parser names its syntax with a CommentLexicon.
 *
 * Why not each parser's own tokenizer: those tokenizers read a value the way the tool does (nginx
 * quotes and dotenv quotes span lines, HCL templates nest, a broken file stops them), while a
 * suppression comment must be found the same way in every file, broken ones included. So the
 * comments are one left-to-right scan per syntax that never stops early, whatever the parser did.
 */
import type { CommentSpan } from './types.js';
import { lineEnd, linesWithOffsets } from './text-position.js';

/** What a comment looks like in one syntax. */
export interface CommentLexicon {
  /** Openers of comments that run to the end of the line. */
  lineComments: readonly string[];
  /** `/* ... *\/` comments. */
  blockComments?: boolean;
  /**
   * When set, an opener counts only at the start of a word: at the start of the line, after
   * whitespace, or after one of these characters (`a#b` is a value in .env and shell).
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

/**
 * Comments of formats where only a whole line can be one (Docker, systemd, Java properties read a
 * later `#` as part of the value). With `continuation`, a line ending in an odd number of
 * backslashes continues on the next, which is then never a comment (Java properties).
 */
export function wholeLineComments(
  text: string,
  openers: readonly string[],
  continuation = false,
): CommentSpan[] {
  const comments: CommentSpan[] = [];
  let continued = false;
  for (const { text: line, offset } of linesWithOffsets(text)) {
    const first = line.search(/\S/);
    if (first < 0) {
      continued = false;
      continue;
    }
    const opener: string | undefined = continued ? undefined : openers.find((o) => line.startsWith(o, first));
    if (opener) {
      const end = offset + line.trimEnd().length;
      comments.push({ start: offset + first, end, bodyStart: offset + first + opener.length, bodyEnd: end });
    }
    continued = !opener && continuation && endsWithOddBackslashes(line);
  }
  return comments;
}

function endsWithOddBackslashes(line: string): boolean {
  const trimmed = line.trimEnd();
  let count = 0;
  while (count < trimmed.length && trimmed[trimmed.length - 1 - count] === '\\') count++;
  return count % 2 === 1;
}

/** Characters after which a quote opens a string even in a syntax where quotes open only at a word start. */
const QUOTE_MAY_FOLLOW = '=:,[({';

/** Every comment of the text, in order: a left-to-right scan that skips strings and heredocs. */
export function scanComments(text: string, lexicon: CommentLexicon): CommentSpan[] {
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
    lineStart = text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1;
  }
  return text.length;
}

/** Shell-like lines (`.env`, Procfile): `#` at a word start; quotes open strings only at a word start. */
export const SHELL_COMMENTS: CommentLexicon = { lineComments: ['#'], openerAfter: '', quotes: `"'` };
