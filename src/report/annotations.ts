/**
 * Which findings become GitHub annotations, in which order, within GitHub's caps.
 *
 * GitHub keeps at most 10 error, 10 warning and 10 notice annotations per step (50 per job) and
 * silently drops the rest, so the plan puts errors first, findings on lines the pull request
 * changed before the others, and makes the last annotation of each kind say how many were left out.
 */
import type { Finding, Severity } from '../types.js';
import { sanitizeTerminal } from './escape.js';
import { clip } from './clip.js';
import { findingText, terminalRuleId } from './finding-text.js';
import { compareFindings } from '../rules/finding-order.js';

export type AnnotationLevel = Severity;

/** One annotation, ready to be written as a workflow command. Text is not yet escaped. */
export interface Annotation {
  level: AnnotationLevel;
  file: string;
  line: number;
  column: number;
  title: string;
  message: string;
}

export interface AnnotationCaps {
  error: number;
  warning: number;
  notice: number;
  /** Across all levels (GitHub: 50 per job). */
  total: number;
}

/** GitHub's documented limits per step (errors, warnings, notices) and per job (total). */
export const GITHUB_ANNOTATION_CAPS: Readonly<AnnotationCaps> = Object.freeze({
  error: 10,
  warning: 10,
  notice: 10,
  total: 50,
});

/**
 * The caps left for findings when the step's own messages are annotations too and count against
 * the same caps: room for the failure reason (an error) when the step will fail, and for the
 * warnings already issued plus one later warning (comment or summary trouble).
 */
export function capsLeftForFindings(willFail: boolean, warningsIssued: number): Partial<AnnotationCaps> {
  return {
    error: Math.max(0, GITHUB_ANNOTATION_CAPS.error - (willFail ? 1 : 0)),
    warning: Math.max(0, GITHUB_ANNOTATION_CAPS.warning - warningsIssued - 1),
  };
}

/**
 * Lines a pull request added or changed, per file path (relative to the repository root).
 * `'all'` means the whole file counts as changed (a new file, or one whose diff GitHub omits).
 */
export type ChangedLines = ReadonlyMap<string, ReadonlySet<number> | 'all'>;

export interface AnnotationPlanOptions {
  /** Findings on these lines come first within their level. */
  changedLines?: ChangedLines;
  caps?: Partial<AnnotationCaps>;
  /** Where the left-out findings can be read, e.g. `the job summary and the SARIF report`. */
  moreAt?: string;
}

/** Longest path an annotation names: no real path is longer (Linux's PATH_MAX). */
const MAX_ANNOTATION_PATH = 4096;

/** Where the CLI's own report can be read; the action passes its job summary / SARIF instead. */
const DEFAULT_MORE_AT = 'the full report (`portlint --format text`)';

const LEVELS: readonly AnnotationLevel[] = ['error', 'warning', 'notice'];
const PLURAL: Record<AnnotationLevel, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  notice: ['notice', 'notices'],
};

/** `portlint: <ruleId>`, the annotation title. */
export function annotationTitle(ruleId: string): string {
  return `portlint: ${ruleId}`;
}

/** 0: on a changed line, 1: in a changed file, 2: elsewhere (or no pull request). */
function changeTier(finding: Finding, changed: ChangedLines | undefined): number {
  const lines = changed?.get(finding.file);
  if (lines === undefined) return 2;
  if (lines === 'all' || lines.has(finding.line)) return 0;
  return 1;
}

function count(n: number, level: AnnotationLevel): string {
  return `${n} ${PLURAL[level][n === 1 ? 0 : 1]}`;
}

function overflowNote(level: AnnotationLevel, omitted: number, moreAt: string): string {
  return (
    `(+${count(omitted, level)} not shown as annotations: GitHub keeps ${GITHUB_ANNOTATION_CAPS[level]} per step. ` +
    `See ${moreAt} for every finding.)`
  );
}

/**
 * Orders findings (errors, warnings, notices; changed lines first; then by path and position),
 * keeps as many per level as the caps allow and notes the rest on the last annotation of that level.
 */
export function planAnnotations(
  findings: readonly Finding[],
  options: AnnotationPlanOptions = {},
): Annotation[] {
  const caps: AnnotationCaps = { ...GITHUB_ANNOTATION_CAPS, ...options.caps };
  const moreAt = options.moreAt ?? DEFAULT_MORE_AT;
  const plan: Annotation[] = [];
  const omittedByLevel = new Map<AnnotationLevel, number>();
  let budget = Math.max(0, caps.total);

  for (const level of LEVELS) {
    const ofLevel = findings
      .filter((f) => f.severity === level)
      .map((finding) => ({ finding, tier: changeTier(finding, options.changedLines) }))
      .sort((a, b) => a.tier - b.tier || compareFindings(a.finding, b.finding));
    const keep = Math.min(ofLevel.length, Math.max(0, caps[level]), budget);
    budget -= keep;
    for (const { finding } of ofLevel.slice(0, keep)) plan.push(toAnnotation(finding));
    if (ofLevel.length > keep) omittedByLevel.set(level, ofLevel.length - keep);
  }

  for (const [level, omitted] of omittedByLevel) {
    const target = findLast(plan, (a) => a.level === level) ?? plan[plan.length - 1];
    if (target === undefined) continue;
    target.message += `\n${overflowNote(level, omitted, moreAt)}`;
  }
  return plan;
}

function findLast<T>(items: T[], predicate: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    if (predicate(item)) return item;
  }
  return undefined;
}

/** The finding's message with its suggested port, as the other reporters print it. */
export { findingText };

function toAnnotation(finding: Finding): Annotation {
  // Control characters (ANSI escapes, CR, LF) from manifests become visible escapes; the note
  // appended later may add a real line break, which the workflow command encoding keeps. Fields are
  // cut first: GitHub truncates annotations anyway, and megabytes of text would only fill the log.
  return {
    level: finding.severity,
    file: sanitizeTerminal(clip(finding.file, MAX_ANNOTATION_PATH)),
    line: Math.max(1, finding.line),
    column: Math.max(1, finding.column),
    title: annotationTitle(terminalRuleId(finding.ruleId)),
    message: sanitizeTerminal(findingText(finding)),
  };
}
