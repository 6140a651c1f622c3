#!/usr/bin/env node
/**
 * The CLI's entry (dist/cli/index.js), kept tiny: `--version` answers before anything else is
 * loaded, and everything else loads the CLI proper (src/cli/start.ts, a chunk of its own).
 */
import module from 'node:module';
import { VERSION } from './version.js';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  process.stdout.write(`${VERSION}\n`);
} else {
  // V8's code cache on disk (Node.js 22.1+; a no-op before): later runs skip compiling the bundle.
  (module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  const { start } = await import('./cli/start.js');
  await start(import.meta.url);
}
