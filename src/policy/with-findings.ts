import type { Finding, ScanResult, Severity } from '../types.js';

/** The same scan with another set of findings, its severity counts recomputed. */
export function withFindings(result: ScanResult, findings: Finding[]): ScanResult {
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  return {
    ...result,
    findings,
    summary: {
      ...result.summary,
      errors: count('error'),
      warnings: count('warning'),
      notices: count('notice'),
    },
  };
}
