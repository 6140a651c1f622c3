/** The gate: `fail-on`, its values and default, defined once for the config, the CLI and the action. */
import type { Finding } from '../types.js';
import { SEVERITY_RANK } from '../rules/finding-order.js';

export const FAIL_ON_VALUES = ['error', 'warning', 'notice', 'never'] as const;
/** The lowest severity that fails a run, or `never`. */
export type FailOn = (typeof FAIL_ON_VALUES)[number];
/** When neither the run nor the config sets `fail-on`. */
export const DEFAULT_FAIL_ON: FailOn = 'error';

/** Whether any finding is at least as severe as `failOn` (`never`: none is). */
export function reachesFailOn(result: { readonly findings: readonly Finding[] }, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const threshold = SEVERITY_RANK[failOn];
  return result.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold);
}
