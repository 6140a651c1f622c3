/**
 * Runs a command and measures its wall time, CPU time and peak resident memory.
 *
 * Peak RSS comes from GNU time (`/usr/bin/time -f`) when the machine has it. Without it, every
 * command measured here is a Node.js process, so a tiny module preloaded with `--import` writes
 * `process.resourceUsage()` (peak RSS and CPU of the whole process, all threads) when it exits.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const GNU_TIME = '/usr/bin/time';
const HOOK = fileURLToPath(new URL('./max-rss-hook.mjs', import.meta.url));

/** Whether GNU time is usable here (it is not on macOS or in slim images). */
export const hasGnuTime = (() => {
  if (!fs.existsSync(GNU_TIME)) return false;
  const probe = spawnSync(GNU_TIME, ['-f', '%M', 'true'], { encoding: 'utf8' });
  return probe.status === 0 && /^\d+\s*$/m.test(probe.stderr);
})();

/** How peak memory is measured, for the table's footnote. */
export const rssMethod = hasGnuTime ? 'GNU time %M' : 'process.resourceUsage().maxRSS';

/**
 * One run of `node <nodeArgs...>`. Returns wall ms, CPU ms (user+system, all threads), peak RSS
 * in MB, the exit status and stdout (when `captureStdout`, else it goes to /dev/null).
 * @param {string[]} nodeArgs
 * @param {{cwd: string, env?: NodeJS.ProcessEnv, captureStdout?: boolean}} options
 */
export function runNode(nodeArgs, { cwd, env = process.env, captureStdout = false }) {
  const stats = path.join(
    os.tmpdir(),
    `portlint-bench-${process.pid}-${Math.random().toString(36).slice(2)}`,
  );
  const command = hasGnuTime ? GNU_TIME : process.execPath;
  const args = hasGnuTime
    ? ['-o', stats, '-f', '%M %U %S', process.execPath, ...nodeArgs]
    : ['--import', pathToFileURL(HOOK).href, ...nodeArgs];
  const devNull = captureStdout ? 'pipe' : fs.openSync(os.devNull, 'w');
  const started = process.hrtime.bigint();
  const child = spawnSync(command, args, {
    cwd,
    env: hasGnuTime ? env : { ...env, PORTLINT_BENCH_STATS: stats },
    stdio: ['ignore', devNull, 'pipe'],
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (typeof devNull === 'number') fs.closeSync(devNull);
  if (child.error) throw child.error;
  let rssMb = NaN;
  let cpuMs = NaN;
  try {
    const [rssKb, user, system] = fs.readFileSync(stats, 'utf8').trim().split(/\s+/).slice(-3).map(Number);
    rssMb = rssKb / 1024;
    cpuMs = hasGnuTime ? (user + system) * 1000 : user + system;
  } catch {
    // the process died before the hook could write; figures stay NaN and the table shows it
  } finally {
    fs.rmSync(stats, { force: true });
  }
  return {
    wallMs,
    cpuMs,
    rssMb,
    status: child.status,
    stdout: child.stdout ?? '',
    stderr: child.stderr ?? '',
  };
}

/** Median of numbers (NaN for none). */
export function median(values) {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * `runs` runs of each command, interleaved (A B A B ...) so that a machine that gets busier or
 * quieter during the bench affects both alike. Returns per command the median wall and CPU time
 * and the highest peak RSS seen.
 * @param {Record<string, {args: string[], cwd: string, env?: NodeJS.ProcessEnv, okStatus?: number[]}>} commands
 * @param {number} runs
 */
export function measureInterleaved(commands, runs) {
  const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let run = 0; run < runs; run++) {
    for (const [name, command] of Object.entries(commands)) {
      const result = runNode(command.args, command);
      const ok = command.okStatus ?? [0, 1];
      if (!ok.includes(result.status)) {
        throw new Error(`${name} exited with ${result.status}: ${result.stderr.slice(0, 2000)}`);
      }
      samples[name].push(result);
    }
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, list]) => [
      name,
      {
        wallMs: median(list.map((r) => r.wallMs)),
        cpuMs: median(list.map((r) => r.cpuMs)),
        rssMb: Math.max(...list.map((r) => r.rssMb)),
        runs: list.length,
      },
    ]),
  );
}
