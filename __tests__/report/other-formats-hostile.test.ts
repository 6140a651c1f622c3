/** Annotations, terminal formats and SARIF with megabyte-long or invisible text in a scan. */
import { describe, expect, it } from '@jest/globals';
import { planAnnotations } from '../../src/report/annotations.js';
import { formatGithubCommands } from '../../src/report/github-commands.js';
import { formatCompact } from '../../src/report/compact.js';
import { formatStylish } from '../../src/report/stylish.js';
import { formatSarif } from '../../src/report/sarif.js';
import { finding, scanResult } from '../action/scan-fixture.js';

const HUGE = 'm'.repeat(2_000_000);

describe('annotations', () => {
  it('cut the title and the message, and show invisible characters', () => {
    const [annotation] = planAnnotations([
      finding({ ruleId: `r${'x'.repeat(500)}`, message: `\u202e${HUGE}` }),
    ]);
    expect(annotation!.title).toBe(`portlint: r${'x'.repeat(98)}…`);
    expect(annotation!.message).toBe(`\\u{202e}${'m'.repeat(998)}…`);
  });

  it('write a bounded workflow command', () => {
    const commands = formatGithubCommands(scanResult([finding({ message: `a\u200bb${HUGE}` })]));
    expect(commands).toBe(
      '::error file=compose.yaml,line=5,col=9,title=portlint%3A unassigned-well-known::' +
        `a\\u{200b}b${'m'.repeat(996)}…\n`,
    );
  });
});

describe('terminal formats', () => {
  const hostile = finding({ ruleId: 'r\u001b[2J\u2066', message: `hi\u2028${HUGE}` });

  it('compact: escapes the rule id and cuts the message', () => {
    expect(formatCompact(scanResult([hostile]))).toBe(
      `compose.yaml:5:9: error hi\\u{2028}${'m'.repeat(996)}… [r\\u{1b}[2J\\u{2066}]\n`,
    );
  });

  it('stylish: escapes the rule id and the registry date and cuts the message', () => {
    const result = scanResult([hostile], { registryUpdated: `2025\u001b]0;x\u0007${'9'.repeat(100)}` });
    expect(formatStylish(result, { color: false }).split('\n')).toEqual([
      'compose.yaml',
      `  5:9      error   hi\\u{2028}${'m'.repeat(996)}…  r\\u{1b}[2J\\u{2066}`,
      '',
      'docs: r\\u{1b}[2J\\u{2066} https://github.com/portlint/portlint/blob/main/docs/rules/r%1B%5B2J%E2%81%A6.md',
      '',
      `✖ 1 error, 0 warnings, 0 notices (1 port in 1 file; IANA registry 2025\\u{1b}]0;x\\u{7}${'9'.repeat(21)}…)`,
      '',
    ]);
  });
});

describe('SARIF', () => {
  it('cuts the version and the message', () => {
    const log = JSON.parse(
      formatSarif(scanResult([finding({ message: HUGE })]), { version: 'v'.repeat(10_000) }),
    );
    const driver = log.runs[0].tool.driver;
    expect(driver.version).toBe(`${'v'.repeat(63)}…`);
    expect(driver.semanticVersion).toBe(`${'v'.repeat(63)}…`);
    expect(log.runs[0].results[0].message.text).toBe(`${'m'.repeat(999)}…`);
  });

  it('encodes a path and a rule id with lone surrogates instead of throwing', () => {
    const log = JSON.parse(
      formatSarif(scanResult([finding({ file: 'a/\ud800.yaml', ruleId: '\udc00' })]), { version: '1' }),
    );
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      'a/%EF%BF%BD.yaml',
    );
    const rule = log.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === '\udc00');
    expect(rule.helpUri).toBe('https://github.com/portlint/portlint/blob/main/docs/rules/%EF%BF%BD.md');
  });
});
