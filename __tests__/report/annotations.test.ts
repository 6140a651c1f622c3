import { describe, expect, it } from '@jest/globals';
import { planAnnotations, type ChangedLines } from '../../src/report/annotations.js';
import { declaredPort, finding, manyFindings } from '../action/scan-fixture.js';

describe('planAnnotations', () => {
  it('puts errors first, then warnings, then notices, each sorted by file and position', () => {
    const plan = planAnnotations([
      finding({
        severity: 'notice',
        ruleId: 'unresolved-port',
        file: 'a.yaml',
        line: 1,
        column: 1,
        message: 'n',
      }),
      finding({
        severity: 'warning',
        ruleId: 'registered-conflict',
        file: 'b.yaml',
        line: 9,
        column: 2,
        message: 'w2',
      }),
      finding({
        severity: 'warning',
        ruleId: 'registered-conflict',
        file: 'b.yaml',
        line: 3,
        column: 7,
        message: 'w1',
      }),
      finding({
        severity: 'error',
        ruleId: 'duplicate-port',
        file: 'z.yaml',
        line: 4,
        column: 5,
        message: 'e',
      }),
    ]);
    expect(plan.map((a) => [a.level, a.file, a.line, a.column, a.title, a.message])).toEqual([
      ['error', 'z.yaml', 4, 5, 'portlint: duplicate-port', 'e'],
      ['warning', 'b.yaml', 3, 7, 'portlint: registered-conflict', 'w1'],
      ['warning', 'b.yaml', 9, 2, 'portlint: registered-conflict', 'w2'],
      ['notice', 'a.yaml', 1, 1, 'portlint: unresolved-port', 'n'],
    ]);
  });

  it('keeps 10 per level and lets the last of each level say how many more there are and where', () => {
    const findings = [
      ...manyFindings(13, 'error'),
      ...manyFindings(11, 'warning'),
      ...manyFindings(2, 'notice'),
    ];
    const plan = planAnnotations(findings, { moreAt: 'the job summary and the SARIF report' });
    expect(plan.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(plan.filter((a) => a.level === 'warning')).toHaveLength(10);
    expect(plan.filter((a) => a.level === 'notice')).toHaveLength(2);
    expect(plan[9]!.message).toBe(
      'error number 10\n(+3 errors not shown as annotations: GitHub keeps 10 per step. ' +
        'See the job summary and the SARIF report for every finding.)',
    );
    expect(plan[8]!.message).toBe('error number 9');
    expect(plan[19]!.message).toBe(
      'warning number 10\n(+1 warning not shown as annotations: GitHub keeps 10 per step. ' +
        'See the job summary and the SARIF report for every finding.)',
    );
    expect(plan[21]!.message).toBe('notice number 2');
  });

  it('annotates findings on changed lines first, then in changed files, then the rest', () => {
    const findings = manyFindings(5, 'error', 'a.yaml');
    findings.push(finding({ file: 'new.yaml', line: 40, column: 1, message: 'in a new file' }));
    findings.push(
      finding({ file: 'b.yaml', line: 2, column: 1, message: 'in a changed file, unchanged line' }),
    );
    findings.push(
      finding({ file: 'aaa-untouched.yaml', line: 1, column: 1, message: 'not in the pull request' }),
    );
    const changedLines: ChangedLines = new Map<string, Set<number> | 'all'>([
      ['a.yaml', new Set([4])],
      ['b.yaml', new Set([7])],
      ['new.yaml', 'all'],
    ]);
    expect(planAnnotations(findings, { changedLines }).map((a) => `${a.file}:${a.line}`)).toEqual([
      'a.yaml:4',
      'new.yaml:40',
      'a.yaml:1',
      'a.yaml:2',
      'a.yaml:3',
      'a.yaml:5',
      'b.yaml:2',
      'aaa-untouched.yaml:1',
    ]);
    // Without a pull request, plain file order.
    expect(planAnnotations(findings).map((a) => `${a.file}:${a.line}`)[0]).toBe('a.yaml:1');
  });

  it('spends the cap on changed lines before the rest', () => {
    const findings = manyFindings(14, 'error', 'a.yaml');
    const changedLines: ChangedLines = new Map([['a.yaml', new Set([12, 14])]]);
    const plan = planAnnotations(findings, { changedLines });
    expect(plan.map((a) => a.line)).toEqual([12, 14, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(plan[9]!.message).toContain('(+4 errors not shown as annotations');
  });

  it('respects a job-wide total, noting a level that got no room on the last annotation', () => {
    const findings = [...manyFindings(3, 'error'), ...manyFindings(2, 'notice')];
    const plan = planAnnotations(findings, { caps: { total: 3 }, moreAt: 'X' });
    expect(plan.map((a) => a.level)).toEqual(['error', 'error', 'error']);
    expect(plan[2]!.message).toBe(
      'error number 3\n(+2 notices not shown as annotations: GitHub keeps 10 per step. See X for every finding.)',
    );
  });

  it('adds the suggestion and makes control characters visible', () => {
    const [annotation] = planAnnotations([
      finding({ message: 'bad \u001b[31mred\u001b[0m\nnext', suggestion: 8968, file: 'dir/\u001bx.yaml' }),
    ]);
    expect(annotation!.message).toBe('bad \\u{1b}[31mred\\u{1b}[0m\\u{a}next (suggested: 8968)');
    expect(annotation!.file).toBe('dir/\\u{1b}x.yaml');
  });

  it('clamps positions to 1 for file-level findings', () => {
    const [annotation] = planAnnotations([
      finding({
        ruleId: 'skipped-file',
        line: 0,
        column: 0,
        declared: undefined,
        port: null,
        protocol: null,
      }),
    ]);
    expect([annotation!.line, annotation!.column]).toEqual([1, 1]);
  });

  it('returns nothing for no findings', () => {
    expect(planAnnotations([])).toEqual([]);
  });

  it('keeps the declared port fields out of the annotation', () => {
    const [annotation] = planAnnotations([
      finding({ declared: declaredPort({ context: { service: 'x' } }) }),
    ]);
    expect(Object.keys(annotation!).sort()).toEqual(['column', 'file', 'level', 'line', 'message', 'title']);
  });
});
