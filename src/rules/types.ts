import type { ClassifiedPort, Finding, Severity } from '../types.js';
import type { Registry } from '../registry/registry.js';
import type { ServiceMatcher } from '../classify/match.js';
import type { PortSpan } from '../classify/suggest.js';

/** What a rule sees: every classified port of the scan, repo-wide, and the shared lookups. */
export interface RuleContext {
  ports: readonly ClassifiedPort[];
  registry: Registry;
  matcher: ServiceMatcher;
  /** This rule's options as configured (`rules.<id>.options`), already validated; defaults not filled in. */
  options: Readonly<Record<string, unknown>>;
}

/** A rule's raw result: a finding before the engine applies the configured severity. */
export type RuleHit = Omit<Finding, 'ruleId' | 'severity'>;

/**
 * How the port suggester uses an option's value: `avoid` ranges (the default included) are never
 * suggested; `node-port-range` is where ports of role `node` are suggested.
 */
export type SuggesterUse = 'avoid' | 'node-port-range';

/** One `[start, end]` pair of ports, 1 <= start <= end <= 65535. */
export interface PortRangeOption {
  kind: 'port-range';
  default: PortSpan;
  description: string;
  suggester?: SuggesterUse;
}

/** A list of `[start, end]` pairs. */
export interface PortRangesOption {
  kind: 'port-ranges';
  default: readonly PortSpan[];
  description: string;
  suggester?: SuggesterUse;
}

/** The schema of a rule option, which the config reader validates (src/policy/config.ts). */
export type RuleOption = PortRangeOption | PortRangesOption;

export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  /** One sentence: what the rule reports. */
  description: string;
  /** Why it matters, a short paragraph (SARIF fullDescription). */
  rationale: string;
  /** Message templates by id, with `{{name}}` placeholders (src/rules/messages.ts). */
  messages?: Readonly<Record<string, string>>;
  /** Options the rule accepts in the config besides `severity`, by name. */
  options?: Readonly<Record<string, RuleOption>>;
  /** The engine attaches a suggested port to the rule's findings that have none of their own. */
  suggests?: true;
  /** `false`: no inline comment may hide the rule's findings. */
  suppressible?: false;
  /** The rule also sees `connect` ports (where another service listens), not only the scan's own sockets. */
  seesConnectPorts?: true;
}

export interface Rule extends RuleMeta {
  /** Rules that only carry metadata (parse-error, findings the parsers emit) have no check. */
  check?(context: RuleContext): RuleHit[];
}

export type { Finding };
