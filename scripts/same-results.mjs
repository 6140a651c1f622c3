#!/usr/bin/env node
/**
 * `npm run same -- [corpus] [--base <git revision>] [--cli <path>]`
 *
 * Proves that a speed-up changed no result: the JSON report of the corpus (default
 * ../shared/corpus) from the built CLI (dist/cli/index.js, or --cli) must be byte-identical to the
 * one from the CLI committed at --base (default HEAD; dist/ is committed with its source, so
 * nothing is built), apart from the `version` line. Prints IDENTICAL, or what differs, and exits 1.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const options = parseArgs(process.argv.slice(2));
const corpus = path.resolve(options.corpus ?? path.join(ROOT, '..', 'shared', 'corpus'));
if (!fs.existsSync(corpus)) {
  console.log(`portlint same-results: no corpus at ${corpus}; nothing to compare. Pass its path.`);
  process.exit(0);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-same-'));
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }));
// The committed CLI of the base revision, as `git archive` gives it.
const archive = execFileSync('git', ['archive', options.base, 'dist/cli'], { cwd: ROOT, maxBuffer: 1 << 30 });
execFileSync('tar', ['-x', '-C', work], { input: archive });
const baseCli = path.join(work, 'dist', 'cli', 'index.js');
const cli = path.resolve(options.cli ?? path.join(ROOT, 'dist', 'cli', 'index.js'));

const before = report(baseCli);
const after = report(cli);
if (before.text === after.text) {
  console.log(
    `IDENTICAL: ${after.json.summary.files} files, ${after.json.summary.ports} ports, ` +
      `${after.json.findings.length} findings (${options.base} vs ${path.relative(ROOT, cli)})`,
  );
  process.exit(0);
}
console.log(`DIFFERENT: ${options.base} vs ${path.relative(ROOT, cli)}`);
console.log(
  `summary before ${JSON.stringify(before.json.summary)}\nsummary after  ${JSON.stringify(after.json.summary)}`,
);
for (const field of ['files', 'findings']) {
  const was = new Set(before.json[field].map((item) => JSON.stringify(item)));
  const is = new Set(after.json[field].map((item) => JSON.stringify(item)));
  const lost = [...was].filter((item) => !is.has(item));
  const gained = [...is].filter((item) => !was.has(item));
  for (const item of lost.slice(0, 20)) console.log(`- ${field}: ${item}`);
  for (const item of gained.slice(0, 20)) console.log(`+ ${field}: ${item}`);
}
process.exit(1);

/** The CLI's JSON report of the corpus, `version` dropped. */
function report(bundle) {
  const child = spawnSync(process.execPath, [bundle, '--format', 'json', '--fail-on', 'never', corpus], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (child.status !== 0)
    throw new Error(`${bundle} exited with ${child.status}: ${child.stderr.slice(0, 2000)}`);
  const json = JSON.parse(child.stdout);
  delete json.version;
  return { json, text: JSON.stringify(json) };
}

function parseArgs(argv) {
  const parsed = { base: 'HEAD' };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--base') parsed.base = argv[++i];
    else if (argv[i] === '--cli') parsed.cli = argv[++i];
    else if (argv[i] === '--help' || argv[i] === '-h') {
      console.log('usage: node scripts/same-results.mjs [corpus] [--base <git revision>] [--cli <path>]');
      process.exit(0);
    } else parsed.corpus = argv[i];
  }
  return parsed;
}
