/**
 * scripts/sample-findings.mjs (`npm run sample`): a sample of a JSON report's findings for judging
 * by hand, filtered by rule and severity, in sha256 order, each with the port declared there.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { ROOT } from './helpers/transpiled-src.js';

const SCRIPT = path.join(ROOT, 'scripts/sample-findings.mjs');
const work = mkdtempSync(path.join(tmpdir(), 'portlint-sample-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const finding = (file: string, ruleId: string, severity: string, port: number) => ({
  file,
  line: 2,
  column: 5,
  ruleId,
  severity,
  port,
  protocol: 'tcp',
  message: `${ruleId} on ${port}`,
});
const REPORT = path.join(work, 'report.json');
writeFileSync(
  REPORT,
  JSON.stringify({
    findings: [
      finding('a.yaml', 'registered-conflict', 'warning', 8000),
      finding('b.yaml', 'well-known-conflict', 'warning', 80),
      finding('c.yaml', 'registered-conflict', 'warning', 9000),
      finding('d.yaml', 'registered-conflict', 'error', 9001),
      finding('e.yaml', 'duplicate-port', 'warning', 3000),
    ],
    ports: [
      { file: 'a.yaml', line: 2, column: 5, role: 'service', kind: 'compose', context: { service: 'web' } },
    ],
  }),
);

function sample(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const hash = ([file, ruleId, port]: readonly [string, string, number]) =>
  createHash('sha256').update(`${file}:2:5:${ruleId}:${port}`).digest('hex');

describe('npm run sample', () => {
  it('keeps the default rules at warning, in sha256 order, with the port declared there', () => {
    const { status, stdout } = sample(REPORT);
    expect(status).toBe(0);
    const expected = [
      ['a.yaml', 'registered-conflict', 8000],
      ['b.yaml', 'well-known-conflict', 80],
      ['c.yaml', 'registered-conflict', 9000],
    ] as const;
    const order = [...expected].sort((x, y) => (hash(x) < hash(y) ? -1 : 1));
    const heads = stdout.split('\n').filter((line) => /^\d+\. /.test(line));
    expect(heads).toEqual(order.map(([file, rule, port], i) => `${i + 1}. ${file}:2:5 ${rule} ${port}/tcp`));
    expect(stdout).toContain(
      '   registered-conflict on 8000\n   role=service kind=compose context={"service":"web"}\n',
    );
  });

  it('takes N, a rule expression and a severity', () => {
    expect(sample(REPORT, '1', '^duplicate-port$', 'any').stdout).toBe(
      '1. e.yaml:2:5 duplicate-port 3000/tcp\n   duplicate-port on 3000\n',
    );
    expect(sample(REPORT, '5', 'conflict', 'error').stdout).toMatch(
      /^1\. d\.yaml:2:5 registered-conflict 9001\/tcp\n/,
    );
  });

  it('refuses bad arguments and anything but a regular file with the usage and exit code 2', () => {
    for (const args of [[], [REPORT, 'x'], [REPORT, '3', '('], [REPORT, '3', '.', 'fatal'], [work]]) {
      const result = sample(...args);
      expect(result.status).toBe(2);
      expect(`${result.stdout}${result.stderr}`).toContain('Usage: npm run sample -- <report.json>');
    }
  });
});
