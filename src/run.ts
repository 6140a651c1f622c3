import fs from 'node:fs';
import type { ScanResult } from './types.js';
import { loadConfig, type FailOn, type PortlintConfig } from './policy/config.js';
import { applyPolicy } from './policy/apply.js';
import { scan } from './scan.js';
import { assertRef, changedFilesSince, checkoutBaseTree, onlyInFiles, onlyNew } from './policy/scope.js';
import { VERSION } from './version.js';
import { ownFields } from './dictionary.js';
import { SEVERITY_RANK } from './finding-order.js';

export type { FailOn };

export interface RunRequest {
  cwd: string;
  paths: string[];
  /** A config file path; when absent `.portlint.yml`/`.portlint.yaml` in cwd is used if present. */
  configPath?: string;
  /** Overrides the config's `fail-on`. */
  failOn?: FailOn;
  /** YYYY-MM-DD for suppression expiry; defaults to today's UTC date (tests pin it). */
  today?: string;
  /** Report only findings in files changed since this git ref (clashes: either half). */
  changedSince?: string;
  /** Report only findings in these files (paths relative to cwd), e.g. a pull request's files. */
  changedFiles?: string[];
  /** Report only findings that the tree at this git ref does not have (by rule, file and port). */
  newFrom?: string;
}

export interface RunOutcome {
  result: ScanResult;
  config: PortlintConfig;
  failOn: FailOn;
  /** Whether a finding reaches `failOn`. */
  failed: boolean;
  version: string;
}

const THRESHOLD: Record<FailOn, number> = { error: 3, warning: 2, notice: 1, never: Infinity };

/** Whether any finding is at least as severe as `failOn`. */
export function reachesFailOn(result: ScanResult, failOn: FailOn): boolean {
  return result.findings.some((f) => SEVERITY_RANK[f.severity] >= THRESHOLD[failOn]);
}

/** Config -> scan -> policy: what both the CLI and the action run. Throws PortlintError on bad config. */
export async function runScan(given: RunRequest): Promise<RunOutcome> {
  // Optional fields are absent, not undefined: read none of them through Object.prototype.
  const request = ownFields(given);
  const config = loadConfig(request.cwd, request.configPath);
  const scanConfigured = (cwd: string) =>
    applyPolicy(
      scan({
        paths: request.paths,
        cwd,
        ruleSeverities: config.ruleSeverities,
        ruleOptions: config.ruleOptions,
        serviceAliases: config.services,
        organisationRegistry: config.registry,
        include: config.include,
        exclude: config.exclude,
        allowedPorts: config.allow.map((entry): [number, number] => [entry.port, entry.endPort]),
        today: request.today,
      }),
      config,
    );
  let result = scanConfigured(request.cwd);
  if (request.newFrom !== undefined)
    result = onlyNew(result, scanBase(request.cwd, request.newFrom, scanConfigured));
  if (request.changedSince !== undefined)
    result = onlyInFiles(result, changedFilesSince(request.cwd, request.changedSince));
  if (request.changedFiles !== undefined) result = onlyInFiles(result, new Set(request.changedFiles));
  const failOn = request.failOn ?? config.failOn ?? 'error';
  return { result, config, failOn, failed: reachesFailOn(result, failOn), version: VERSION };
}

/** Scan the tree at `ref` with the same config and paths, in a temporary folder. */
function scanBase(cwd: string, ref: string, scanAt: (cwd: string) => ScanResult): ScanResult {
  assertRef(cwd, ref);
  const base = checkoutBaseTree(cwd, ref);
  try {
    return scanAt(base.cwd);
  } finally {
    fs.rmSync(base.root, { recursive: true, force: true });
  }
}
