/**
 * SARIF 2.1.0 for GitHub code scanning: one rule entry per rule id with its help text (GitHub shows
 * `help`, not `helpUri`), results with a physical location, and fingerprints that survive line moves
 * so code scanning keeps tracking the same finding across commits.
 */
import { createHash } from 'node:crypto';
import type { Finding, PortContext, Severity } from '../types.js';
import type { RuleMeta } from '../rules/types.js';
import type { ScanResult } from '../types.js';
import { ALL_RULES } from '../rules/index.js';
import { sanitizeTerminal } from './escape.js';
import { clip, FIELD_LIMITS } from './clip.js';
import { MAX_RELATED_LOCATIONS } from '../rules/logical-merge.js';

/** Rule documentation lives here; helpUri is this plus `<id>.md`. */
import { ruleDocsUrl } from '../rules/docs.js';
import { findingText } from './finding-text.js';
export { RULE_DOCS_BASE_URL } from '../rules/docs.js';
export const TOOL_INFORMATION_URI = 'https://github.com/portlint/portlint';
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Key under `partialFingerprints`; bump the suffix if the hashed fields ever change. */
export const FINGERPRINT_KEY = 'portlintFinding/v1';
const DEFAULT_CATEGORY = 'portlint/';

export interface SarifOptions {
  version: string;
  /** `runAutomationDetails.id`; a trailing `/` is added when missing. Default `portlint/`. */
  category?: string;
  /** Rule metadata; default every rule portlint has. */
  rules?: readonly RuleMeta[];
}

type SarifLevel = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', notice: 'note' };

/** Documentation URL of a rule. */
export function ruleHelpUri(ruleId: string): string {
  return ruleDocsUrl(ruleId);
}

/**
 * Plain SARIF message text: no control characters, and `[`/`]` escaped so that text from a
 * manifest cannot form a SARIF embedded link (`[text](n)`).
 */
function sarifText(text: string): string {
  return sanitizeTerminal(text).replace(/[[\]]/g, (c) => `\\${c}`);
}

/** A repository-relative path as a URI reference: each segment percent-encoded. */
function pathToUri(file: string): string {
  return file.toWellFormed().replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}

/** JSON with object keys sorted, so the same data always hashes the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Identity of a finding without its position: rule, file, port, protocol, role and context.
 * Moving a line keeps it; changing what is declared changes it.
 */
export function findingFingerprint(finding: Finding): string {
  const declared = finding.declared;
  const identity: Record<string, unknown> = {
    rule: finding.ruleId,
    file: finding.file,
    port: finding.port,
    endPort: declared?.endPort ?? null,
    protocol: finding.protocol,
    role: declared?.role ?? null,
    context: (declared?.context ?? {}) satisfies PortContext,
  };
  // An unresolved port is known by its variable. Findings without a declaration (parse errors,
  // skipped files) keep rule, file, port and protocol only: their message may carry positions.
  if (declared !== undefined && declared.port === null) identity['raw'] = declared.raw;
  return createHash('sha256').update(canonicalJson(identity)).digest('hex');
}

function physicalLocation(file: string, line: number, column: number): Record<string, unknown> {
  return {
    artifactLocation: { uri: pathToUri(file), uriBaseId: '%SRCROOT%' },
    region: { startLine: Math.max(1, line), startColumn: Math.max(1, column) },
  };
}

/** The rest of a logical port, or the other half of a clash: SARIF `relatedLocations` with ids 1, 2, ... */
function relatedLocations(finding: Finding): { relatedLocations?: Array<Record<string, unknown>> } {
  const related = (finding.relatedLocations ?? []).slice(0, MAX_RELATED_LOCATIONS);
  if (related.length === 0) return {};
  return {
    relatedLocations: related.map((r, index) => ({
      id: index + 1,
      physicalLocation: physicalLocation(r.file, r.line, r.column),
      message: { text: sarifText(clip(r.message, FIELD_LIMITS.message)) },
    })),
  };
}

function ruleHelpMarkdown(rule: RuleMeta): string {
  return `**${rule.id}**: ${rule.description}\n\n${rule.rationale}\n\n[Rule documentation](${ruleHelpUri(rule.id)})`;
}

function sarifRule(rule: RuleMeta): Record<string, unknown> {
  return {
    id: rule.id,
    name: rule.id
      .split('-')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(''),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.rationale },
    help: { text: `${rule.description}\n\n${rule.rationale}`, markdown: ruleHelpMarkdown(rule) },
    helpUri: ruleHelpUri(rule.id),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: { tags: ['ports', 'networking', 'iana'] },
  };
}

/** Metadata for a rule id that no rule declares (should not happen; keeps the log valid). */
function unknownRule(id: string, severity: Severity): RuleMeta {
  return {
    id,
    defaultSeverity: severity,
    description: `portlint rule ${id}.`,
    rationale: `See ${ruleHelpUri(id)}.`,
  };
}

function normaliseCategory(category: string | undefined): string {
  const id = (category ?? DEFAULT_CATEGORY).trim() || DEFAULT_CATEGORY;
  return id.endsWith('/') ? id : `${id}/`;
}

/**
 * A SARIF 2.1.0 log of one run. Rules are every known rule plus any id a finding uses; results
 * keep the scan's order; identical fingerprints get `:2`, `:3`, ... so each result stays distinct.
 */
export function formatSarif(result: ScanResult, options: SarifOptions): string {
  const known = [...(options.rules ?? ALL_RULES)];
  const ids = new Set(known.map((r) => r.id));
  for (const finding of result.findings) {
    if (!ids.has(finding.ruleId)) {
      known.push(unknownRule(finding.ruleId, finding.severity));
      ids.add(finding.ruleId);
    }
  }
  const rules = known.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));

  const seen = new Map<string, number>();
  const results = result.findings.map((finding) => {
    const hash = findingFingerprint(finding);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return {
      ruleId: finding.ruleId,
      ruleIndex: ruleIndex.get(finding.ruleId),
      level: LEVEL[finding.severity],
      message: { text: sarifText(findingText(finding)) },
      locations: [{ physicalLocation: physicalLocation(finding.file, finding.line, finding.column) }],
      ...relatedLocations(finding),
      partialFingerprints: { [FINGERPRINT_KEY]: occurrence === 1 ? hash : `${hash}:${occurrence}` },
      ...(finding.port !== null || finding.protocol !== null
        ? {
            properties: {
              port: finding.port,
              protocol: finding.protocol,
              ...(finding.suggestion !== undefined ? { suggestion: finding.suggestion } : {}),
            },
          }
        : {}),
    };
  });

  // A version read back from a fork's report may be megabytes long.
  const version = clip(options.version, FIELD_LIMITS.version);
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'portlint',
            version,
            semanticVersion: version,
            informationUri: TOOL_INFORMATION_URI,
            rules: rules.map(sarifRule),
          },
        },
        automationDetails: { id: normaliseCategory(options.category) },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
