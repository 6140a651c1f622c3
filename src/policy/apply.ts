import type { Finding, ScanResult } from '../types.js';
import { withFindings } from '../with-findings.js';
import { globMatcher } from './glob.js';
import type { AllowEntry, PortlintConfig } from './config.js';

/** Drop findings that the config's allowlist accepts, then recount. */
export function applyPolicy(result: ScanResult, config: PortlintConfig): ScanResult {
  if (config.allow.length === 0) return result;
  const matchers = config.allow.map((entry) => ({
    entry,
    path: entry.paths ? globMatcher(entry.paths) : undefined,
  }));
  const findings = result.findings.filter(
    (finding) => !matchers.some(({ entry, path }) => allows(entry, path, finding)),
  );
  return withFindings(result, findings);
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
