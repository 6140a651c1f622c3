/**
 * reviewdog's Diagnostic Format as one JSON document (rdjson, a `DiagnosticResult`), for
 * `reviewdog -f=rdjson`. Paths stay relative to the scan's cwd: reviewdog resolves them from the
 * folder it runs in, which is where portlint ran.
 *
 * Columns: rdjson counts UTF-8 bytes, portlint counts UTF-16 code units (as SARIF's
 * `utf16CodeUnits`). They are written unconverted, since converting needs the line's text, which
 * the findings do not carry. A column differs only on a line with non-ASCII text before the port
 * (`é` counts 1 here, 2 in UTF-8); the line, by which review comments are placed, is exact.
 */
import type { Finding, RelatedLocation, ScanResult, Severity } from '../types.js';
import { sanitizeTerminal } from './escape.js';
import { clip, FIELD_LIMITS } from './clip.js';
import { findingText, terminalRuleId } from './finding-text.js';
import { ruleDocsUrl } from '../rules/docs.js';
import { MAX_RELATED_LOCATIONS } from '../rules/logical-merge.js';
import { TOOL_INFORMATION_URI } from './sarif.js';

export type RdjsonSeverity = 'ERROR' | 'WARNING' | 'INFO';
const SEVERITY: Readonly<Record<Severity, RdjsonSeverity>> = {
  error: 'ERROR',
  warning: 'WARNING',
  notice: 'INFO',
};

/** A file and the 1-based start of a range in it. */
export interface RdjsonLocation {
  path: string;
  range: { start: { line: number; column: number } };
}

export interface RdjsonDiagnostic {
  message: string;
  location: RdjsonLocation;
  severity: RdjsonSeverity;
  code: { value: string; url: string };
  related_locations?: Array<{ message: string; location: RdjsonLocation }>;
}

export interface RdjsonResult {
  source: { name: string; url: string };
  diagnostics: RdjsonDiagnostic[];
}

function location(file: string, line: number, column: number): RdjsonLocation {
  return {
    path: file.toWellFormed(),
    range: { start: { line: Math.max(1, line), column: Math.max(1, column) } },
  };
}

function relatedLocation(related: RelatedLocation): { message: string; location: RdjsonLocation } {
  return {
    message: sanitizeTerminal(clip(related.message, FIELD_LIMITS.message)),
    location: location(related.file, related.line, related.column),
  };
}

function diagnostic(finding: Finding): RdjsonDiagnostic {
  const related = (finding.relatedLocations ?? []).slice(0, MAX_RELATED_LOCATIONS);
  return {
    message: sanitizeTerminal(findingText(finding)),
    location: location(finding.file, finding.line, finding.column),
    severity: SEVERITY[finding.severity],
    code: { value: terminalRuleId(finding.ruleId), url: ruleDocsUrl(finding.ruleId) },
    ...(related.length ? { related_locations: related.map(relatedLocation) } : {}),
  };
}

/** The findings as an rdjson `DiagnosticResult`, in the scan's order. */
export function formatRdjson(result: ScanResult): string {
  const report: RdjsonResult = {
    source: { name: 'portlint', url: TOOL_INFORMATION_URI },
    diagnostics: result.findings.map(diagnostic),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
