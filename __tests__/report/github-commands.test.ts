import { describe, expect, it } from '@jest/globals';
import { formatAnnotationCommand, formatGithubCommands } from '../../src/report/github-commands.js';
import { HOSTILE_NAME, declaredPort, finding, manyFindings, scanResult } from '../action/scan-fixture.js';

describe('formatGithubCommands', () => {
  it('writes one workflow command per finding with file, line, col and title', () => {
    const result = scanResult([
      finding({
        severity: 'warning',
        ruleId: 'registered-conflict',
        message: 'port 3306/tcp is IANA "mysql"',
        line: 8,
        column: 11,
      }),
      finding(),
      finding({
        severity: 'notice',
        ruleId: 'unresolved-port',
        message: 'no value for ${PORT}',
        line: 12,
        column: 13,
      }),
    ]);
    expect(formatGithubCommands(result)).toBe(
      '::error file=compose.yaml,line=5,col=9,title=portlint%3A unassigned-well-known::port 968/tcp is unassigned\n' +
        '::warning file=compose.yaml,line=8,col=11,title=portlint%3A registered-conflict::port 3306/tcp is IANA "mysql"\n' +
        '::notice file=compose.yaml,line=12,col=13,title=portlint%3A unresolved-port::no value for ${PORT}\n',
    );
  });

  it('is empty for a clean scan', () => {
    expect(formatGithubCommands(scanResult([]))).toBe('');
  });

  it('writes a hostile service name and file name as inert bytes', () => {
    const declared = declaredPort({ file: 'svc,a:b%.yaml', context: { service: HOSTILE_NAME } });
    const output = formatGithubCommands(
      scanResult([finding({ declared, message: `service "${HOSTILE_NAME}" publishes 968/tcp` })]),
    );
    expect(output).toBe(
      '::error file=svc%2Ca%3Ab%25.yaml,line=5,col=9,title=portlint%3A unassigned-well-known::' +
        'service "web|x <img src=x onerror=alert(1)> <details> @org/team #1 `id` ' +
        '\\u{1b}[31mred\\u{1b}[0m\\u{a}::add-mask::s3cr3t %250A::stop-commands::t [x](1)" publishes 968/tcp\n',
    );
    // One line: nothing in the data can start a command of its own.
    expect(output.split('\n')).toHaveLength(2);
    expect(output.split('\n')[0]!.startsWith('::error ')).toBe(true);
    // No raw control character reaches the log.
    // eslint-disable-next-line no-control-regex
    expect(/[\u0000-\u0009\u000b-\u001f\u007f]/.test(output)).toBe(false);
  });

  it('encodes the overflow note line break as %0A', () => {
    const output = formatGithubCommands(scanResult(manyFindings(11, 'error')), { moreAt: 'the job summary' });
    const lines = output.trimEnd().split('\n');
    expect(lines).toHaveLength(10);
    expect(lines[9]).toBe(
      '::error file=k8s/deploy.yaml,line=10,col=3,title=portlint%3A duplicate-port::error number 10%0A' +
        '(+1 error not shown as annotations: GitHub keeps 10 per step. See the job summary for every finding.)',
    );
  });

  it('formats a single annotation', () => {
    expect(
      formatAnnotationCommand({
        level: 'notice',
        file: 'a b.env',
        line: 1,
        column: 6,
        title: 'portlint: x',
        message: '100%',
      }),
    ).toBe('::notice file=a b.env,line=1,col=6,title=portlint%3A x::100%25');
  });
});
