#!/usr/bin/env node
import { runCli } from './cli/main.js';
import { enableParseWorkers, isParseWorker, runParseWorker } from './pipeline/scan-parallel.js';

// The CLI bundle never imports @actions/github: it starts fast and needs no token.
// A parse worker runs this same bundle (see scan-parallel.ts): it parses, and does nothing else.
if (isParseWorker()) {
  runParseWorker();
} else {
  enableParseWorkers(import.meta.url);
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
