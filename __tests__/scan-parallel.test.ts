/**
 * Parsing on worker threads gives exactly what parsing on the main thread gives, in the same
 * order. Workers cannot load TypeScript, so src/ is transpiled to a temporary folder and a small
 * driver (an entry that is its own parse worker, as the CLI bundle is) runs there in a child process.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, transpileSource } from './helpers/transpiled-src.js';

const DRIVER = `
import fs from 'node:fs';
import { enableParseWorkers, isParseWorker, lastParse, parseDiscovered, runParseWorker } from './src/pipeline/scan-parallel.js';
import { discover } from './src/discover/discover.js';
import { KINDS } from './src/parsers/index.js';
import { scan } from './src/pipeline/scan.js';
import { applyPolicy } from './src/policy/apply.js';
import { emptyConfig } from './src/policy/config.js';

const reported = (options) => applyPolicy(scan(options), emptyConfig(), { cwd: options.cwd, today: '2025-01-01' }).result;

if (isParseWorker()) {
  runParseWorker();
} else {
  enableParseWorkers(import.meta.url);
  const cwd = process.argv[2];
  const found = discover(['.'], { cwd, kinds: KINDS });
  const context = { cwd, roots: [fs.realpathSync(cwd)] };
  const inline = parseDiscovered(found, context, { workers: 0 });
  const inlineStats = { ...lastParse };
  const workersOnly = parseDiscovered(found, context, { workers: 2, parseOnMainThread: false });
  const workersOnlyStats = { ...lastParse };
  const shared = parseDiscovered(found, context, { workers: 1 });
  process.env.PORTLINT_WORKERS = '0';
  const scanInline = reported({ cwd, paths: ['.'] });
  process.env.PORTLINT_WORKERS = '2';
  const scanWorkers = reported({ cwd, paths: ['.'] });
  const scanStats = { ...lastParse };
  process.stdout.write(JSON.stringify({
    files: found.length, inline, inlineStats, workersOnly, workersOnlyStats, shared, scanInline, scanWorkers, scanStats,
  }));
}
`;

interface DriverOutput {
  files: number;
  inline: unknown[];
  inlineStats: { workers: number; parsedByWorkers: number };
  workersOnly: unknown[];
  workersOnlyStats: { workers: number; parsedByWorkers: number };
  shared: unknown[];
  scanInline: { files: unknown[]; ports: unknown[]; findings: unknown[] };
  scanWorkers: { files: unknown[]; ports: unknown[]; findings: unknown[] };
  scanStats: { workers: number; parsedByWorkers: number };
}

let build: string;

beforeAll(() => {
  build = transpileSource();
  fs.writeFileSync(path.join(build, 'driver.mjs'), DRIVER);
});

afterAll(() => {
  if (build) fs.rmSync(build, { recursive: true, force: true });
});

function drive(folder: string): DriverOutput {
  const child = spawnSync(process.execPath, [path.join(build, 'driver.mjs'), folder], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, PORTLINT_WORKERS: '' },
  });
  if (child.status !== 0) throw new Error(`driver failed (${child.status}): ${child.stderr}`);
  return JSON.parse(child.stdout) as DriverOutput;
}

describe('parsing on worker threads', () => {
  test('the fixture manifests: same outcomes, same order, with and without workers', () => {
    const out = drive(path.join(ROOT, '__tests__', 'fixtures'));
    expect(out.files).toBeGreaterThan(50);
    expect(out.inlineStats).toEqual({ workers: 0, parsedByWorkers: 0 });
    // Every file went through a worker and came back by structured clone...
    expect(out.workersOnlyStats).toEqual({ workers: 2, parsedByWorkers: out.files });
    // ...and nothing differs: ports, diagnostics, suppressions, skipped files, order.
    expect(out.workersOnly).toEqual(out.inline);
    expect(JSON.stringify(out.workersOnly)).toBe(JSON.stringify(out.inline));
    expect(JSON.stringify(out.shared)).toBe(JSON.stringify(out.inline));
    // The whole pipeline (linking, rules, suppressions) gives the same report.
    expect(out.scanStats.workers).toBe(2);
    expect(out.scanInline.findings.length).toBeGreaterThan(20);
    expect(JSON.stringify(out.scanWorkers)).toBe(JSON.stringify(out.scanInline));
  }, 60_000);

  test('the examples folder: same report with and without workers', () => {
    const out = drive(path.join(ROOT, 'examples'));
    expect(out.workersOnlyStats.parsedByWorkers).toBe(out.files);
    expect(JSON.stringify(out.workersOnly)).toBe(JSON.stringify(out.inline));
    expect(JSON.stringify(out.scanWorkers)).toBe(JSON.stringify(out.scanInline));
  }, 60_000);
});
