import type { ScanResult, Severity } from './types.js';
import { loadConfig, type FailOn, type PortlintConfig } from './policy/config.js';
import { applyPolicy } from './policy/apply.js';
import { scan } from './scan.js';
import { VERSION } from './version.js';

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
}

export interface RunOutcome {
  result: ScanResult;
  config: PortlintConfig;
  failOn: FailOn;
  /** Whether a finding reaches `failOn`. */
  failed: boolean;
  version: string;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };
const THRESHOLD: Record<FailOn, number> = { error: 3, warning: 2, notice: 1, never: Infinity };

/** Whether any finding is at least as severe as `failOn`. */
export function reachesFailOn(result: ScanResult, failOn: FailOn): boolean {
  return result.findings.some((f) => RANK[f.severity] >= THRESHOLD[failOn]);
}

/** Config -> scan -> policy: what both the CLI and the action run. Throws PortlintError on bad config. */
export async function runScan(request: RunRequest): Promise<RunOutcome> {
  const config = loadConfig(request.cwd, request.configPath);
  const raw = scan({
    paths: request.paths,
    cwd: request.cwd,
    ruleSeverities: config.ruleSeverities,
    ruleOptions: config.ruleOptions,
    serviceAliases: config.services,
    include: config.include,
    exclude: config.exclude,
    today: request.today,
  });
  const result = applyPolicy(raw, config);
  const failOn = request.failOn ?? config.failOn ?? 'error';
  return { result, config, failOn, failed: reachesFailOn(result, failOn), version: VERSION };
}
