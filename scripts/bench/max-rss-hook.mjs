/**
 * Preloaded with `node --import` when GNU time is missing: on exit, writes this process's peak
 * RSS (KB) and CPU time (user and system ms, all threads) to $PORTLINT_BENCH_STATS.
 */
import fs from 'node:fs';

const target = process.env.PORTLINT_BENCH_STATS;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    fs.writeFileSync(target, `${usage.maxRSS} ${usage.userCPUTime / 1000} ${usage.systemCPUTime / 1000}\n`);
  });
}
