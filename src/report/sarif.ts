/**
 * SARIF 2.1.0 for GitHub code scanning: one rule entry per rule id with its help text (GitHub shows
 * `help`, not `helpUri`), results with a physical location, and fingerprints that survive line moves
 * so code scanning keeps tracking the same finding across commits.
 */
import type { Finding, Severity } from '../types.js';
import type { RuleMeta } from '../rules/types.js';
import type { ScanResult } from '../types.js';
import { ALL_RULES } from '../rules/index.js';
import { sanitizeTerminal } from './escape.js';
import { clip, FIELD_LIMITS } from './clip.js';
import { MAX_RELATED_LOCATIONS } from '../rules/logical-merge.js';

/** Rule documentation lives here; helpUri is this plus `<id>.md`. */
import { ruleDocsUrl } from '../rules/docs.js';
import { findingText } from './finding-text.js';
import { uniqueFingerprints } from './fingerprint.js';
import { rebasePath, rootUri, type ReportBase } from './report-base.js';
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
  /** Rebases paths onto the repository root and names it in `originalUriBaseIds`; else paths stay as they are. */
  base?: ReportBase;
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

const SRCROOT = '%SRCROOT%';

function physicalLocation(file: string, line: number, column: number): Record<string, unknown> {
  return {
    artifactLocation: { uri: pathToUri(file), uriBaseId: SRCROOT },
    region: { startLine: Math.max(1, line), startColumn: Math.max(1, column) },
  };
}

/** The rest of a logical port, or the other half of a clash: SARIF `relatedLocations` with ids 1, 2, ... */
function relatedLocations(
  finding: Finding,
  base: ReportBase | undefined,
): { relatedLocations?: Array<Record<string, unknown>> } {
  const related = (finding.relatedLocations ?? []).slice(0, MAX_RELATED_LOCATIONS);
  if (related.length === 0) return {};
  return {
    relatedLocations: related.map((r, index) => ({
      id: index + 1,
      physicalLocation: physicalLocation(rebasePath(r.file, base), r.line, r.column),
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
 * With a `base`, every path is relative to its root, which `originalUriBaseIds` names.
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

  const { base } = options;
  const fingerprints = uniqueFingerprints(result.findings, (finding) => rebasePath(finding.file, base));
  const results = result.findings.map((finding, index) => ({
    ruleId: finding.ruleId,
    ruleIndex: ruleIndex.get(finding.ruleId),
    level: LEVEL[finding.severity],
    message: { text: sarifText(findingText(finding)) },
    locations: [
      { physicalLocation: physicalLocation(rebasePath(finding.file, base), finding.line, finding.column) },
    ],
    ...relatedLocations(finding, base),
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprints[index] },
    ...(finding.port !== null || finding.protocol !== null
      ? {
          properties: {
            port: finding.port,
            protocol: finding.protocol,
            ...(finding.suggestion !== undefined ? { suggestion: finding.suggestion } : {}),
          },
        }
      : {}),
  }));

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
        ...(base ? { originalUriBaseIds: { [SRCROOT]: { uri: rootUri(base) } } } : {}),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
