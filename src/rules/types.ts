import type { ClassifiedPort, Finding, Severity } from '../types.js';
import type { Registry } from '../registry/registry.js';
import type { ServiceMatcher } from '../classify/match.js';

/** What a rule sees: every classified port of the scan, repo-wide, and the shared lookups. */
export interface RuleContext {
  ports: readonly ClassifiedPort[];
  registry: Registry;
  matcher: ServiceMatcher;
  /** This rule's options from the config (`rules.<id>.options`), already validated. */
  options: Readonly<Record<string, unknown>>;
}

/** A rule's raw result: a finding before the engine applies the configured severity. */
export type RuleHit = Omit<Finding, 'ruleId' | 'severity'>;

export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  /** One sentence: what the rule reports. */
  description: string;
  /** Why it matters, a short paragraph (SARIF fullDescription). */
  rationale: string;
  /** Message templates by id, with `{{name}}` placeholders (src/rules/messages.ts). */
  messages?: Readonly<Record<string, string>>;
}

export interface Rule extends RuleMeta {
  /** Rules that only carry metadata (parse-error, findings the parsers emit) have no check. */
  check?(context: RuleContext): RuleHit[];
}

export type { Finding };
