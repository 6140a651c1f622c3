/**
 * The comment and the job summary stay within GitHub's limits whatever a report holds (it may come
 * from a fork): huge and odd strings, many findings. Honest reports show their text unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from '@jest/globals';
import { COMMENT_BODY_MAX_LENGTH, SUMMARY_MAX_BYTES, formatMarkdown } from '../../src/report/markdown.js';
import { commentBody } from '../../src/action/comment.js';
import type { Finding, ScanResult, Severity } from '../../src/types.js';
import { declaredPort, finding, portInfo, scanResult } from '../action/scan-fixture.js';
import { fuzzParameters, PROPERTY_TIMEOUT } from '../property/support/fuzz.js';

const GITHUB_COMMENT_LIMIT = 65_536;
const GITHUB_SUMMARY_LIMIT = 1024 * 1024;
const SHA = '0123456789abcdef0123456789abcdef01234567';
const REPO = 'https://github.com/acme/shop';

const ODD_PIECES = [
  '&#',
  '&amp;',
  '\ud800',
  '\udc00',
  '😀',
  '\u{e0041}',
  '\u202e',
  '\u200b',
  '<details>',
  '</details>',
  '```',
  '|',
  '\n',
  '\r\n',
  'www.x.test',
  'https://evil.test/',
  '../',
  ')](',
  'ポート',
];

/** Short odd text, or a piece repeated up to megabytes. */
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.array(fc.constantFrom(...ODD_PIECES), { maxLength: 12 }).map((pieces) => pieces.join('')),
  fc
    .tuple(fc.constantFrom(...ODD_PIECES, 'x', 'é'), fc.integer({ min: 1, max: 50_000 }))
    .map(([piece, times]) => piece.repeat(times)),
);

const severity = fc.constantFrom<Severity>('error', 'warning', 'notice');

const hostileFinding: fc.Arbitrary<Finding> = fc
  .record({
    severity,
    ruleId: hostileText,
    file: hostileText,
    message: hostileText,
    raw: hostileText,
    service: hostileText,
    line: fc.nat(),
    port: fc.option(fc.integer({ min: -1, max: 70_000 }), { nil: null }),
    suggestion: fc.option(fc.nat(), { nil: undefined }),
  })
  .map(({ severity, ruleId, file, message, raw, service, line, port, suggestion }) => {
    const declared = declaredPort({ file, line, port, raw, info: portInfo(968, 'assigned', [service]) });
    return finding({
      severity,
      ruleId: ruleId || 'r',
      declared,
      port,
      message,
      ...(suggestion !== undefined ? { suggestion } : {}),
    });
  });

/** A few generated findings repeated up to thousands of times. */
const hostileResult: fc.Arbitrary<{ result: ScanResult; version: string }> = fc
  .record({
    findings: fc.array(hostileFinding, { maxLength: 8 }),
    copies: fc.integer({ min: 1, max: 600 }),
    version: hostileText,
    registry: hostileText,
  })
  .map(({ findings, copies, version, registry }) => ({
    result: scanResult(
      Array.from({ length: findings.length * copies }, (_, i) => findings[i % findings.length]!),
      {
        registryUpdated: registry,
      },
    ),
    version,
  }));

function render(result: ScanResult, version: string) {
  const comment = commentBody(
    formatMarkdown(result, {
      version,
      headSha: SHA,
      repoUrl: REPO,
      maxLength: COMMENT_BODY_MAX_LENGTH,
      moreAt: '[the job summary](https://github.com/acme/shop/actions/runs/1)',
    }),
  );
  const summary = formatMarkdown(result, {
    version,
    headSha: SHA,
    repoUrl: REPO,
    maxLength: Number.MAX_SAFE_INTEGER,
    maxBytes: SUMMARY_MAX_BYTES,
  });
  return { comment, summary };
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Nothing cut in half: entities, surrogate pairs, table rows, `<details>`, code spans. */
function wellFormed(markdown: string) {
  const lines = markdown.split('\n');
  return {
    brokenEntity: /&(?!#\d+;)/.test(markdown),
    loneSurrogate: LONE_SURROGATE.test(markdown),
    openDetails: markdown.split('<details>').length - markdown.split('</details>').length,
    codeFence: markdown.includes('```'),
    brokenRows: lines.filter((line) => line.startsWith('|') && !line.endsWith(' |')).length,
    strayCarriageReturn: markdown.includes('\r'),
  };
}

const WELL_FORMED = {
  brokenEntity: false,
  loneSurrogate: false,
  openDetails: 0,
  codeFence: false,
  brokenRows: 0,
  strayCarriageReturn: false,
};

describe('the comment and the job summary', () => {
  it(
    'stay within 65,536 characters and 1 MiB, and well formed, whatever the report holds',
    () => {
      fc.assert(
        fc.property(hostileResult, ({ result, version }) => {
          const { comment, summary } = render(result, version);
          expect(comment.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
          // @actions/core appends a line break to the summary.
          expect(Buffer.byteLength(summary, 'utf8') + 1).toBeLessThanOrEqual(GITHUB_SUMMARY_LIMIT);
          expect(wellFormed(comment)).toEqual(WELL_FORMED);
          expect(wellFormed(summary)).toEqual(WELL_FORMED);
        }),
        fuzzParameters(40, 20),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('hold 20,000 findings with a 15 MB version and registry date', () => {
    const result = scanResult(
      Array.from({ length: 20_000 }, (_, i) =>
        finding({ message: `${'long message '.repeat(100)}${i}`, file: `${'d/'.repeat(300)}c${i}.yaml` }),
      ),
      { registryUpdated: '9'.repeat(15_000_000) },
    );
    const { comment, summary } = render(result, 'v'.repeat(15_000_000));
    expect(comment.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(comment).toContain('more findings are not listed here');
    expect(comment).toContain(`portlint ${'v'.repeat(63)}…`);
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(summary).toContain(`IANA registry updated ${'9'.repeat(31)}…`);
    expect(wellFormed(comment)).toEqual(WELL_FORMED);
    expect(wellFormed(summary)).toEqual(WELL_FORMED);
  });

  it(
    'show an honest report as written: every message, path and the footer, nothing cut',
    () => {
      const word = fc.stringMatching(/^[a-z0-9][a-z0-9 -]{0,39}$/);
      const honest = fc.record({
        findings: fc.array(
          fc.record({ severity, message: word, name: fc.stringMatching(/^[a-z0-9-]{1,30}$/) }),
          {
            minLength: 1,
            maxLength: 30,
          },
        ),
        version: fc.stringMatching(/^\d{1,3}\.\d{1,3}\.\d{1,3}$/),
      });
      fc.assert(
        fc.property(honest, ({ findings, version }) => {
          const result = scanResult(
            findings.map(({ severity, message, name }, i) =>
              finding({
                severity,
                message,
                declared: declaredPort({ file: `${name}/compose.yaml`, line: i + 1 }),
              }),
            ),
          );
          const { comment, summary } = render(result, version);
          for (const body of [comment, summary]) {
            expect(body).not.toContain('…');
            expect(body).toContain(
              `<sub>IANA registry updated 2025-01-15 · portlint ${version} · commit 0123456</sub>\n`,
            );
            for (const [i, { message, name }] of findings.entries()) {
              expect(body).toContain(
                `| [${name}/compose.yaml&#58;${i + 1}](${REPO}/blob/${SHA}/${name}/compose.yaml#L${i + 1}) | ${message} (`,
              );
            }
          }
        }),
        fuzzParameters(50),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
