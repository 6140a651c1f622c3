#!/usr/bin/env node
/**
 * The floors portlint is measured against: the least work any tool doing portlint's job must do.
 * Both list the tree as portlint does (git's list inside a work tree, else a walk that honours
 * .gitignore and skips node_modules/.git/vendor). No port extraction, no rules, no report.
 *   - default: the files portlint picks (their kind from src/discover/kinds.ts), each read, the
 *     YAML and JSON ones parsed into documents with positions (jsonc-parser for JSON), as a linter must;
 *   - `--every-file`: every file read, every YAML file that is not Go-templated (no `{{`) parsed
 *     with yaml's parseAllDocuments and every JSON file with JSON.parse, whatever its name.
 *
 *   node scripts/floor.mjs <folder> --kinds <kinds.mjs>
 *   node scripts/floor.mjs <folder> --every-file
 *
 * `--kinds` is src/discover/kinds.ts transpiled to JavaScript (scripts/bench.mjs makes it, so the
 * floor picks files by portlint's own rule and loads no TypeScript while it is timed). Without it
 * the floor transpiles kinds.ts itself, which is fine to run by hand but not to time.
 * Prints one JSON line: {"read":N,"parsed":N,"bytes":N}.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ignore from 'ignore';
import { parseAllDocuments } from 'yaml';
import { parseTree } from 'jsonc-parser';

const NEVER_DESCEND = new Set(['node_modules', '.git', 'vendor']);

const args = process.argv.slice(2);
const everyAt = args.indexOf('--every-file');
if (everyAt >= 0) {
  args.splice(everyAt, 1);
  process.stdout.write(`${JSON.stringify(everyFile(path.resolve(args[0] ?? '.')))}\n`);
  process.exit(0);
}
const kindsAt = args.indexOf('--kinds');
const kindsModule =
  kindsAt >= 0 ? args.splice(kindsAt, 2)[1] : (await import('./bench/transpile-kinds.mjs')).transpileKinds();
const root = path.resolve(args[0] ?? '.');
const { kindFromPath } = await import(pathToFileURL(kindsModule).href);
// A module transpiled here for this run only is removed once loaded.
if (kindsAt < 0) fs.rmSync(path.dirname(kindsModule), { recursive: true, force: true });

const files = listFolder(root).map((file) => path.relative(root, file).split(path.sep).join('/'));
const chartFolders = new Set(
  files.filter((p) => path.posix.basename(p) === 'Chart.yaml').map((p) => path.posix.dirname(p)),
);
let read = 0;
let parsed = 0;
let bytes = 0;
for (const file of files.sort()) {
  if (!kindFromPath(file, chartFolders)) continue;
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  read++;
  bytes += text.length;
  if (/\.ya?ml$/i.test(file)) {
    parseAllDocuments(text);
    parsed++;
  } else if (/\.json$/i.test(file)) {
    parseTree(text, [], { allowTrailingComma: true });
    parsed++;
  }
}
process.stdout.write(`${JSON.stringify({ read, parsed, bytes })}\n`);

/** The `--every-file` floor: read everything, parse all YAML without `{{` and all JSON. */
function everyFile(root) {
  let read = 0;
  let parsed = 0;
  let bytes = 0;
  for (const file of listFolder(root)) {
    const text = fs.readFileSync(file, 'utf8');
    read++;
    bytes += text.length;
    if (/\.ya?ml$/i.test(file) && !text.includes('{{')) {
      parseAllDocuments(text);
      parsed++;
    } else if (/\.json$/i.test(file)) {
      try {
        JSON.parse(text);
      } catch {
        // a JSON file with comments (devcontainer.json) is still read and tried
      }
      parsed++;
    }
  }
  return { read, parsed, bytes };
}

function listFolder(folder) {
  try {
    const output = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: folder,
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return [...new Set(output.split('\0').filter(Boolean))].map((relative) => path.join(folder, relative));
  } catch {
    return walk(folder);
  }
}

/** Depth-first walk honouring each .gitignore on the way; symlinked folders are not followed. */
function walk(start) {
  const found = [];
  const stack = [{ folder: start, rules: [] }];
  while (stack.length > 0) {
    const { folder, rules: inherited } = stack.pop();
    let entries;
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    const rules = [...inherited];
    if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
      rules.push({
        base: folder,
        matcher: ignore().add(fs.readFileSync(path.join(folder, '.gitignore'), 'utf8')),
      });
    }
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      const isDir = entry.isDirectory();
      if (isDir && NEVER_DESCEND.has(entry.name)) continue;
      const ignored = rules.some(({ base, matcher }) => {
        const relative = path.relative(base, full).split(path.sep).join('/');
        return relative !== '' && matcher.ignores(isDir ? `${relative}/` : relative);
      });
      if (ignored) continue;
      if (isDir) stack.push({ folder: full, rules });
      else if (entry.isFile()) found.push(full);
    }
  }
  return found;
}
