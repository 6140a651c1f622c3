#!/usr/bin/env node
/**
 * Time and peak memory of a whole scan on each hostile input, worst cases at the 5 MiB size limit.
 * Every case runs in a fresh Node.js process (so its peak RSS is its own) with a time limit, on
 * src/ transpiled to JavaScript. Prints a Markdown table and the bounds.
 *
 *   node scripts/measure-hostile.mjs            all cases
 *   node scripts/measure-hostile.mjs yaml json  cases whose name contains one of the words
 *
 * Not a test: the numbers depend on the machine. docs/reliability.md quotes them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LIMIT = 5 * 1024 * 1024;
/** A case still running after this long is reported as such (and stopped). */
const TIMEOUT_MS = 2 * 60 * 1000;

// ------------------------------------------------------------------------------------------- child

/**
 * `--child <mode> <src> <repo>`: one measurement in this process. `scan` runs the whole pipeline;
 * `parse` only what happens to each file on its own (discover, read, kind, suppressions, parse), which
 * is where hostile input is handled, without linking and the rules over all ports.
 */
if (process.argv[2] === '--child') {
  const [, , , mode, sourceDir, repo] = process.argv;
  const load = (file) => import(pathToFileURL(path.join(sourceDir, 'src', file)).href);
  const started = performance.now();
  const counts = { files: 0, ports: 0, parseErrors: 0, skipped: 0 };
  if (mode === 'scan') {
    const { scan } = await load('scan.js');
    const result = scan({ paths: ['.'], cwd: repo, today: '2026-08-17' });
    counts.files = result.summary.files;
    counts.ports = result.summary.ports;
    for (const f of result.findings) {
      if (f.ruleId === 'parse-error') counts.parseErrors++;
      if (f.ruleId === 'skipped-file') counts.skipped++;
    }
  } else {
    const { discover } = await load('discover/discover.js');
    const { createFileParser } = await load('parse-file.js');
    const parseFile = createFileParser({ cwd: repo, roots: [fs.realpathSync(repo)] });
    for (const found of discover(['.'], { cwd: repo })) {
      const outcome = parseFile(found);
      if (outcome.file) counts.files++;
      counts.ports += outcome.ports.length;
      for (const d of outcome.diagnostics) {
        if (d.ruleId === 'parse-error') counts.parseErrors++;
        if (d.ruleId === 'skipped-file') counts.skipped++;
      }
    }
  }
  const ms = performance.now() - started;
  process.stdout.write(JSON.stringify({ ms, rssMiB: process.resourceUsage().maxRSS / 1024, ...counts }));
  process.exit(0);
}

// ------------------------------------------------------------------------------------------- cases

/**
 * Repeat `unit` until the text (with `head` and `tail`) is just under the size limit; each `%` of the
 * unit becomes the repetition's number, seven digits wide (distinct service names).
 */
function fill(head, unit, tail = '', limit = LIMIT - 1024) {
  const width = unit.length + 6 * (unit.split('%').length - 1);
  return numbered(head, unit, Math.max(0, Math.floor((limit - head.length - tail.length) / width)), tail);
}

/** `head`, `count` times `unit` (each `%` the repetition's number, seven digits), `tail`. */
function numbered(head, unit, count, tail = '') {
  const units = Array.from({ length: count }, (_, i) => unit.replace(/%/g, String(i).padStart(7, '0')));
  return head + units.join('') + tail;
}

function aliasBomb(levels, width) {
  const lines = [`x-l0: &l0 [${Array(width).fill('"80:80"').join(', ')}]`];
  for (let i = 1; i < levels; i++)
    lines.push(
      `x-l${i}: &l${i} [${Array(width)
        .fill(`*l${i - 1}`)
        .join(', ')}]`,
    );
  return lines.join('\n') + `\nservices:\n  web:\n    image: nginx\n    ports: *l${levels - 1}\n`;
}

/** name -> files of the repository (text or Buffer), or a function that builds it in `dir`. */
const CASES = {
  'baseline: one small Compose file': { 'compose.yaml': 'services:\n  web:\n    ports: ["8080:80"]\n' },
  'YAML alias bomb (9 levels x 9 aliases, 387M nodes expanded)': { 'compose.yaml': aliasBomb(9, 9) },
  'YAML merge-key bomb (8 levels x 9 merges)': {
    'compose.yaml':
      'x-m0: &m0 {image: x, ports: ["1:1"]}\n' +
      Array.from(
        { length: 8 },
        (_, i) => `x-m${i + 1}: &m${i + 1} {<<: [${Array(9).fill(`*m${i}`).join(', ')}]}\n`,
      ).join('') +
      'services:\n  web: *m8\n',
  },
  'YAML nested 10,000 deep': {
    'compose.yaml': `services:\n  web:\n    ports: ${'['.repeat(10000)}${']'.repeat(10000)}\n`,
  },
  'YAML nested to the size limit (2.6M flow levels)': {
    'compose.yaml': `services:\n  web:\n    ports: ${'['.repeat(LIMIT / 2 - 100)}${']'.repeat(LIMIT / 2 - 100)}\n`,
  },
  // The rules compare ports pairwise (duplicate-port) and search a free port per finding: time grows
  // with the square of the number of ports. These show the growth below the limit.
  'Compose, 4,000 services publishing one host port': {
    'compose.yaml': numbered('services:\n', '  s%:\n    ports: ["10000:80"]\n', 4000),
  },
  'Compose, 8,000 services publishing one host port': {
    'compose.yaml': numbered('services:\n', '  s%:\n    ports: ["10000:80"]\n', 8000),
  },
  'Compose, 8,000 services publishing distinct host ports': {
    'compose.yaml': numbered('services:\n', '  s%:\n    ports: ["1%:80"]\n', 8000).replace(
      /"1(\d{7}):80"/g,
      (_, n) => `"${1024 + (Number(n) % 30000)}:80"`,
    ),
  },
  'YAML 5 MiB, 150k services and 300k ports': {
    'compose.yaml': fill('services:\n', '  s%:\n    ports: ["10000:80"]\n'),
  },
  'YAML 5 MiB, 100k services merging one anchor': {
    'compose.yaml': fill('x-c: &c {image: nginx, ports: ["80"]}\nservices:\n', '  s%:\n    <<: *c\n'),
  },
  'YAML 5 MiB with lone CR line endings': {
    'compose.yaml': fill('services:\r', '  s%:\r    ports: ["10000:80"]\r'),
  },
  'Kubernetes 5 MiB, 40k Services': {
    'k8s/all.yaml': fill(
      '',
      '---\napiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports:\n    - port: 80\n      targetPort: http\n',
    ),
  },
  'Helm values 5 MiB nested maps': {
    'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n',
    'charts/web/values.yaml': fill('', 'a:\n  port: 80\n  b: {port: 81, ports: [1, 2]}\n'),
  },
  'JSON nested to the size limit': {
    '.devcontainer/devcontainer.json': `{"forwardPorts": ${'['.repeat(LIMIT - 100)}`,
  },
  'JSON 5 MiB, one line of 700k forwarded ports': {
    '.devcontainer/devcontainer.json': fill('{"forwardPorts": [', '3000, ', '1]}'),
  },
  'TOML nested to the size limit': { 'fly.toml': `x = ${'['.repeat(LIMIT - 100)}\n` },
  'TOML 5 MiB, 100k [[services.ports]]': {
    'fly.toml': fill('app = "a"\n[[services]]\n', '  [[services.ports]]\n    port = 80\n'),
  },
  'HCL objects nested to the size limit': {
    'main.tf': `a = ${'{a = '.repeat((LIMIT - 100) / 6)}1${'}'.repeat((LIMIT - 100) / 6)}\n`,
  },
  'HCL blocks nested 10,000 deep': { 'main.tf': `${'a {\n'.repeat(10000)}${'}\n'.repeat(10000)}` },
  'HCL 5 MiB, 50k ingress rules': {
    'main.tf': fill(
      'resource "aws_security_group" "w" {\n',
      '  ingress {\n    from_port = 80\n    to_port = 80\n    protocol = "tcp"\n  }\n',
      '}\n',
    ),
  },
  'HCL 5 MiB of unterminated strings': { 'main.tf': fill('', 'a = "${x\n') },
  'nginx nested to the size limit': { 'nginx/nginx.conf': `${'a {'.repeat((LIMIT - 100) / 3)}` },
  'nginx 5 MiB, 150k listen directives': {
    'nginx/nginx.conf': fill('http {\n  server {\n', '    listen 8080;\n', '  }\n}\n'),
  },
  'Dockerfile 5 MiB, 300k EXPOSE lines': { Dockerfile: fill('FROM nginx\n', 'EXPOSE 80/udp\n') },
  'Dockerfile 5 MiB, one continued EXPOSE': {
    Dockerfile: fill('FROM nginx\nEXPOSE \\\n', ' 80 \\\n', ' 81\n'),
  },
  'Dockerfile 5 MiB of nested ${A:-${A:-...}}': {
    Dockerfile: `FROM x\nARG A=1\nEXPOSE ${'${A:-'.repeat((LIMIT - 100) / 6)}80${'}'.repeat((LIMIT - 100) / 6)}\n`,
  },
  '.env 5 MiB of unterminated quotes': { '.env': fill('', 'PORT="8080\n') },
  'Procfile 5 MiB, one line': { Procfile: fill('web: node server.js ', '--port 80 ', '\n') },
  'Spring properties 5 MiB of continuations': {
    'application.properties': fill('server.port=', '\\\n 8', '0\n'),
  },
  'systemd 5 MiB of continuations': { 'app.socket': fill('[Socket]\nListenStream=', '\\\n', '8080\n') },
  'a 50 MB Compose file (skipped by size)': (dir) => {
    fs.writeFileSync(path.join(dir, 'compose.yaml'), Buffer.alloc(50 * 1024 * 1024, '#'));
  },
  'binary Dockerfile at the limit': { Dockerfile: Buffer.alloc(LIMIT, 0) },
  'invalid UTF-8 at the limit': { '.env': Buffer.alloc(LIMIT, 0xff) },
  'FIFO, link loop, link out of the root, folder named compose.yaml': (dir) => {
    execFileSync('mkfifo', [path.join(dir, 'Dockerfile')]);
    fs.symlinkSync('compose.yaml', path.join(dir, 'docker-compose.yml'));
    fs.symlinkSync('docker-compose.yml', path.join(dir, 'compose.yaml'));
    fs.symlinkSync('/etc/hostname', path.join(dir, '.env'));
    fs.mkdirSync(path.join(dir, 'sub', 'compose.yaml'), { recursive: true });
  },
  'every hostile file above in one repository': 'all',
};

// ------------------------------------------------------------------------------------------- parent

/** src/ as JavaScript in a temporary folder (typescript is loaded here only, never in a measured child). */
async function transpileSource() {
  const { default: ts } = await import('typescript');
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-measure-src-'));
  fs.writeFileSync(path.join(out, 'package.json'), '{"type":"module"}\n');
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(out, 'node_modules'), 'dir');
  const source = path.join(ROOT, 'src');
  for (const entry of fs.readdirSync(source, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.d.ts')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const target = path.join(out, 'src', path.relative(source, file)).replace(/\.ts$/, '.js');
    const { outputText } = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
      fileName: file,
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        resolveJsonModule: true,
      },
    });
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, outputText);
  }
  return out;
}

function build(dir, spec) {
  if (typeof spec === 'function') return spec(dir);
  for (const [name, content] of Object.entries(spec)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
}

function measure(mode, sourceDir, repo) {
  const run = spawnSync(
    process.execPath,
    [fileURLToPath(import.meta.url), '--child', mode, sourceDir, repo],
    {
      encoding: 'utf8',
      timeout: TIMEOUT_MS,
      maxBuffer: 1024 * 1024,
    },
  );
  if (run.error?.code === 'ETIMEDOUT' || run.signal)
    return { failed: `over ${TIMEOUT_MS / 1000} s`, timedOut: true };
  if (run.status !== 0)
    return { failed: (run.stderr || `exit ${run.status}`).trim().split('\n').slice(-3).join(' ') };
  return JSON.parse(run.stdout);
}

const filters = process.argv.slice(2).map((w) => w.toLowerCase());
const names = Object.keys(CASES).filter(
  (n) => filters.length === 0 || filters.some((w) => n.toLowerCase().includes(w)),
);
const sourceDir = await transpileSource();
const rows = [];
const describe = (r) => (r.failed ? r.failed : `${(r.ms / 1000).toFixed(2)} s, ${r.rssMiB.toFixed(0)} MiB`);
try {
  for (const name of names) {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-measure-'));
    try {
      if (CASES[name] === 'all') {
        for (const [other, spec] of Object.entries(CASES)) {
          if (spec === 'all' || other.startsWith('baseline')) continue;
          const sub = path.join(repo, other.replace(/[^a-z0-9]+/gi, '-').toLowerCase());
          fs.mkdirSync(sub);
          build(sub, spec);
        }
      } else build(repo, CASES[name]);
      const parse = measure('parse', sourceDir, repo);
      const scan = measure('scan', sourceDir, repo);
      rows.push({ name, parse, scan });
      const counts = parse.failed
        ? ''
        : `; ${parse.files} files, ${parse.ports} ports, ${parse.parseErrors} parse-errors, ${parse.skipped} skipped`;
      process.stderr.write(`${name}: read+parse ${describe(parse)}; whole scan ${describe(scan)}${counts}\n`);
    } finally {
      fs.rmSync(repo, { recursive: true, force: true });
    }
  }
} finally {
  fs.rmSync(sourceDir, { recursive: true, force: true });
}

const cell = (r) =>
  r.failed ? `**${r.failed}**` : `${(r.ms / 1000).toFixed(2)} s, ${r.rssMiB.toFixed(0)} MiB`;
const lines = [
  `Measured on ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores), Node.js ${process.version}; each figure is one fresh process (time, peak RSS).`,
  '"read + parse" is discovery, reading and parsing each file; "whole scan" adds linking, classification and the rules.',
  '',
  '| input | read + parse | whole scan | result |',
  '|---|---:|---:|---|',
];
for (const { name, parse, scan } of rows) {
  const result = parse.failed
    ? []
    : [
        parse.ports ? `${parse.ports} ports` : '',
        parse.parseErrors ? `${parse.parseErrors} parse-error${parse.parseErrors > 1 ? 's' : ''}` : '',
        parse.skipped ? `${parse.skipped} skipped-file` : '',
      ].filter(Boolean);
  lines.push(`| ${name} | ${cell(parse)} | ${cell(scan)} | ${result.join(', ') || 'nothing to report'} |`);
}
const bound = (key) => {
  const measured = rows.filter((r) => !r[key].failed);
  if (measured.length === 0) return 'nothing measured';
  const slowest = measured.reduce((a, b) => (b[key].ms > a[key].ms ? b : a));
  const largest = measured.reduce((a, b) => (b[key].rssMiB > a[key].rssMiB ? b : a));
  return `at most ${(slowest[key].ms / 1000).toFixed(1)} s (${slowest.name}) and ${largest[key].rssMiB.toFixed(0)} MiB (${largest.name})`;
};
lines.push(
  '',
  `Read + parse: ${bound('parse')}.`,
  `Whole scan, where it finished within ${TIMEOUT_MS / 1000} s: ${bound('scan')}.`,
);
const over = rows.filter((r) => r.scan.failed).map((r) => r.name);
if (over.length > 0) lines.push(`Whole scan over ${TIMEOUT_MS / 1000} s: ${over.join('; ')}.`);
console.log(lines.join('\n'));
if (rows.some((r) => r.parse.failed)) process.exitCode = 1;
