import type { ClassifiedPort, Finding, Position, Protocol, Severity } from '../types.js';
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

/** A rule's raw result; severity is applied from the config by the engine. */
export interface RuleHit extends Position {
  file: string;
  port: number | null;
  protocol: Protocol | null;
  message: string;
  suggestion?: number;
  declared?: ClassifiedPort;
  /** The other half of a clash (duplicate-port), so changed-only mode keeps it when either file changed. */
  related?: Position & { file: string };
}

export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  /** One sentence: what the rule reports. */
  description: string;
  /** Why it matters, a short paragraph (SARIF fullDescription). */
  rationale: string;
}

export interface Rule extends RuleMeta {
  /** Rules that only carry metadata (parse-error, findings the parsers emit) have no check. */
  check?(context: RuleContext): RuleHit[];
}

export type { Finding };
