/**
 * GitLab Code Quality report (`artifacts: reports: codequality:`): the subset of the Code Climate
 * issue format GitLab reads. Paths are relative to the repository root, as GitLab resolves them;
 * fingerprints are SARIF's, so a finding keeps its identity when its line moves.
 */
import type { Finding, ScanResult, Severity } from '../types.js';
import { sanitizeTerminal } from './escape.js';
import { findingText, terminalRuleId } from './finding-text.js';
import { uniqueFingerprints } from './fingerprint.js';
import { rebasePath, type ReportBase } from './report-base.js';

/** GitLab's levels are info, minor, major, critical and blocker; mapped as eslint-formatter-gitlab does. */
export type GitlabSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';
const SEVERITY: Readonly<Record<Severity, GitlabSeverity>> = {
  error: 'major',
  warning: 'minor',
  notice: 'info',
};

/** One Code Quality issue. Code Climate's `categories` are left out: GitLab ignores them. */
export interface GitlabIssue {
  type: 'issue';
  description: string;
  check_name: string;
  fingerprint: string;
  severity: GitlabSeverity;
  location: { path: string; lines: { begin: number } };
}

function issue(finding: Finding, fingerprint: string, base: ReportBase | undefined): GitlabIssue {
  return {
    type: 'issue',
    description: sanitizeTerminal(findingText(finding)),
    check_name: terminalRuleId(finding.ruleId),
    fingerprint,
    severity: SEVERITY[finding.severity],
    location: {
      path: rebasePath(finding.file, base).toWellFormed(),
      lines: { begin: Math.max(1, finding.line) },
    },
  };
}

/**
 * The report as a JSON array, one issue per finding in the scan's order. With a `base`, paths are
 * rebased onto its root (the repository root); without one they stay as the findings have them.
 */
export function formatGitlab(result: ScanResult, base?: ReportBase): string {
  const fingerprints = uniqueFingerprints(result.findings, (finding) => rebasePath(finding.file, base));
  const issues = result.findings.map((finding, index) => issue(finding, fingerprints[index]!, base));
  return `${JSON.stringify(issues, null, 2)}\n`;
}
