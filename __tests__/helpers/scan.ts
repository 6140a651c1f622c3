import type { ScanResult } from '../../src/types.js';
import type { ScanOptions } from '../../src/pipeline/scan-options.js';
import { scan } from '../../src/pipeline/scan.js';
import { applyPolicy } from '../../src/policy/apply.js';
import { emptyConfig } from '../../src/policy/config.js';

/**
 * scan() and then the policy runScan applies (suppressions, per-file cap, ...) with no config file:
 * the findings a repository reports, for tests that pass scan options a config file cannot.
 */
export function scanWithPolicy(options: ScanOptions & { today?: string }): ScanResult {
  const { today, ...scanOptions } = options;
  const config = emptyConfig();
  if (options.ruleSeverities) Object.assign(config.ruleSeverities, options.ruleSeverities);
  const request = today === undefined ? { cwd: options.cwd } : { cwd: options.cwd, today };
  return applyPolicy(scan(scanOptions), config, request).result;
}
