/**
 * At most MAX_FINDINGS_PER_FILE findings per file, so one hostile file (5 MiB of broken HCL gives
 * ~400k parse errors) cannot blow up memory, time and every report. What is left out is counted in
 * one summary finding per rule, on that rule and at its severity: the gate (fail-on), `rules: off`
 * and the reports treat the summary like the findings it stands for.
 */
import type { Diagnostic, Finding, Severity, SeverityOrOff } from '../types.js';
import { compareFindings, SEVERITY_RANK } from '../rules/finding-order.js';

export const MAX_FINDINGS_PER_FILE = 1000;

/** Findings of one rule left out of one file: how many, and where the first of them is. */
export interface Unreported {
  ruleId: string;
  count: number;
  line: number;
  column: number;
}

/** Unreported findings of one rule while counting; the severity is the most severe left out. */
type Tally = Unreported & { severity?: Severity };

/** Keeps a file's first MAX_FINDINGS_PER_FILE diagnostics (in place) and counts the rest by rule. */
export function capDiagnostics(diagnostics: Diagnostic[]): Unreported[] {
  if (diagnostics.length <= MAX_FINDINGS_PER_FILE) return [];
  const byRule = new Map<string, Tally>();
  for (let i = MAX_FINDINGS_PER_FILE; i < diagnostics.length; i++) tally(byRule, diagnostics[i]!, 1);
  diagnostics.length = MAX_FINDINGS_PER_FILE;
  return [...byRule.values()];
}

/**
 * Keeps the first MAX_FINDINGS_PER_FILE findings of each file (in report order) and adds a summary
 * for what this step and capDiagnostics left out. `findings` must be in report order.
 */
export function capFindingsPerFile(
  findings: readonly Finding[],
  unreportedByFile: ReadonlyMap<string, readonly Unreported[]>,
  severityOf: (ruleId: string) => SeverityOrOff,
): Finding[] {
  const kept: Finding[] = [];
  const perFile = new Map<string, number>();
  const dropped = new Map<string, Map<string, Tally>>();
  const droppedOf = (file: string) => dropped.get(file) ?? dropped.set(file, new Map()).get(file)!;
  for (const finding of findings) {
    const count = perFile.get(finding.file) ?? 0;
    perFile.set(finding.file, count + 1);
    if (count < MAX_FINDINGS_PER_FILE) kept.push(finding);
    else tally(droppedOf(finding.file), finding, 1);
  }
  for (const [file, unreported] of unreportedByFile) {
    for (const u of unreported) {
      const severity = severityOf(u.ruleId);
      if (severity !== 'off') tally(droppedOf(file), { ...u, severity }, u.count);
    }
  }
  if (dropped.size === 0) return kept;
  for (const [file, byRule] of dropped) {
    for (const t of byRule.values()) kept.push(summaryFinding(file, t));
  }
  return kept.sort(compareFindings);
}

function tally(
  byRule: Map<string, Tally>,
  item: { ruleId: string; line: number; column: number; severity?: Severity },
  count: number,
): void {
  const entry = byRule.get(item.ruleId);
  if (!entry) {
    byRule.set(item.ruleId, {
      ruleId: item.ruleId,
      count,
      line: item.line,
      column: item.column,
      severity: item.severity,
    });
    return;
  }
  entry.count += count;
  if (item.line < entry.line || (item.line === entry.line && item.column < entry.column)) {
    entry.line = item.line;
    entry.column = item.column;
  }
  if (item.severity && (!entry.severity || SEVERITY_RANK[item.severity] > SEVERITY_RANK[entry.severity])) {
    entry.severity = item.severity;
  }
}

function summaryFinding(file: string, t: Tally): Finding {
  return {
    ruleId: t.ruleId,
    severity: t.severity ?? 'error',
    file,
    line: t.line,
    column: t.column,
    port: null,
    protocol: null,
    message:
      `${t.count} more ${t.ruleId} ${t.count === 1 ? 'finding' : 'findings'} in this file were not reported ` +
      `(portlint reports at most ${MAX_FINDINGS_PER_FILE} per file)`,
  };
}
