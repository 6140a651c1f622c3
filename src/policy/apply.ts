/**
 * Policy, applied once after the rules, in this order (each step sees what the one before kept):
 * inline suppressions -> unauthorized uses folded into the verdict on their port -> the per-file cap
 * -> `valueFrom` of files a parser read -> the allowlist -> scope (new-only, then changed-only) -> the
 * gate (`fail-on`). Suppressions come before the fold so that a comment naming unauthorized-use still
 * has a finding to suppress.
 */
import fs from 'node:fs';
import type { Finding, ScanResult, SeverityOrOff } from '../types.js';
import { withFindings } from './with-findings.js';
import { capFindingsPerFile, type Unreported } from './per-file-cap.js';
import { foldUnauthorizedUse } from '../rules/logical-merge.js';
import { ruleSeverity } from '../rules/index.js';
import { applySuppressions, type FileSuppressions } from './suppressions.js';
import { globMatcher } from '../discover/glob.js';
import type { AllowEntry, PortlintConfig } from './config.js';
import { onlyInFiles, onlyNew } from './scope.js';
import { changedFilesSince, checkoutBaseTree } from './git.js';
import { DEFAULT_FAIL_ON, reachesFailOn, type FailOn } from './gate.js';

/** What scan() hands to policy: the rules' findings, and what the parsers found beside them. */
export interface RawScan {
  /** Files, ports and the rules' findings (severities from the config), before any policy. */
  result: ScanResult;
  /** Inline `portlint-disable` comments, per file. */
  suppressions: readonly FileSuppressions[];
  /** Diagnostics the per-file cap left out while parsing, by file. */
  unreported: ReadonlyMap<string, readonly Unreported[]>;
  /** Other files each parser read (a `.env`, a `variables.tf`), by file. */
  reads: ReadonlyMap<string, string[]>;
}

/** The run's own policy settings, beside the config's. */
export interface PolicyRequest {
  /** The working directory: report paths are relative to it, and git runs in it. */
  cwd: string;
  /** YYYY-MM-DD for suppression expiry; defaults to today's UTC date (tests pin it). */
  today?: string;
  /** Overrides the config's `fail-on`. */
  failOn?: FailOn;
  /** Report only findings in files changed since this git ref (clashes: either half). */
  changedSince?: string;
  /** Report only findings in these files (paths relative to cwd), e.g. a pull request's files. */
  changedFiles?: string[];
  /** Report only findings that the tree at this git ref does not have (by rule, file and port). */
  newFrom?: string;
  /** Scans another folder with the same settings: the base tree, for newFrom. */
  scanAt?: (cwd: string) => RawScan;
}

/** The findings to report (in `result`, counts recomputed) and whether they fail the run. */
export interface PolicyOutcome {
  result: ScanResult;
  failOn: FailOn;
  failed: boolean;
}

/** Applies the config and the request to a raw scan: what the CLI and the action report. */
export function applyPolicy(raw: RawScan, config: PortlintConfig, request: PolicyRequest): PolicyOutcome {
  let result = applyConfig(raw, config, request.today);
  if (request.newFrom !== undefined) {
    const base = scanBase(request, request.newFrom);
    result = onlyNew(result, applyConfig(base, config, request.today));
  }
  if (request.changedSince !== undefined)
    result = onlyInFiles(result, changedFilesSince(request.cwd, request.changedSince));
  if (request.changedFiles !== undefined) result = onlyInFiles(result, new Set(request.changedFiles));
  const failOn = request.failOn ?? config.failOn ?? DEFAULT_FAIL_ON;
  return { result, failOn, failed: reachesFailOn(result, failOn) };
}

/** Everything but scope and the gate: what a tree reports under this config. */
function applyConfig(raw: RawScan, config: PortlintConfig, today: string | undefined): ScanResult {
  const severities = config.ruleSeverities;
  const suppressed = applySuppressions(raw.result.findings, raw.suppressions, { today, severities });
  const severityOf = (id: string): SeverityOrOff => ruleSeverity(id, severities);
  const findings = capFindingsPerFile(foldUnauthorizedUse(suppressed), raw.unreported, severityOf);
  // A parse problem (an invalid `${WEB}`) may come from a file the parser read besides its own.
  for (const finding of findings) {
    const sources = finding.declared === undefined ? raw.reads.get(finding.file) : undefined;
    if (sources) finding.valueFrom = sources;
  }
  return withFindings(raw.result, allowed(findings, config.allow));
}

/** Scans the tree at `ref` with the same config and paths, in a temporary folder. */
function scanBase(request: PolicyRequest, ref: string): RawScan {
  if (!request.scanAt) throw new Error('applyPolicy: newFrom needs scanAt');
  const base = checkoutBaseTree(request.cwd, ref);
  try {
    return request.scanAt(base.cwd);
  } finally {
    fs.rmSync(base.root, { recursive: true, force: true });
  }
}

/** The findings the allowlist does not accept. */
function allowed(findings: Finding[], allow: readonly AllowEntry[]): Finding[] {
  if (allow.length === 0) return findings;
  const matchers = allow.map((entry) => ({
    entry,
    path: entry.paths ? globMatcher(entry.paths) : undefined,
  }));
  return findings.filter((finding) => !matchers.some(({ entry, path }) => allows(entry, path, finding)));
}

function allows(entry: AllowEntry, path: ((p: string) => boolean) | undefined, finding: Finding): boolean {
  if (finding.port === null || finding.port < entry.port || finding.port > entry.endPort) return false;
  if (entry.protocol && finding.protocol !== entry.protocol) return false;
  if (entry.rules && !entry.rules.includes(finding.ruleId)) return false;
  if (path && !path(finding.file)) return false;
  if (entry.services) {
    const context = finding.declared?.context;
    const names = [context?.service, context?.container, context?.name]
      .filter(Boolean)
      .map((n) => n!.toLowerCase());
    if (!entry.services.some((s) => names.includes(s.toLowerCase()))) return false;
  }
  return true;
}
