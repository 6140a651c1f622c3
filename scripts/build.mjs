#!/usr/bin/env node
/**
 * `npm run build`: dist/ from an empty folder, so no chunk of an older build survives.
 *   dist/index.js (+ chunks)  the action (action.yml runs it)
 *   dist/cli/index.js         the CLI (package.json `bin`), without the GitHub client
 *   dist/api/index.js + .d.ts the programmatic API (package.json `exports`)
 * Each bundle gets ncc's licenses.txt, and the build fails when a package webpack bundled is
 * missing from it: the notices must name everything the bundle ships.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledPackages, noticedPackages } from './build/notices.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = path.join(ROOT, 'node_modules', '.bin');
const BUNDLES = [
  { entry: 'src/index.ts', out: 'dist' },
  { entry: 'src/cli.ts', out: 'dist/cli' },
  { entry: 'src/api.ts', out: 'dist/api' },
];

/** Runs a tool of node_modules/.bin; rejects with its name and exit status when it fails. */
function run(tool, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(BIN, tool), args, { cwd: ROOT, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${tool} ${args[1] ?? ''} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

/** One ncc bundle, then the check that its licenses.txt names every package webpack put in it. */
async function bundle({ entry, out }, statsFolder) {
  const stats = path.join(statsFolder, `${path.basename(out)}.json`);
  // No ncc cache: the bundles build at once, and a shared cache is not made for concurrent writers.
  await run('ncc', [
    'build',
    entry,
    '-o',
    out,
    '--minify',
    '--no-cache',
    '--license',
    'licenses.txt',
    '--stats-out',
    stats,
    '-q',
  ]);
  const noticed = noticedPackages(fs.readFileSync(path.join(ROOT, out, 'licenses.txt'), 'utf8'));
  const missing = bundledPackages(JSON.parse(fs.readFileSync(stats, 'utf8'))).filter((p) => !noticed.has(p));
  if (missing.length > 0)
    throw new Error(`${out}/licenses.txt does not name bundled packages: ${missing.join(', ')}`);
}

fs.rmSync(path.join(ROOT, 'dist'), { recursive: true, force: true });
const statsFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-build-'));
try {
  // The bundles and the types write separate files (ncc never empties its output folder), so all
  // four are made side by side. --no-check: the types are checked where they are used, by tsc in
  // __tests__/package/pack.test.ts.
  await Promise.all([
    ...BUNDLES.map((target) => bundle(target, statsFolder)),
    run('dts-bundle-generator', [
      '--project',
      'tsconfig.api.json',
      '--no-banner',
      '--silent',
      '--no-check',
      '-o',
      'dist/api/index.d.ts',
      'src/api.ts',
    ]),
  ]);
} finally {
  fs.rmSync(statsFolder, { recursive: true, force: true });
}
