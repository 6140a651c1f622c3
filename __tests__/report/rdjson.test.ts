import { describe, expect, it } from '@jest/globals';
import { formatRdjson, type RdjsonResult } from '../../src/report/rdjson.js';
import { HOSTILE_NAME, finding, scanResult } from '../action/scan-fixture.js';
import { expectGolden } from './golden.js';
import { goldenFindings } from './golden-findings.js';

const RDJSON_SEVERITIES = ['UNKNOWN_SEVERITY', 'ERROR', 'WARNING', 'INFO'];

function rdjson(text: string): RdjsonResult {
  return JSON.parse(text) as RdjsonResult;
}

/** What reviewdog's DiagnosticResult schema asks: types, the severity enum, 1-based positions. */
function expectRdjsonFields(result: RdjsonResult): void {
  expect(result.source).toEqual({ name: 'portlint', url: 'https://github.com/portlint/portlint' });
  expect(Array.isArray(result.diagnostics)).toBe(true);
  const locations = result.diagnostics.flatMap((d) => [
    d.location,
    ...(d.related_locations ?? []).map((r) => r.location),
  ]);
  for (const d of result.diagnostics) {
    expect(typeof d.message).toBe('string');
    expect(d.message.length).toBeGreaterThan(0);
    expect(RDJSON_SEVERITIES).toContain(d.severity);
    expect(typeof d.code.value).toBe('string');
    expect(d.code.url).toMatch(/^https:\/\//);
  }
  for (const location of locations) {
    expect(typeof location.path).toBe('string');
    const { line, column } = location.range.start;
    expect(Number.isInteger(line) && line >= 1).toBe(true);
    expect(Number.isInteger(column) && column >= 1).toBe(true);
  }
}

describe('formatRdjson', () => {
  it('matches the golden DiagnosticResult', () => {
    const [error, warning, notice] = goldenFindings();
    warning!.relatedLocations = [
      { file: 'compose.yaml', line: 5, column: 9, message: 'already declared here: published host port' },
    ];
    const text = formatRdjson(scanResult([error!, warning!, { ...notice!, line: 0, column: 0 }]));
    expectGolden('rdjson.json', text);
    expectRdjsonFields(rdjson(text));
  });

  it('maps error, warning and notice to ERROR, WARNING and INFO', () => {
    const result = rdjson(
      formatRdjson(
        scanResult([
          finding({ severity: 'error' }),
          finding({ severity: 'warning' }),
          finding({ severity: 'notice' }),
        ]),
      ),
    );
    expect(result.diagnostics.map((d) => d.severity)).toEqual(['ERROR', 'WARNING', 'INFO']);
  });

  it('is an empty list of diagnostics when nothing is found', () => {
    expect(rdjson(formatRdjson(scanResult([])))).toEqual({
      source: { name: 'portlint', url: 'https://github.com/portlint/portlint' },
      diagnostics: [],
    });
  });

  it('keeps columns in UTF-16 code units, as the findings have them', () => {
    const [diagnostic] = rdjson(formatRdjson(scanResult([finding({ line: 3, column: 14 })]))).diagnostics;
    expect(diagnostic!.location.range).toEqual({ start: { line: 3, column: 14 } });
  });

  it('keeps hostile text inert and bounds the related locations', () => {
    const related = Array.from({ length: 30 }, (_, i) => ({
      file: 'compose.yaml',
      line: i + 1,
      column: 1,
      message: `same port: service "${HOSTILE_NAME}"`,
    }));
    const text = formatRdjson(
      scanResult([
        finding({ ruleId: 'r\u202e', message: `service "${HOSTILE_NAME}"`, relatedLocations: related }),
      ]),
    );
    const [diagnostic] = rdjson(text).diagnostics;
    expect(diagnostic!.message).toBe(
      'service "web|x <img src=x onerror=alert(1)> <details> @org/team #1 `id` ' +
        '\\u{1b}[31mred\\u{1b}[0m\\u{a}::add-mask::s3cr3t %0A::stop-commands::t [x](1)"',
    );
    expect(diagnostic!.code).toEqual({
      value: 'r\\u{202e}',
      url: 'https://github.com/portlint/portlint/blob/main/docs/rules/r%E2%80%AE.md',
    });
    expect(diagnostic!.related_locations).toHaveLength(20);
    expect(diagnostic!.related_locations![0]!.message).toMatch(
      /^same port: service "web\|x .*\\u\{1b\}\[31m/,
    );
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
    expectRdjsonFields(rdjson(text));
  });
});
