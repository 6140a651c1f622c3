import { describe, expect, it } from '@jest/globals';
import { FINGERPRINT_KEY, formatSarif, ruleHelpUri } from '../../src/report/sarif.js';
import { findingFingerprint } from '../../src/report/fingerprint.js';
import { ALL_RULES } from '../../src/rules/index.js';
import type { RuleMeta } from '../../src/rules/types.js';
import { HOSTILE_NAME, declaredPort, finding, scanResult } from '../action/scan-fixture.js';
import { expectGolden } from './golden.js';
import { goldenFindings } from './golden-findings.js';

const RULES: RuleMeta[] = [
  {
    id: 'unassigned-well-known',
    defaultSeverity: 'error',
    description: 'A well-known port IANA lists as Unassigned.',
    rationale: 'Squatting collides with a later assignment.',
  },
  {
    id: 'duplicate-port',
    defaultSeverity: 'error',
    description: 'The same host port twice.',
    rationale: 'Only one process can bind it.',
  },
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function sarif(findings = [finding()], category?: string): Json {
  return JSON.parse(
    formatSarif(scanResult(findings), { version: '1.2.3', rules: RULES, ...(category ? { category } : {}) }),
  );
}

describe('formatSarif', () => {
  it('matches the golden log', () => {
    const text = formatSarif(scanResult(goldenFindings()), { version: '1.2.3', rules: RULES });
    expectGolden('sarif.json', text);
  });

  it('is SARIF 2.1.0 with portlint as the driver and the category as runAutomationDetails.id', () => {
    const log = sarif();
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].tool.driver.name).toBe('portlint');
    expect(log.runs[0].tool.driver.version).toBe('1.2.3');
    expect(log.runs[0].automationDetails).toEqual({ id: 'portlint/' });
    expect(sarif([finding()], 'portlint/compose').runs[0].automationDetails).toEqual({
      id: 'portlint/compose/',
    });
  });

  it('has one rule per rule id, with short and full description, help markdown and helpUri', () => {
    const rules = sarif().runs[0].tool.driver.rules;
    expect(rules.map((r: Json) => r.id)).toEqual(['duplicate-port', 'unassigned-well-known']);
    expect(rules[1]).toEqual({
      id: 'unassigned-well-known',
      name: 'UnassignedWellKnown',
      shortDescription: { text: 'A well-known port IANA lists as Unassigned.' },
      fullDescription: { text: 'Squatting collides with a later assignment.' },
      help: {
        text: 'A well-known port IANA lists as Unassigned.\n\nSquatting collides with a later assignment.',
        markdown:
          '**unassigned-well-known**: A well-known port IANA lists as Unassigned.\n\nSquatting collides with a later assignment.\n\n' +
          '[Rule documentation](https://github.com/portlint/portlint/blob/main/docs/rules/unassigned-well-known.md)',
      },
      helpUri: 'https://github.com/portlint/portlint/blob/main/docs/rules/unassigned-well-known.md',
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['ports', 'networking', 'iana'] },
    });
  });

  it('covers every rule portlint has by default, and adds unknown ids', () => {
    const log = JSON.parse(formatSarif(scanResult([finding({ ruleId: 'future-rule' })]), { version: '1' }));
    const ids = log.runs[0].tool.driver.rules.map((r: Json) => r.id);
    for (const rule of ALL_RULES) expect(ids).toContain(rule.id);
    expect(ids).toContain('future-rule');
    const result = log.runs[0].results[0];
    expect(log.runs[0].tool.driver.rules[result.ruleIndex].id).toBe('future-rule');
  });

  it('maps severities to levels and positions to a physical location', () => {
    const results = sarif([
      finding({ severity: 'error' }),
      finding({ severity: 'warning', line: 6 }),
      finding({ severity: 'notice', line: 7, column: 3, file: 'a b/c#d.yaml' }),
    ]).runs[0].results;
    expect(results.map((r: Json) => r.level)).toEqual(['error', 'warning', 'note']);
    expect(results[2].locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'a%20b/c%23d.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 7, startColumn: 3 },
        },
      },
    ]);
    expect(results[0].ruleIndex).toBe(1);
  });

  it('fingerprints a finding by what it is, not where it is', () => {
    const here = finding();
    const moved = finding({
      declared: declaredPort({ line: 40, column: 3 }),
      line: 40,
      column: 3,
      message: 'reworded',
    });
    const otherService = finding({
      declared: declaredPort({ context: { service: 'other', image: 'example/legacy:1.0' } }),
    });
    const otherRole = finding({ declared: declaredPort({ role: 'container' }) });
    const otherPort = finding({ declared: declaredPort({ port: 969, endPort: 969 }), port: 969 });
    expect(findingFingerprint(moved)).toBe(findingFingerprint(here));
    expect(findingFingerprint(otherService)).not.toBe(findingFingerprint(here));
    expect(findingFingerprint(otherRole)).not.toBe(findingFingerprint(here));
    expect(findingFingerprint(otherPort)).not.toBe(findingFingerprint(here));
    expect(findingFingerprint(finding({ ruleId: 'duplicate-port' }))).not.toBe(findingFingerprint(here));
    expect(findingFingerprint(here)).toMatch(/^[0-9a-f]{64}$/);
    // Key order in the context does not matter.
    const reordered = finding({
      declared: declaredPort({ context: { image: 'example/legacy:1.0', service: 'legacy' } }),
    });
    expect(findingFingerprint(reordered)).toBe(findingFingerprint(here));
  });

  it('keeps identical fingerprints apart with an occurrence number', () => {
    const results = sarif([finding(), finding({ line: 9 })]).runs[0].results;
    const [a, b] = results.map((r: Json) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(b).toBe(`${a}:2`);
  });

  it('keeps hostile text inert: no control characters, no embedded links', () => {
    const declared = declaredPort({ context: { service: HOSTILE_NAME } });
    const result = sarif([finding({ declared, message: `service "${HOSTILE_NAME}"` })]).runs[0].results[0];
    expect(result.message.text).toBe(
      'service "web|x <img src=x onerror=alert(1)> <details> @org/team #1 `id` ' +
        '\\u{1b}\\[31mred\\u{1b}\\[0m\\u{a}::add-mask::s3cr3t %0A::stop-commands::t \\[x\\](1)"',
    );
  });

  it('builds helpUri from one base URL', () => {
    expect(ruleHelpUri('duplicate-port')).toBe(
      'https://github.com/portlint/portlint/blob/main/docs/rules/duplicate-port.md',
    );
  });
});
