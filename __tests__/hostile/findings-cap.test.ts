/**
 * One file yields at most MAX_FINDINGS_PER_FILE findings; the rest are counted in one summary
 * finding on their rule, at its severity, where the first one left out is.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { MAX_FILE_BYTES } from '../../src/discover/read-file.js';
import { expectGoodFileScanned, hostileRepo, removeHostileRepos, scanRepo } from './support.js';

afterAll(removeHostileRepos);

const composeWithInvalidPorts = (count: number) =>
  'services:\n  web:\n    image: nginx\n    ports:\n' +
  Array.from({ length: count }, (_, i) => `      - "${70000 + i}:80"\n`).join('');

describe('findings per file', () => {
  it('reports 1000 findings of a file and counts the other 200 in one summary on their rule', () => {
    const root = hostileRepo({ 'compose.yaml': composeWithInvalidPorts(1200) });
    const result = scanRepo(root);
    const findings = result.findings.filter((f) => f.file === 'compose.yaml');
    expect(findings).toHaveLength(1001);
    expect(findings.slice(0, 1000).every((f) => f.ruleId === 'invalid-port')).toBe(true);
    expect(findings[999]).toMatchObject({ line: 1004, port: 70999 });
    expect(findings[1000]).toEqual({
      ruleId: 'invalid-port',
      severity: 'error',
      file: 'compose.yaml',
      line: 1005,
      column: 10,
      port: null,
      protocol: null,
      message:
        '200 more invalid-port findings in this file were not reported (portlint reports at most 1000 per file)',
    });
    expect(result.summary.errors).toBe(1001);
    expectGoodFileScanned(result);
  });

  it('leaves a file of exactly 1000 findings as it is', () => {
    const result = scanRepo(hostileRepo({ 'compose.yaml': composeWithInvalidPorts(1000) }));
    const findings = result.findings.filter((f) => f.file === 'compose.yaml');
    expect(findings).toHaveLength(1000);
    expect(findings.map((f) => f.message).filter((m) => m.includes('not reported'))).toEqual([]);
  });

  it('bounds 5 MiB of broken HCL (400k parse errors) to 1000 findings and a summary', () => {
    const line = 'resource "x" "y" { a = "\n';
    const text = line.repeat(Math.floor(MAX_FILE_BYTES / line.length));
    const root = hostileRepo({ 'main.tf': text });
    const result = scanRepo(root);
    const findings = result.findings.filter((f) => f.file === 'main.tf');
    expect(findings).toHaveLength(1001);
    expect(findings.filter((f) => f.ruleId === 'parse-error')).toHaveLength(1001);
    expect(findings.filter((f) => f.message.includes('not reported')).map((f) => f.message)).toEqual([
      '418430 more parse-error findings in this file were not reported (portlint reports at most 1000 per file)',
    ]);
    expectGoodFileScanned(result);
  });
});
