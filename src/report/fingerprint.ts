/**
 * Fingerprints that survive line moves, so code scanning (SARIF) and GitLab's Code Quality widget
 * keep tracking the same finding across commits.
 */
import { createHash } from 'node:crypto';
import type { Finding, PortContext } from '../types.js';

/** JSON with object keys sorted, so the same data always hashes the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Identity of a finding without its position: rule, file, port, protocol, role and context.
 * Moving a line keeps it; changing what is declared changes it. `file` is the path the report
 * names the file by (relative to the repository root), so the scan's cwd does not change it.
 */
export function findingFingerprint(finding: Finding, file: string = finding.file): string {
  const declared = finding.declared;
  const identity: Record<string, unknown> = {
    rule: finding.ruleId,
    file,
    port: finding.port,
    endPort: declared?.endPort ?? null,
    protocol: finding.protocol,
    role: declared?.role ?? null,
    context: (declared?.context ?? {}) satisfies PortContext,
  };
  // An unresolved port is known by its variable. Findings without a declaration (parse errors,
  // skipped files) keep rule, file, port and protocol only: their message may carry positions.
  if (declared !== undefined && declared.port === null) identity['raw'] = declared.raw;
  return createHash('sha256').update(canonicalJson(identity)).digest('hex');
}

/**
 * The fingerprint of each finding, in order, unique within the report: the second and later
 * findings with one identity get `:2`, `:3`, ... in the order the scan reports them.
 */
export function uniqueFingerprints(
  findings: readonly Finding[],
  fileOf: (finding: Finding) => string = (finding) => finding.file,
): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const hash = findingFingerprint(finding, fileOf(finding));
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return occurrence === 1 ? hash : `${hash}:${occurrence}`;
  });
}
