import type { Finding, Position, SeverityOrOff } from '../types.js';
import type { CommentSpan } from '../parsers/types.js';
import { LineIndex } from '../parsers/text-position.js';
import { ALL_RULES, ruleSeverity } from '../rules/index.js';
import { compareFindings } from '../rules/finding-order.js';
import { suppressionMessage } from '../rules/suppression-rules.js';
import { closest, suggestionText } from './closest.js';

/**
 * Inline suppressions: `portlint-disable-line`, `portlint-disable-next-line` and
 * `portlint-disable-file` comments, each with optional rule ids, reason and expiry:
 *
 *     # portlint-disable-next-line registered-conflict, dynamic-range -- Kafka by convention; expires 2027-03-01
 *
 * findSuppressions reads them from one file's comments, which its parser hands over;
 * applySuppressions removes the findings they cover and reports the unused, expired and invalid ones.
 */

/** Text every suppression contains: files without it pay nothing. */
export const SUPPRESSION_MARKER = 'portlint-disable';

export type SuppressionScope = 'line' | 'next-line' | 'file';

const DIRECTIVES: Readonly<Record<string, SuppressionScope>> = {
  'portlint-disable-line': 'line',
  'portlint-disable-next-line': 'next-line',
  'portlint-disable-file': 'file',
};
const DIRECTIVE_NAMES = Object.keys(DIRECTIVES);

/** Findings no inline comment may hide: files portlint could not read, and the suppressions' own findings. */
const UNSUPPRESSIBLE: ReadonlySet<string> = new Set(
  ALL_RULES.filter((rule) => rule.suppressible === false).map((rule) => rule.id),
);

/** One `portlint-disable-*` comment. Position is where `portlint-disable` is written. */
export interface Suppression extends Position {
  file: string;
  /** As written: `portlint-disable-next-line`. */
  directive: string;
  scope: SuppressionScope;
  /** The line whose findings it covers, `file` for the whole file, null when no line follows a next-line comment. */
  target: number | 'file' | null;
  /** The valid rule ids it names, or `all` when it names none. Empty when every id it names is invalid. */
  rules: readonly string[] | 'all';
  reason?: string;
  /** YYYY-MM-DD, as written. */
  expires?: string;
  /** False when it must not suppress: its expiry date cannot be read. */
  usable: boolean;
}

/** A mistake in a suppression comment, reported as `invalid-suppression`. */
export interface SuppressionProblem extends Position {
  message: string;
}

export interface FileSuppressions {
  file: string;
  suppressions: Suppression[];
  problems: SuppressionProblem[];
}

// ---------------------------------------------------------------------------------------------
// Reading the directives

const SUPPRESSIBLE_IDS = (): string[] => ALL_RULES.map((r) => r.id).filter((id) => !UNSUPPRESSIBLE.has(id));

/**
 * The suppressions written in one file's comments (as its parser hands them over, in text order);
 * undefined when the text never mentions `portlint-disable` (the common case: one substring search).
 */
export function findSuppressions(
  file: string,
  text: string,
  comments: readonly CommentSpan[],
): FileSuppressions | undefined {
  if (!text.includes(SUPPRESSION_MARKER)) return undefined;
  const result: FileSuppressions = { file, suppressions: [], problems: [] };
  const marked = comments.filter((c) => text.slice(c.bodyStart, c.bodyEnd).includes(SUPPRESSION_MARKER));
  if (marked.length === 0) return result;
  const index = new LineIndex(text);
  const nextCodeLine = codeLineFinder(text, comments, index);
  const vocabulary = { known: SUPPRESSIBLE_IDS(), suggest: boundedSuggestions() };
  for (const comment of marked) readDirective(text, comment, index, nextCodeLine, vocabulary, result);
  return result;
}

/** `(line) => the first line after it holding something other than blanks and comments`, or null. */
function codeLineFinder(
  text: string,
  comments: readonly CommentSpan[],
  index: LineIndex,
): (after: number) => number | null {
  const isCode = new Uint8Array(index.lineCount + 2);
  let c = 0;
  for (let i = 0; i < text.length; i++) {
    while (c < comments.length && comments[c]!.end <= i) c++;
    const comment = comments[c];
    if (comment && comment.start <= i) {
      i = comment.end - 1;
      continue;
    }
    if (isBlank(text[i]!)) continue;
    const { line } = index.positionAt(i);
    isCode[line] = 1;
    // The line is known to hold code: go on from the next one.
    i = index.offsetOf({ line: line + 1, column: 1 }) - 1;
  }
  return (after) => {
    for (let line = after + 1; line <= index.lineCount; line++) if (isCode[line]) return line;
    return null;
  };
}

interface Vocabulary {
  /** Rule ids a suppression may name. */
  known: readonly string[];
  suggest: (word: string, valid: readonly string[]) => string | undefined;
}

/** Suggestions per file, at most this many: edit distances are costly and a hostile file could ask millions. */
const MAX_SUGGESTIONS = 100;

function boundedSuggestions(): Vocabulary['suggest'] {
  const caches = new Map<readonly string[], Map<string, string | undefined>>();
  let computed = 0;
  return (word, valid) => {
    const cache = caches.get(valid) ?? new Map<string, string | undefined>();
    caches.set(valid, cache);
    if (cache.has(word)) return cache.get(word);
    if (computed >= MAX_SUGGESTIONS) return undefined;
    computed++;
    const suggestion = closest(word, valid);
    cache.set(word, suggestion);
    return suggestion;
  };
}

const WORD = /[A-Za-z0-9_-]+/y;
/** Far more than any real comment names; bounds the work on a hostile one. */
const MAX_RULE_IDS = 50;
const SEPARATOR = /(?:^|\s)--+(?=\s|$)/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function readDirective(
  text: string,
  comment: CommentSpan,
  index: LineIndex,
  nextCodeLine: (after: number) => number | null,
  { known, suggest }: Vocabulary,
  out: FileSuppressions,
): void {
  let start = comment.bodyStart;
  while (start < comment.bodyEnd && isBlank(text[start]!)) start++;
  if (!text.startsWith(SUPPRESSION_MARKER, start)) return; // prose that mentions portlint-disable later on
  WORD.lastIndex = start;
  const directive = WORD.exec(text)![0];
  const at = index.positionAt(start);
  const problem = (offset: number, message: string) =>
    out.problems.push({ ...index.positionAt(offset), message });
  const scope = DIRECTIVES[directive];
  if (!scope) {
    const suggestion = suggest(directive, DIRECTIVE_NAMES);
    problem(
      start,
      suppressionMessage.invalid('unknownDirective', {
        directive,
        didYouMean: suggestionText(suggestion),
        known: DIRECTIVE_NAMES.join(', '),
      }),
    );
    return;
  }

  const restStart = start + directive.length;
  const rest = text.slice(restStart, comment.bodyEnd);
  const separator = SEPARATOR.exec(rest);
  const idsText = separator ? rest.slice(0, separator.index) : rest;
  const descriptionStart = separator ? restStart + separator.index + separator[0].length : comment.bodyEnd;

  let usable = true;
  const rules: string[] = [];
  let named = false;
  let count = 0;
  for (const id of tokens(idsText, restStart, /[^\s,]+/g)) {
    named = true;
    if (++count > MAX_RULE_IDS) {
      problem(id.offset, suppressionMessage.invalid('tooManyRuleIds', { max: MAX_RULE_IDS, directive }));
      break;
    }
    if (id.text.toLowerCase() === 'expires') {
      problem(id.offset, suppressionMessage.invalid('expiryBeforeSeparator', { directive }));
      usable = false;
      break;
    }
    if (UNSUPPRESSIBLE.has(id.text)) {
      problem(id.offset, suppressionMessage.invalid('notSuppressible', { rule: id.text }));
    } else if (!known.includes(id.text)) {
      const suggestion = suggest(id.text, known);
      problem(
        id.offset,
        suppressionMessage.invalid('unknownRule', {
          rule: id.text,
          directive,
          didYouMean: suggestionText(suggestion),
        }),
      );
    } else if (!rules.includes(id.text)) {
      rules.push(id.text);
    }
  }

  const reasons: string[] = [];
  let expires: string | undefined;
  for (const part of tokens(text.slice(descriptionStart, comment.bodyEnd), descriptionStart, /[^;]+/g)) {
    const expiry = /^(\s*)(expires\b\s*[:=]?\s*)/i.exec(part.text);
    if (!expiry) {
      const reason = part.text.replace(/\s+/g, ' ').trim();
      if (reason) reasons.push(reason);
      continue;
    }
    const dateOffset = part.offset + expiry[1]!.length + expiry[2]!.length;
    const date = part.text.slice(expiry[0].length).trimEnd();
    if (!isDate(date)) {
      problem(
        date ? dateOffset : part.offset + expiry[1]!.length,
        date
          ? suppressionMessage.invalid('invalidExpiryDate', { date })
          : suppressionMessage.invalid('expiryWithoutDate', {}),
      );
      usable = false;
    } else if (expires === undefined || date < expires) {
      expires = date;
    }
  }

  const endLine = index.positionAt(Math.max(comment.start, comment.end - 1)).line;
  const suppression: Suppression = {
    file: out.file,
    line: at.line,
    column: at.column,
    directive,
    scope,
    target: scope === 'file' ? 'file' : scope === 'line' ? at.line : nextCodeLine(endLine),
    rules: named ? rules : 'all',
    usable,
  };
  if (reasons.length) suppression.reason = reasons.join('; ');
  if (expires !== undefined) suppression.expires = expires;
  out.suppressions.push(suppression);
}

function isBlank(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' || ch === '\v';
}

function* tokens(text: string, offset: number, pattern: RegExp): Generator<{ text: string; offset: number }> {
  for (const match of text.matchAll(pattern)) yield { text: match[0], offset: offset + match.index };
}

function isDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// ---------------------------------------------------------------------------------------------
// Applying them

export interface ApplySuppressionsOptions {
  /** YYYY-MM-DD; an `expires` date before it has passed. Defaults to today's UTC date. */
  today?: string;
  /** Severity per rule id from the config, for the suppressions' own findings. */
  severities?: Readonly<Record<string, SeverityOrOff>>;
}

interface Tracked {
  suppression: Suppression;
  used: boolean;
  usedRules: Set<string>;
}

/**
 * Remove the findings the suppressions cover and add `invalid-suppression`, `expired-suppression`
 * and `unused-suppression` findings. Expired and unreadable suppressions suppress nothing.
 * Returns the findings in the engine's order.
 */
export function applySuppressions(
  findings: readonly Finding[],
  found: readonly FileSuppressions[],
  options: ApplySuppressionsOptions = {},
): Finding[] {
  if (found.length === 0) return findings.slice();
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const added: Finding[] = [];
  const report = (ruleId: string, file: string, at: Position, message: string) => {
    const severity = ruleSeverity(ruleId, options.severities);
    if (severity === 'off') return;
    added.push({
      ruleId,
      severity,
      file,
      line: at.line,
      column: at.column,
      port: null,
      protocol: null,
      message,
    });
  };

  const active: Tracked[] = [];
  // By `file\0line` and `file\0file`: a finding looks up only the suppressions that can cover it.
  const byTarget = new Map<string, Tracked[]>();
  for (const { file, suppressions, problems } of found) {
    for (const p of problems) report('invalid-suppression', file, p, p.message);
    for (const suppression of suppressions) {
      if (!suppression.usable) continue;
      if (suppression.expires !== undefined && suppression.expires < today) {
        const reason = suppression.reason ? `: ${suppression.reason}` : '';
        report(
          'expired-suppression',
          file,
          suppression,
          suppressionMessage.expired('expired', { date: suppression.expires, reason }),
        );
        continue;
      }
      // Every rule it names is invalid: reported as such, and it suppresses nothing.
      if (suppression.rules !== 'all' && suppression.rules.length === 0) continue;
      const tracked: Tracked = { suppression, used: false, usedRules: new Set() };
      active.push(tracked);
      if (suppression.target === null) continue; // a next-line comment at the end of the file
      const key = targetKey(file, suppression.target);
      const list = byTarget.get(key) ?? [];
      list.push(tracked);
      byTarget.set(key, list);
    }
  }

  const kept = findings.filter((finding) => {
    if (UNSUPPRESSIBLE.has(finding.ruleId)) return true;
    let suppressed = false;
    const candidates = [
      ...(byTarget.get(targetKey(finding.file, finding.line)) ?? []),
      ...(byTarget.get(targetKey(finding.file, 'file')) ?? []),
      ...logicalPortTargets(finding, byTarget),
    ];
    for (const tracked of candidates) {
      const { rules } = tracked.suppression;
      if (rules !== 'all' && !rules.includes(finding.ruleId)) continue;
      tracked.used = true;
      tracked.usedRules.add(finding.ruleId);
      suppressed = true;
    }
    return !suppressed;
  });

  // In a file that could not be read, ports (and so findings) may be missing: no "unused" noise there.
  const unreadable = new Set(findings.filter((f) => f.ruleId === 'parse-error').map((f) => f.file));
  for (const { suppression, used, usedRules } of active) {
    const { file, rules, directive } = suppression;
    if (unreadable.has(file)) continue;
    if (rules === 'all') {
      if (!used) {
        report(
          'unused-suppression',
          file,
          suppression,
          suppressionMessage.unused('suppressesNothing', { directive }),
        );
      }
      continue;
    }
    const unused = rules.filter((id) => !usedRules.has(id));
    if (unused.length) {
      const data = { directive, rules: unused.join(', ') };
      report(
        'unused-suppression',
        file,
        suppression,
        suppressionMessage.unused('rulesSuppressNothing', data),
      );
    }
  }
  return [...kept, ...added].sort(compareFindings);
}

function targetKey(file: string, target: number | 'file'): string {
  return `${file}\0${target}`;
}

/**
 * A finding on a logical port can be suppressed where any of its declarations is written (it is
 * reported once, at the one where the number is chosen); the other half of a clash cannot.
 */
function logicalPortTargets<T>(finding: Finding, byTarget: ReadonlyMap<string, T[]>): T[] {
  const members = finding.declared?.logicalPort?.members ?? [];
  const targets = new Set<T>();
  for (const m of members) {
    if (m.file === finding.file && m.line === finding.line) continue;
    for (const key of [targetKey(m.file, m.line), targetKey(m.file, 'file')])
      for (const t of byTarget.get(key) ?? []) targets.add(t);
  }
  return [...targets];
}
