import type { Finding, ScanResult } from '../types.js';
import { UsageError } from '../errors.js';
import { withFindings } from './with-findings.js';

/**
 * Changed-only and new-only modes for large repositories. The whole repository is always scanned
 * (so duplicates are found against all of it); only the findings reported are narrowed.
 */

/**
 * Keep findings in changed files, findings with a related location (the rest of a logical port, the
 * other half of a clash) in one, and findings whose value is read from one (`${WEB}` in an unchanged compose.yaml when the `.env` changed).
 */
export function onlyInFiles(result: ScanResult, files: ReadonlySet<string>): ScanResult {
  const sourcesAt = new Map<string, readonly string[]>();
  for (const port of result.ports) {
    if (port.valueFrom) sourcesAt.set(`${port.file}:${port.line}:${port.column}`, port.valueFrom);
  }
  const touches = (sources: readonly string[] | undefined) =>
    sources?.some((file) => files.has(file)) === true;
  return withFindings(
    result,
    result.findings.filter(
      (f) =>
        files.has(f.file) ||
        touches(f.valueFrom ?? f.declared?.valueFrom) ||
        (f.relatedLocations ?? []).some(
          (r) => files.has(r.file) || touches(sourcesAt.get(`${r.file}:${r.line}:${r.column}`)),
        ),
    ),
  );
}

/** Rule, file, port and protocol: what stays the same when lines move. */
function identity(f: Finding): string {
  return `${f.ruleId}\0${f.file}\0${f.port ?? ''}\0${f.protocol ?? ''}`;
}

/**
 * Keep the findings that the base does not have, compared by rule, file and port (not line), as
 * multisets: a second identical finding in a file is new even when the first one is old.
 */
export function onlyNew(head: ScanResult, base: ScanResult): ScanResult {
  const remaining = new Map<string, number>();
  for (const f of base.findings) remaining.set(identity(f), (remaining.get(identity(f)) ?? 0) + 1);
  const fresh = head.findings.filter((f) => {
    const left = remaining.get(identity(f)) ?? 0;
    if (left > 0) {
      remaining.set(identity(f), left - 1);
      return false;
    }
    return true;
  });
  return withFindings(head, fresh);
}

/**
 * Refuses `changedSince` with `newFrom`: each picks the findings to report its own way, and
 * together one would silently narrow the other. The CLI and runScan say it in these words.
 */
export function assertOneScope(request: { changedSince?: string; newFrom?: string }): void {
  if (request.changedSince === undefined || request.newFrom === undefined) return;
  throw new UsageError(
    '--changed-since and --new-from cannot be used together: they pick the findings to report two different ways ' +
      '(those in files changed since a ref, or those the tree at a ref does not have); use one',
  );
}
