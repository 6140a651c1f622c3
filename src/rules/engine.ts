import type { ClassifiedPort, Diagnostic, Finding, Severity, SeverityOrOff } from '../types.js';
import type { Registry } from '../registry/registry.js';
import type { ServiceMatcher } from '../classify/match.js';
import { createPortSuggester } from '../classify/suggest.js';
import type { RuleHit } from './types.js';
import { ALL_RULES, ruleSeverity } from './index.js';
import { compareFindings } from './finding-order.js';
import { mergeLogicalPorts } from './logical-merge.js';
import { diagnosticMessage } from './messages.js';
import { suggesterRanges } from './options.js';

export interface EngineInput {
  ports: readonly ClassifiedPort[];
  /** Problems the parsers reported, each with its file. */
  diagnostics: ReadonlyArray<Diagnostic & { file: string }>;
  registry: Registry;
  matcher: ServiceMatcher;
  severities?: Readonly<Record<string, SeverityOrOff>>;
  options?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** The config's allowlist port ranges: suggested ports stay out of them. */
  allowedPorts?: Array<[number, number]>;
}

/** Run every enabled rule over the whole scan, add the parsers' findings, sort and dedupe. */
export function runRules(input: EngineInput): Finding[] {
  const severityOf = (id: string): SeverityOrOff => ruleSeverity(id, input.severities);
  const findings: Finding[] = [];
  const suggest = createPortSuggester({ ...input, ...suggesterRanges(ALL_RULES, input.options) });
  const ownPorts = input.ports.filter((p) => p.role !== 'connect');
  for (const rule of ALL_RULES) {
    const severity = severityOf(rule.id);
    if (!rule.check || severity === 'off') continue;
    const hits = rule.check({
      // Where another service listens (`connect`) is not this one's socket: few rules look at it.
      ports: rule.seesConnectPorts ? input.ports : ownPorts,
      registry: input.registry,
      matcher: input.matcher,
      options: input.options?.[rule.id] ?? {},
    });
    for (const hit of mergeLogicalPorts(hits)) {
      const finding = toFinding(rule.id, severity, hit);
      // A compliant port for the findings that one fixes; a rule's own suggestion wins. One
      // logical port gets one suggestion, the one for where its number is chosen.
      if (finding.suggestion === undefined && hit.declared && rule.suggests) {
        const suggestion = suggest(hit.declared.logicalPort?.primary ?? hit.declared);
        if (suggestion !== undefined) finding.suggestion = suggestion;
      }
      findings.push(finding);
    }
  }
  for (const d of input.diagnostics) {
    const severity = severityOf(d.ruleId);
    if (severity === 'off') continue;
    findings.push({
      ruleId: d.ruleId,
      severity,
      file: d.file,
      line: d.line,
      column: d.column,
      port: d.port ?? null,
      protocol: d.protocol ?? null,
      message: diagnosticMessage(d),
    });
  }
  return sortAndDedupe(findings);
}

function toFinding(ruleId: string, severity: Severity, hit: RuleHit): Finding {
  const finding: Finding = { ruleId, severity, ...hit };
  if (hit.declared === undefined) delete finding.declared;
  return finding;
}

/**
 * One finding per rule, line and message: `"3000:3000"` declares two ports but is one mistake.
 * The first column on the line is kept.
 */
function sortAndDedupe(findings: Finding[]): Finding[] {
  findings.sort(compareFindings);
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}\0${f.file}\0${f.line}\0${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
