/**
 * Where a report's paths start. Findings name files relative to the scan's cwd; code scanning and
 * GitLab need them relative to the repository root, whatever folder the scan ran from.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { toReportPath } from '../discover/report-path.js';

/** The folder the findings' paths are relative to, and the root to rebase them onto (both absolute). */
export interface ReportBase {
  cwd: string;
  root: string;
}

/** A finding's path (relative to `cwd`, `/`-separated) relative to `root`; unchanged without a base. */
export function rebasePath(file: string, base: ReportBase | undefined): string {
  if (base === undefined) return file;
  return toReportPath(base.root, path.resolve(base.cwd, file));
}

/** The root as an absolute `file:` URI ending in `/`, as SARIF's `originalUriBaseIds` wants it. */
export function rootUri(base: ReportBase): string {
  const href = pathToFileURL(base.root).href;
  return href.endsWith('/') ? href : `${href}/`;
}
