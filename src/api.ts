/**
 * The package's programmatic entry (`import { scan } from 'portlint'`): the CLI's scan without a
 * subprocess, for editors, bots and other linters. What it returns is the `--format json` report.
 */
import path from 'node:path';
import { runScan, scannablePaths } from './pipeline/run.js';
import { toJsonReport, type JsonReport } from './report/json.js';
import { ownFields } from './dictionary.js';

export { PortlintError } from './errors.js';
export type {
  JsonReport as PortlintReport,
  JsonFinding as ReportFinding,
  JsonPort as ReportPort,
} from './report/json.js';
export type { PortContext } from './types.js';

/** What `scan()` accepts; every field is optional, as on the command line. */
export interface ScanOptions {
  /** The folder paths are relative to, the config is looked up in, and report paths are relative to. Default `process.cwd()`. */
  cwd?: string;
  /** A config file; default `.portlint.yml` or `.portlint.yaml` in `cwd` when present. */
  config?: string;
  /** Report only findings in files changed since this git ref (`--changed-since`). */
  changedSince?: string;
  /** Report only findings the tree at this git ref does not have (`--new-from`). */
  newFrom?: string;
}

/**
 * Scan `paths` (default the whole of `cwd`) and return the JSON report (schema 1), exactly what
 * `portlint --format json` prints. Rejects with a `PortlintError` on a bad config, a missing path or
 * a git failure; a malformed manifest is a finding, never a rejection.
 */
export async function scan(paths: readonly string[] = ['.'], options: ScanOptions = {}): Promise<JsonReport> {
  const given = ownFields({ ...options });
  const cwd = path.resolve(given.cwd ?? process.cwd());
  const wanted = scannablePaths(paths, cwd);
  const outcome = await runScan(
    ownFields({
      cwd,
      paths: wanted,
      configPath: given.config,
      changedSince: given.changedSince,
      newFrom: given.newFrom,
    }),
  );
  return toJsonReport(outcome.result, outcome.version);
}
