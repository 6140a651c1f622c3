import type { ScanResult } from '../types.js';
import { loadConfig, type PortlintConfig } from '../policy/config.js';
import { applyPolicy, type PolicyRequest } from '../policy/apply.js';
import { assertOneScope } from '../policy/scope.js';
import type { FailOn } from '../policy/gate.js';
import { scan } from './scan.js';
import { unusablePathsMessage } from '../discover/discover.js';
import { UsageError } from '../errors.js';
import { VERSION } from '../version.js';
import { ownFields } from '../dictionary.js';

/** What the CLI and the action ask for: which paths, which config, and the run's own policy. */
export interface RunRequest extends Omit<PolicyRequest, 'scanAt'> {
  paths: string[];
  /** A config file path; when absent `.portlint.yml`/`.portlint.yaml` in cwd is used if present. */
  configPath?: string;
}

export interface RunOutcome {
  result: ScanResult;
  config: PortlintConfig;
  failOn: FailOn;
  /** Whether a finding reaches `failOn`. */
  failed: boolean;
  version: string;
}

/** Config -> scan -> policy: what both the CLI and the action run. Throws PortlintError on bad config. */
export async function runScan(given: RunRequest): Promise<RunOutcome> {
  // Optional fields are absent, not undefined: read none of them through Object.prototype.
  const request = ownFields(given);
  assertOneScope(request);
  const config = loadConfig(request.cwd, request.configPath);
  const scanAt = (cwd: string) =>
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
    });
  const outcome = applyPolicy(scanAt(request.cwd), config, ownFields({ ...request, scanAt }));
  return { ...outcome, config, version: VERSION };
}

/** The paths a scan is asked for (`.` when none); one UsageError names each that cannot be scanned. */
export function scannablePaths(paths: readonly string[], cwd: string): string[] {
  const wanted = paths.length > 0 ? [...paths] : ['.'];
  const unusable = unusablePathsMessage(wanted, cwd);
  if (unusable !== undefined) throw new UsageError(unusable);
  return wanted;
}
