import { describe, expect, it } from '@jest/globals';
import { formatMarkdown } from '../../src/report/markdown.js';
import {
  HOSTILE_NAME,
  declaredPort,
  finding,
  manyFindings,
  portInfo,
  scanResult,
  webPort,
} from '../action/scan-fixture.js';
import { expectGolden } from './golden.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const REPO = 'https://github.com/acme/shop';

function sampleFindings() {
  const web = webPort({ column: 9 });
  const range = declaredPort({
    file: 'deploy/k8s.yaml',
    line: 22,
    column: 25,
    port: 30000,
    endPort: 30005,
    role: 'node',
    context: { service: 'api' },
    info: portInfo(30000, 'unassigned'),
  });
  const unresolved = declaredPort({
    file: '.env',
    line: 2,
    column: 10,
    port: null,
    endPort: null,
    raw: '${API_PORT}',
    info: undefined,
  });
  const many = declaredPort({
    line: 14,
    column: 9,
    port: 5000,
    endPort: 5000,
    info: portInfo(5000, 'assigned', ['commplex-main', 'upnp', 'x', 'y']),
  });
  return [
    finding(),
    finding({
      severity: 'error',
      ruleId: 'duplicate-port',
      declared: web,
      message: 'host port 8080/tcp is published twice',
      suggestion: 8081,
    }),
    finding({
      severity: 'warning',
      ruleId: 'dynamic-range',
      declared: range,
      message: 'node ports 30000-30005 overlap a range',
    }),
    finding({
      severity: 'warning',
      ruleId: 'registered-conflict',
      declared: many,
      message: 'port 5000/tcp is IANA "commplex-main"',
    }),
    finding({
      severity: 'notice',
      ruleId: 'unresolved-port',
      declared: unresolved,
      port: null,
      protocol: 'tcp',
      message: 'API_PORT has no value',
    }),
    finding({
      severity: 'error',
      ruleId: 'parse-error',
      file: 'broken.yaml',
      line: 3,
      column: 1,
      port: null,
      protocol: null,
      declared: undefined,
      message: 'bad indentation',
    }),
  ];
}

describe('formatMarkdown', () => {
  it('renders counts, a table linked to the head commit and the registry date', () => {
    const markdown = formatMarkdown(scanResult(sampleFindings()), {
      version: '1.2.3',
      headSha: SHA,
      repoUrl: REPO,
    });
    expectGolden('markdown-findings.md', markdown);
    expect(markdown).toContain(
      `| ❌ error | 968/tcp | Unassigned | [compose.yaml&#58;5](${REPO}/blob/${SHA}/compose.yaml#L5) | port 968/tcp is unassigned ([unassigned-well-known](https://github.com/portlint/portlint/blob/main/docs/rules/unassigned-well-known.md)) |`,
    );
    expect(markdown).toContain('IANA registry updated 2025-01-15');
  });

  it('renders plain locations without a repository URL or commit', () => {
    const markdown = formatMarkdown(scanResult([finding()]), {
      version: '1.2.3',
      headSha: 'not-a-sha',
      repoUrl: REPO,
    });
    expect(markdown).toContain(
      '| ❌ error | 968/tcp | Unassigned | compose.yaml&#58;5 | port 968/tcp is unassigned ([unassigned-well-known](https://github.com/portlint/portlint/blob/main/docs/rules/unassigned-well-known.md)) |',
    );
  });

  it('says clean when there is nothing to report', () => {
    const clean = scanResult([], { summary: { files: 3, ports: 7, errors: 0, warnings: 0, notices: 0 } });
    expect(formatMarkdown(clean, { version: '1.2.3', headSha: SHA })).toBe(
      '### ✅ portlint: no findings\n\n' +
        'Checked 7 declared ports in 3 files: nothing to report.\n\n' +
        '<sub>IANA registry updated 2025-01-15 · portlint 1.2.3 · commit 0123456</sub>\n',
    );
  });

  it('folds rows past the first ten into <details>', () => {
    const markdown = formatMarkdown(scanResult(manyFindings(12, 'warning')), { version: '1.2.3' });
    expectGolden('markdown-folded.md', markdown);
    const [open, folded] = markdown.split('<details>');
    expect(open!.match(/^\| ⚠️ warning/gm)).toHaveLength(10);
    expect(folded!.match(/^\| ⚠️ warning/gm)).toHaveLength(2);
    expect(folded).toContain('<summary>2 more findings</summary>');
    expect(folded).toContain('</details>');
  });

  it('stays under the size limit and says how many rows it left out', () => {
    const findings = manyFindings(2000, 'error').map((f, i) => ({
      ...f,
      message: `${'long message '.repeat(10)}${i}`,
    }));
    const markdown = formatMarkdown(scanResult(findings), {
      version: '1.2.3',
      headSha: SHA,
      repoUrl: REPO,
      moreAt: 'the job summary',
    });
    expect(markdown.length).toBeLessThanOrEqual(65_000);
    const rows = markdown.match(/^\| ❌ error/gm)!.length;
    expect(rows).toBeGreaterThan(100);
    expect(rows).toBeLessThan(2000);
    expect(markdown).toContain(
      `> [!NOTE]\n> ${2000 - rows} more findings are not listed here (GitHub's size limit). See the job summary.\n\n`,
    );
    expect(
      markdown.endsWith('<sub>IANA registry updated 2025-01-15 · portlint 1.2.3 · commit 0123456</sub>\n'),
    ).toBe(true);
    // The <details> opened for folded rows is closed.
    expect(markdown.split('<details>').length).toBe(markdown.split('</details>').length);
  });

  it('bounds the body in UTF-8 bytes too', () => {
    const findings = manyFindings(500, 'notice').map((f) => ({ ...f, message: 'ポート'.repeat(50) }));
    const markdown = formatMarkdown(scanResult(findings), {
      version: '1.2.3',
      maxLength: Infinity,
      maxBytes: 20_000,
    });
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(20_000);
    expect(markdown).toContain('more findings are not listed here');
  });

  it('escapes a hostile service name to inert bytes', () => {
    const declared = declaredPort({
      file: 'a|b (1).yaml',
      context: { service: HOSTILE_NAME },
      raw: HOSTILE_NAME,
    });
    const markdown = formatMarkdown(
      scanResult([finding({ declared, message: `service "${HOSTILE_NAME}" publishes 968/tcp` })]),
      { version: '1.2.3', headSha: SHA, repoUrl: REPO, title: 'ports @here' },
    );
    const escapedName =
      'web&#124;x &#60;img src=x onerror=alert&#40;1&#41;&#62; &#60;details&#62; &#64;org/team &#35;1 &#96;id&#96; ' +
      '&#92;u&#123;1b&#125;&#91;31mred&#92;u&#123;1b&#125;&#91;0m&#92;u&#123;a&#125;&#58;&#58;add-mask&#58;&#58;s3cr3t ' +
      '%0A&#58;&#58;stop-commands&#58;&#58;t &#91;x&#93;&#40;1&#41;';
    expect(markdown.split('\n')).toEqual([
      '### ❌ ports &#64;here: 1 error, 0 warnings, 0 notices',
      '',
      '| ❌ Errors | ⚠️ Warnings | ℹ️ Notices | Ports | Files |',
      '| ---: | ---: | ---: | ---: | ---: |',
      '| 1 | 0 | 0 | 1 | 1 |',
      '',
      '| Severity | Port | IANA assignment | Location | Message |',
      '| --- | --- | --- | --- | --- |',
      `| ❌ error | 968/tcp | Unassigned | [a&#124;b &#40;1&#41;.yaml&#58;5](${REPO}/blob/${SHA}/a%7Cb%20%281%29.yaml#L5) | ` +
        `service &#34;${escapedName}&#34; publishes 968/tcp ([unassigned-well-known](https://github.com/portlint/portlint/blob/main/docs/rules/unassigned-well-known.md)) |`,
      '',
      '<sub>IANA registry updated 2025-01-15 · portlint 1.2.3 · commit 0123456</sub>',
      '',
    ]);
  });

  it('shows an unresolved port as written, escaped', () => {
    const declared = declaredPort({ port: null, endPort: null, raw: '${WEB_PORT}', info: undefined });
    const markdown = formatMarkdown(scanResult([finding({ declared, port: null, severity: 'notice' })]), {
      version: '1',
    });
    expect(markdown).toContain('| ℹ️ notice | $&#123;WEB&#95;PORT&#125; | — |');
  });

  it('ignores a repository URL that could break out of the link', () => {
    const markdown = formatMarkdown(scanResult([finding()]), {
      version: '1',
      headSha: SHA,
      repoUrl: 'https://x.test/a) [y](z',
    });
    expect(markdown).toContain('| compose.yaml&#58;5 |');
  });
});
