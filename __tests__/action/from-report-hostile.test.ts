/** A fork's report must neither stall nor crash the privileged from-report job. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { parseReport, readReportFile } from '../../src/action/from-report.js';
import { onePositionReport } from './hostile-report.js';

describe('from-report on hostile input', () => {
  let workspace: string;

  beforeEach(() => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-hostile-report-'));
  });

  afterEach(() => {
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('links 100,000 findings at one position to their declarations in linear time', () => {
    const started = Date.now();
    const loaded = parseReport(onePositionReport(100_000), 'r.json');
    // A quadratic linking takes minutes here; 20 s leaves room for a busy machine.
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(loaded.result.findings).toHaveLength(100_000);
    expect(loaded.result.findings[70_000]!.declared).toBe(loaded.result.ports[10_000]);
    expect(loaded.result.findings[70_000]!.declared!.port).toBe(1024 + 10_000);
    expect(loaded.result.summary.errors).toBe(100_000);
  });

  it('keeps a context key named __proto__ as data', () => {
    const report = JSON.parse(onePositionReport(1));
    report.ports[0].context = JSON.parse('{"__proto__": "x", "service": "web"}');
    const context = parseReport(JSON.stringify(report), 'r.json').result.ports[0]!.context;
    expect(Object.entries(context)).toEqual([
      ['__proto__', 'x'],
      ['service', 'web'],
    ]);
  });

  it('refuses a symlink to /dev/zero at once, without reading it', () => {
    fs.symlinkSync('/dev/zero', path.join(workspace, 'report.json'));
    const started = Date.now();
    expect(() => readReportFile(path.join(workspace, 'report.json'), 'report.json', [workspace])).toThrow(
      'from-report: cannot read report.json: it is outside the workspace',
    );
    expect(() => readReportFile(path.join(workspace, 'report.json'), 'report.json')).toThrow(
      'from-report: cannot read report.json: not a regular file',
    );
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses a FIFO without waiting for a writer', () => {
    const fifo = path.join(workspace, 'report.json');
    execFileSync('mkfifo', [fifo]);
    expect(() => readReportFile(fifo, 'report.json', [workspace])).toThrow(
      'from-report: cannot read report.json: not a regular file',
    );
  });

  it('refuses a symlink to a regular file outside the workspace', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-outside-'));
    fs.writeFileSync(path.join(outside, 'report.json'), onePositionReport(1));
    fs.symlinkSync(path.join(outside, 'report.json'), path.join(workspace, 'report.json'));
    try {
      expect(() => readReportFile(path.join(workspace, 'report.json'), 'report.json', [workspace])).toThrow(
        'from-report: cannot read report.json: it is outside the workspace',
      );
      // Inside the workspace a symlink to a report is followed.
      fs.rmSync(path.join(workspace, 'report.json'));
      fs.writeFileSync(path.join(workspace, 'real.json'), onePositionReport(1));
      fs.symlinkSync('real.json', path.join(workspace, 'report.json'));
      expect(
        readReportFile(path.join(workspace, 'report.json'), 'report.json', [workspace]).result.findings,
      ).toHaveLength(1);
      // RUNNER_TEMP, where the documented workflow downloads the artifact, is the other allowed root.
      expect(
        readReportFile(path.join(outside, 'report.json'), 'report.json', [workspace, outside]).result
          .findings,
      ).toHaveLength(1);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });
});
