import { runCli } from './main.js';
import { enableParseWorkers, isParseWorker, runParseWorker } from '../pipeline/scan-parallel.js';

/**
 * The CLI proper, loaded by src/cli.ts once it knows there is more to do than print the version.
 * It never imports @actions/github: it starts fast and needs no token. A parse worker runs the
 * same entry (see scan-parallel.ts): it parses, and does nothing else.
 */
export async function start(entry: string): Promise<void> {
  if (isParseWorker()) {
    runParseWorker();
    return;
  }
  enableParseWorkers(entry);
  try {
    process.exitCode = await runCli(process.argv.slice(2), {
      cwd: process.cwd(),
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      isTTY: Boolean(process.stdout.isTTY),
      env: process.env,
    });
  } catch (error) {
    process.stderr.write(`portlint: internal error: ${(error as Error).stack ?? error}\n`);
    process.exitCode = 3;
  }
}
