#!/usr/bin/env node
/**
 * `npm run bench [-- <corpus>] [--cli <path> | --build] [--runs N]`
 *
 * Measures the built portlint CLI and prints one Markdown table (for docs/performance.md), every
 * figure from this run, on the same files, each goal's result beside its target:
 *   - portlint over the whole corpus versus two floors (scripts/floor.mjs): reading every file and
 *     parsing every YAML file without `{{` and every JSON file (the goal: at most 1.2), and reading
 *     only the files portlint picks, parsing their YAML/JSON with positions;
 *   - portlint versus dclint on the corpus's Compose files (both given the same list; goal 40x);
 *   - scaling: the corpus copied x1, x4, x16 into a temporary folder, ms per file at each size
 *     (goal: flat or falling), x16 under 10 s and 300 MB, the every-file floor at x16 (what one
 *     thread must spend there), and x16 with worker threads on (PORTLINT_WORKERS=auto) to show
 *     whether they pay;
 *   - cold start over `node -e 0`: `--version` (goal 25 ms) and a scan of examples/ (goal 50 ms);
 *   - peak RSS (the worst of the runs).
 * Wall times are medians of interleaved runs. The corpus defaults to ../shared/corpus; when it is
 * absent the bench says so and exits 0. The CLI defaults to dist/cli/index.js (built by
 * `npm run build`); `--build` bundles src/cli.ts into a temporary folder instead.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureInterleaved, rssMethod } from './bench/measure.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FLOOR = path.join(ROOT, 'scripts', 'floor.mjs');
const DCLINT = path.join(ROOT, 'node_modules', 'dclint', 'bin', 'dclint.cjs');
/** dclint's own rule for Compose file names; both tools get the files both rules accept. */
const DCLINT_NAME = /^(docker-)?compose.*\.ya?ml$/;
const SCALES = [1, 4, 16];

const options = parseArgs(process.argv.slice(2));
const corpus = path.resolve(options.corpus ?? path.join(ROOT, '..', 'shared', 'corpus'));
if (!fs.existsSync(corpus) || !fs.statSync(corpus).isDirectory()) {
  console.log(
    `portlint bench: no corpus at ${corpus}; nothing to measure. Pass its path: npm run bench -- <folder>`,
  );
  process.exit(0);
}
if (!fs.existsSync(DCLINT)) {
  console.error('portlint bench: dclint is missing; run `npm ci` (it is a devDependency).');
  process.exit(1);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-bench-'));
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }));
process.on('SIGINT', () => process.exit(130));

const cli = options.build || !options.cli ? locateCli(options) : path.resolve(options.cli);
const runs = options.runs;
const slowRuns = Math.max(1, Math.min(runs, 3));
/** dclint takes ~0.1 s per Compose file (it compiles the Compose JSON schema for each): two runs keep the bench short. */
const dclintRuns = Math.max(1, Math.min(runs, 2));
const loadBefore = os.loadavg()[0];
const started = Date.now();
log(`corpus ${corpus}\ncli ${cli}\nruns ${runs} (${slowRuns} for x4/x16, ${dclintRuns} for dclint)`);

// What portlint reads on the corpus, and its Compose files (an untimed JSON run).
const report = jsonOutput([cli, '--format', 'json', '.'], corpus);
const composeFiles = report.files
  .filter((f) => f.kind === 'compose' && DCLINT_NAME.test(path.posix.basename(f.path)))
  .map((f) => f.path);
// The second floor reads exactly the files portlint reports as scanned.
const fileList = path.join(work, 'portlint-files.txt');
fs.writeFileSync(fileList, report.files.map((f) => f.path).join('\n'));
const floorCounts = jsonOutput([FLOOR, corpus, '--files', fileList], ROOT);
const everyFileCounts = jsonOutput([FLOOR, corpus, '--every-file'], ROOT);
const filesRead = floorCounts.read;

log('portlint vs the floors on the corpus');
const corpusRuns = measureInterleaved(
  {
    everyFile: { args: [FLOOR, '.', '--every-file'], cwd: corpus, okStatus: [0] },
    floor: { args: [FLOOR, '.', '--files', fileList], cwd: corpus, okStatus: [0] },
    portlint: { args: [cli, '.'], cwd: corpus },
  },
  runs,
);

log(`portlint vs dclint on ${composeFiles.length} Compose files`);
// Both write JSON; dclint exits before a piped stdout is flushed, so its report goes to a file.
const dclintJson = path.join(work, 'dclint.json');
const composeRuns = measureInterleaved(
  {
    portlint: { args: [cli, '--format', 'json', ...composeFiles], cwd: corpus },
    dclint: { args: [DCLINT, '-f', 'json', '-o', dclintJson, ...composeFiles], cwd: corpus },
  },
  dclintRuns,
);
const dclintReport = JSON.parse(fs.readFileSync(dclintJson, 'utf8'));
const composeReport = jsonOutput([cli, '--format', 'json', ...composeFiles], corpus);

const scaled = {};
for (const scale of SCALES) {
  const folder = copyCorpus(scale);
  log(`portlint on the corpus x${scale}`);
  const unset = { ...process.env };
  delete unset.PORTLINT_WORKERS;
  const commands = { default: { args: [cli, '.'], cwd: folder, env: unset } };
  if (scale === SCALES.at(-1)) {
    commands.threads = { args: [cli, '.'], cwd: folder, env: { ...unset, PORTLINT_WORKERS: 'auto' } };
    // What any single-threaded tool must spend on this many files: is the time goal above it?
    commands.everyFile = { args: [FLOOR, '.', '--every-file'], cwd: folder, okStatus: [0] };
  }
  scaled[scale] = measureInterleaved(commands, scale === 1 ? runs : slowRuns);
  fs.rmSync(folder, { recursive: true, force: true });
}

log('cold start');
const coldRuns = Math.max(runs * 2, 10);
const cold = measureInterleaved(
  {
    baseline: { args: ['-e', '0'], cwd: ROOT, okStatus: [0] },
    version: { args: [cli, '--version'], cwd: ROOT, okStatus: [0] },
    portlint: { args: [cli, 'examples'], cwd: ROOT },
  },
  coldRuns,
);

const table = renderTable();
process.stdout.write(`\n${table}\n`);
log(`bench took ${((Date.now() - started) / 1000).toFixed(0)} s`);

function renderTable() {
  const largest = SCALES.at(-1);
  const perFile = (scale) => scaled[scale].default.wallMs / (filesRead * scale);
  const ratioEvery = corpusRuns.portlint.wallMs / corpusRuns.everyFile.wallMs;
  const ratioFloor = corpusRuns.portlint.wallMs / corpusRuns.floor.wallMs;
  const speedup = composeRuns.dclint.wallMs / composeRuns.portlint.wallMs;
  const drift = perFile(largest) / perFile(1) - 1;
  const big = scaled[largest].default;
  const coldOver = cold.portlint.wallMs - cold.baseline.wallMs;
  const versionOver = cold.version.wallMs - cold.baseline.wallMs;
  const withThreads = scaled[largest].threads;
  const composeFindings = composeReport.findings.length;
  const dclintFindings = dclintReport.reduce((sum, file) => sum + file.messages.length, 0);
  const rows = [
    [
      'floor: every file read, YAML without `{{` and JSON parsed',
      everyFileCounts.read,
      corpusRuns.everyFile,
      `parses ${everyFileCounts.parsed} files`,
      '',
    ],
    [
      "floor: portlint's files read, their YAML/JSON parsed with positions",
      filesRead,
      corpusRuns.floor,
      `parses ${floorCounts.parsed} files`,
      '',
    ],
    [
      'portlint on the corpus',
      filesRead,
      corpusRuns.portlint,
      `portlint/floor **${ratioEvery.toFixed(2)}** (every file); **${ratioFloor.toFixed(2)}** (portlint's files)`,
      target(ratioEvery <= 1.2, '≤ 1.2 (every file)'),
    ],
    [
      'dclint on the Compose files',
      composeFiles.length,
      composeRuns.dclint,
      `${dclintFindings} problems`,
      '',
    ],
    [
      'portlint on the Compose files',
      composeFiles.length,
      composeRuns.portlint,
      `${composeFindings} findings; **${speedup.toFixed(0)}×** faster than dclint`,
      target(speedup >= 40, '≥ 40×'),
    ],
    ...SCALES.map((scale) => [
      `portlint on the corpus ×${scale}`,
      filesRead * scale,
      scaled[scale].default,
      `**${perFile(scale).toFixed(3)} ms/file**` +
        (scale === largest ? `; ${(drift >= 0 ? '+' : '') + (drift * 100).toFixed(0)}% vs ×1` : ''),
      scale === largest
        ? [
            target(drift <= 0.05, 'ms/file flat or falling from ×1'),
            target(big.wallMs < 10_000, '< 10 s'),
            target(big.rssMb < 300, 'peak RSS < 300 MB'),
          ].join('; ')
        : '',
    ]),
    [
      `floor ×${largest}: every file read, YAML without \`{{\` and JSON parsed`,
      everyFileCounts.read * largest,
      scaled[largest].everyFile,
      `portlint/floor ${(big.wallMs / scaled[largest].everyFile.wallMs).toFixed(2)}`,
      '',
    ],
    [
      `portlint on the corpus ×${largest} with PORTLINT_WORKERS=auto`,
      filesRead * largest,
      withThreads,
      workerEffect(big.wallMs, withThreads.wallMs),
      '',
    ],
    ['`node -e 0`', '', cold.baseline, '', ''],
    [
      'cold start: `portlint --version`',
      '',
      cold.version,
      `**+${versionOver.toFixed(0)} ms** over \`node -e 0\``,
      target(versionOver <= 25, '≤ 25 ms over node'),
    ],
    [
      'cold start: portlint on examples/',
      '',
      cold.portlint,
      `**+${coldOver.toFixed(0)} ms** over \`node -e 0\``,
      target(coldOver <= 50, '≤ 50 ms over node'),
    ],
  ];
  const cpu = os.cpus();
  const lines = [
    `| Measurement | Files | Wall (median) | CPU (median) | Peak RSS | Result | Target |`,
    `| --- | ---: | ---: | ---: | ---: | --- | --- |`,
    ...rows.map(
      ([name, files, m, result, goal]) =>
        `| ${name} | ${files} | ${formatMs(m.wallMs)} | ${formatMs(m.cpuMs)} | ${m.rssMb.toFixed(0)} MB | ${result} | ${goal} |`,
    ),
    '',
    `${os.availableParallelism()} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ` +
      `${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node.js ${process.version}, ${os.platform()}; ` +
      `load average ${loadBefore.toFixed(1)} before, ${os.loadavg()[0].toFixed(1)} after. ` +
      `Medians of ${runs} runs (${slowRuns} for ×4/×16, ${dclintRuns} for the Compose files, ${coldRuns} for cold start); ` +
      `peak RSS is the worst run (${rssMethod}). Files: for portlint, the files it reports as scanned ` +
      '(it also reads YAML files that turn out not to be Kubernetes).' +
      ' portlint parses on one thread unless PORTLINT_WORKERS is set.',
  ];
  return lines.join('\n');
}

/** Parsed JSON stdout of `node <args>` (exit 0 or 1: both tools exit 1 when they find problems). */
function jsonOutput(args, cwd, parse = true) {
  const child = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  if (child.status !== 0 && child.status !== 1) {
    throw new Error(`node ${args.slice(0, 3).join(' ')} ... exited with ${child.status}: ${child.stderr}`);
  }
  return parse ? JSON.parse(child.stdout) : undefined;
}

/** How much wall time worker threads save over the default (one thread). */
function workerEffect(defaultMs, threadsMs) {
  const change = (defaultMs - threadsMs) / defaultMs;
  const percent = `${Math.abs(change * 100).toFixed(0)}%`;
  return change >= 0 ? `saves ${percent} of wall time` : `costs ${percent} more wall time`;
}

function target(met, text) {
  return `${met ? '✅' : '❌'} ${text}`;
}

function formatMs(ms) {
  if (Number.isNaN(ms)) return 'n/a';
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

/** The corpus copied `scale` times side by side (copy1/, copy2/, ...) in a fresh folder. */
function copyCorpus(scale) {
  const folder = path.join(work, `x${scale}`);
  for (let i = 1; i <= scale; i++) fs.cpSync(corpus, path.join(folder, `copy${i}`), { recursive: true });
  return folder;
}

function locateCli({ build }) {
  const dist = path.join(ROOT, 'dist', 'cli', 'index.js');
  if (!build && fs.existsSync(dist)) return dist;
  const out = path.join(work, 'cli');
  log(`bundling src/cli.ts into ${out} (ncc, about a minute)`);
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js'),
      'build',
      'src/cli.ts',
      '-o',
      out,
      '--minify',
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  return path.join(out, 'index.js');
}

function parseArgs(argv) {
  const parsed = { runs: 5, build: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--cli') parsed.cli = argv[++i];
    else if (arg === '--build') parsed.build = true;
    else if (arg === '--runs') parsed.runs = Math.max(1, Number.parseInt(argv[++i] ?? '', 10) || 5);
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: node scripts/bench.mjs [corpus] [--cli <dist/cli/index.js> | --build] [--runs N]');
      process.exit(0);
    } else parsed.corpus = arg;
  }
  return parsed;
}

function log(message) {
  process.stderr.write(`${message}\n`);
}
