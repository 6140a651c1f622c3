import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { actionJsonReport, parseReport, readReportFile } from '../../src/action/from-report.js';
import { PortlintError } from '../../src/errors.js';
import { finding, scanResult, webPort } from './scan-fixture.js';

const SHA = 'c'.repeat(40);

function sample() {
  const web = webPort();
  return scanResult([
    finding(),
    finding({
      severity: 'warning',
      ruleId: 'registered-conflict',
      declared: web,
      message: 'm',
      suggestion: 8081,
    }),
    finding({
      severity: 'error',
      ruleId: 'parse-error',
      file: 'x.yaml',
      line: 1,
      column: 1,
      port: null,
      protocol: null,
      declared: undefined,
      message: 'bad',
    }),
  ]);
}

describe('actionJsonReport / parseReport', () => {
  it('writes the CLI contract plus a github block, and reads it back', () => {
    const report = actionJsonReport(sample(), '1.2.3', {
      repository: 'acme/shop',
      pullRequest: 4,
      headSha: SHA,
    });
    expect(Object.keys(report)).toEqual([
      'schema',
      'tool',
      'version',
      'registry',
      'files',
      'ports',
      'findings',
      'summary',
      'github',
    ]);
    const loaded = parseReport(JSON.stringify(report), 'r.json');
    expect(loaded.version).toBe('1.2.3');
    expect(loaded.github).toEqual({ repository: 'acme/shop', pullRequest: 4, headSha: SHA });
    expect(loaded.result.summary).toEqual({ files: 2, ports: 2, errors: 2, warnings: 1, notices: 0 });
    expect(loaded.result.registryUpdated).toBe('2025-01-15');
    const [unassigned, conflict, parseError] = loaded.result.findings;
    // Findings find their declaration again, with what the table needs of IANA's answer.
    expect(unassigned!.declared?.info).toMatchObject({ status: 'unassigned', range: 'system', services: [] });
    expect(conflict!.declared?.info?.services.map((s) => s.name)).toEqual(['http-alt']);
    expect(conflict!.suggestion).toBe(8081);
    expect(parseError!.declared).toBeUndefined();
  });

  it('leaves the github block out when there is nothing to say', () => {
    expect('github' in actionJsonReport(sample(), '1', {})).toBe(false);
  });

  it('refuses another schema, another tool, and malformed findings', () => {
    const good = actionJsonReport(sample(), '1', {});
    const parse = (value: unknown) => () => parseReport(JSON.stringify(value), 'r.json');
    expect(parse({ ...good, schema: 2 })).toThrow('r.json: not a portlint JSON report: schema 2, expected 1');
    expect(parse({ ...good, tool: 'other' })).toThrow('r.json: not a portlint JSON report: tool "other"');
    expect(parse({ ...good, findings: [{ ...good.findings[0], severity: 'fatal' }] })).toThrow(
      'r.json: not a portlint JSON report: findings[0]: invalid finding.severity "fatal"',
    );
    expect(parse({ ...good, findings: [{ ...good.findings[0], line: '5' }] })).toThrow(
      'findings[0]: invalid finding.line/column',
    );
    expect(parse({ ...good, ports: [{ ...good.ports[0], context: { service: 1 } }] })).toThrow(
      'ports[0]: invalid port.context',
    );
    expect(parse({ ...good, findings: 'none' })).toThrow('"findings" is not a list');
    expect(() => parseReport('{', 'r.json')).toThrow(/^r\.json: not a portlint JSON report: invalid JSON/);
    expect(parse([])).toThrow(PortlintError);
  });

  it('ignores a github block with values of the wrong shape', () => {
    const report = {
      ...actionJsonReport(sample(), '1', {}),
      github: { pullRequest: '4; rm -rf', headSha: 'zz', repository: 5 },
    };
    expect(parseReport(JSON.stringify(report), 'r.json').github).toEqual({});
  });

  it('reads a file and names a missing one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-report-'));
    const file = path.join(dir, 'report.json');
    fs.writeFileSync(file, JSON.stringify(actionJsonReport(sample(), '1', {})));
    expect(readReportFile(file, 'report.json').result.findings).toHaveLength(3);
    expect(() => readReportFile(path.join(dir, 'missing.json'), 'missing.json')).toThrow(
      /^from-report: cannot read missing\.json: /,
    );
    fs.rmSync(dir, { recursive: true });
  });
});
