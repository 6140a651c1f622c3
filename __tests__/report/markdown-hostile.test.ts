/** What a hostile report (from a fork, read back with `from-report`) can put in the comment. */
import { describe, expect, it } from '@jest/globals';
import { formatMarkdown } from '../../src/report/markdown.js';
import { declaredPort, finding, manyFindings, portInfo, scanResult } from '../action/scan-fixture.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const REPO = 'https://github.com/acme/shop';
const DOCS = 'https://github.com/portlint/portlint/blob/main/docs/rules/unassigned-well-known.md';

function tableRow(markdown: string): string {
  const rows = markdown.split('\n').filter((line) => line.startsWith('| ❌ error |'));
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

function rowFor(file: string): string {
  const result = scanResult([finding({ declared: declaredPort({ file }) })]);
  return tableRow(formatMarkdown(result, { version: '1', headSha: SHA, repoUrl: REPO }));
}

describe('formatMarkdown with a hostile report', () => {
  it('links a normalised path inside the repository, each segment encoded', () => {
    expect(rowFor('deploy/k8s (1).yaml')).toBe(
      `| ❌ error | 968/tcp | Unassigned | [deploy/k8s &#40;1&#41;.yaml&#58;5](${REPO}/blob/${SHA}/deploy/k8s%20%281%29.yaml#L5) | ` +
        `port 968/tcp is unassigned ([unassigned-well-known](${DOCS})) |`,
    );
  });

  it.each([
    ['../../evil/repo/x.yaml', '../../evil/repo/x.yaml&#58;5'],
    ['deploy/../../../x.yaml', 'deploy/../../../x.yaml&#58;5'],
    ['/etc/passwd', '/etc/passwd&#58;5'],
    ['C:/Users/x.yaml', 'C&#58;/Users/x.yaml&#58;5'],
    ['c:\\x.yaml', 'c&#58;&#92;x.yaml&#58;5'],
    ['https://evil.test/x', 'https&#58;//evil.test/x&#58;5'],
    ['javascript:alert(1)', 'javascript&#58;alert&#40;1&#41;&#58;5'],
    ['a//b.yaml', 'a//b.yaml&#58;5'],
    ['./a.yaml', './a.yaml&#58;5'],
    ['', '&#58;5'],
    ['a/\ud800.yaml', 'a/&#92;u&#123;d800&#125;.yaml&#58;5'],
  ])('never links the path %j', (file, cell) => {
    expect(rowFor(file)).toBe(
      `| ❌ error | 968/tcp | Unassigned | ${cell} | port 968/tcp is unassigned ([unassigned-well-known](${DOCS})) |`,
    );
  });

  it('shows a rule id that is not a rule id as plain text, not as a broken link', () => {
    const result = scanResult([finding({ ruleId: 'x)](https://evil.test) [y' })]);
    expect(tableRow(formatMarkdown(result, { version: '1' }))).toBe(
      '| ❌ error | 968/tcp | Unassigned | compose.yaml&#58;5 | port 968/tcp is unassigned ' +
        '(x&#41;&#93;&#40;https&#58;//evil.test&#41; &#91;y) |',
    );
  });

  it('caps the version and the registry date in the footer', () => {
    const result = scanResult([], { registryUpdated: `2025-01-15${'9'.repeat(100_000)}` });
    const markdown = formatMarkdown(result, { version: `1.2.3-${'x'.repeat(1_000_000)}`, headSha: SHA });
    expect(markdown.split('\n').at(-2)).toBe(
      `<sub>IANA registry updated 2025-01-15${'9'.repeat(21)}… · portlint 1.2.3-${'x'.repeat(57)}… · commit 0123456</sub>`,
    );
  });

  it('caps the title, the message, the unresolved port and service names', () => {
    const declared = declaredPort({
      port: null,
      endPort: null,
      raw: `$${'P'.repeat(5000)}`,
      info: portInfo(968, 'assigned', ['a'.repeat(300), 'b']),
    });
    const result = scanResult([finding({ declared, port: null, message: 'm'.repeat(5000) })]);
    const markdown = formatMarkdown(result, { version: '1', title: 't'.repeat(300) });
    expect(markdown.split('\n')[0]).toBe(`### ❌ ${'t'.repeat(199)}…: 1 error, 0 warnings, 0 notices`);
    expect(tableRow(markdown)).toBe(
      `| ❌ error | $${'P'.repeat(198)}… | ${'a'.repeat(199)}…, b | compose.yaml&#58;5 | ` +
        `${'m'.repeat(999)}… ([unassigned-well-known](${DOCS})) |`,
    );
  });

  it('cuts a long message of emoji between surrogate pairs', () => {
    const result = scanResult([finding({ message: '😀'.repeat(1000) })]);
    expect(tableRow(formatMarkdown(result, { version: '1' }))).toBe(
      `| ❌ error | 968/tcp | Unassigned | compose.yaml&#58;5 | ${'😀'.repeat(499)}… ([unassigned-well-known](${DOCS})) |`,
    );
  });

  it('lists at most maxRows rows and says how many more there are', () => {
    const markdown = formatMarkdown(scanResult(manyFindings(1500, 'notice')), {
      version: '1',
      maxLength: Infinity,
      moreAt: 'the job summary',
    });
    expect(markdown.match(/^\| ℹ️ notice/gm)).toHaveLength(1000);
    expect(markdown).toContain(
      '</details>\n\n> [!NOTE]\n> 500 more findings are not listed here (the table lists at most 1000). ' +
        'See the job summary.\n\n<sub>',
    );
  });

  it('falls back to a short body when even the fixed parts do not fit, and to nothing below that', () => {
    const result = scanResult([finding()]);
    expect(formatMarkdown(result, { version: '1', maxLength: 120 })).toBe(
      '### ❌ portlint: 1 error, 0 warnings, 0 notices\n\nThe report is too large to show here.\n',
    );
    expect(formatMarkdown(result, { version: '1', maxLength: 20 })).toBe('');
  });
});
