#!/usr/bin/env node
/**
 * The floors portlint is measured against: the least work any tool doing portlint's job must do.
 * No port extraction, no rules, no report.
 *   - `--every-file`: lists the tree as portlint does (git's list inside a work tree, else a walk
 *     that honours .gitignore and skips node_modules/.git/vendor), reads every file, parses every
 *     YAML file that is not Go-templated (no `{{`) with yaml's parseAllDocuments and every JSON
 *     file with JSON.parse, whatever its name;
 *   - `--files <list>`: reads the files named in <list> (one path per line, relative to <folder>:
 *     the bench writes the files portlint reports as scanned) and parses the YAML and JSON ones into
 *     documents with positions, as a linter must (jsonc-parser for JSON, templated YAML included).
 *
 *   node scripts/floor.mjs <folder> --every-file
 *   node scripts/floor.mjs <folder> --files <list>
 *
 * Prints one JSON line: {"read":N,"parsed":N,"bytes":N}.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ignore from 'ignore';
import { parseAllDocuments } from 'yaml';
import { parseTree } from 'jsonc-parser';

const NEVER_DESCEND = new Set(['node_modules', '.git', 'vendor']);

const args = process.argv.slice(2);
const listAt = args.indexOf('--files');
const list = listAt >= 0 ? args.splice(listAt, 2)[1] : undefined;
const everyAt = args.indexOf('--every-file');
if (everyAt >= 0) args.splice(everyAt, 1);
const root = path.resolve(args[0] ?? '.');
if ((list === undefined) === everyAt < 0) {
  console.error('usage: node scripts/floor.mjs <folder> (--every-file | --files <list>)');
  process.exit(2);
}
const counts = list === undefined ? everyFile(root) : listedFiles(root, list);
process.stdout.write(`${JSON.stringify(counts)}\n`);

/** The `--every-file` floor: read everything, parse all YAML without `{{` and all JSON. */
function everyFile(folder) {
  return readAndParse(listFolder(folder), (file, text) => {
    if (/\.ya?ml$/i.test(file) && !text.includes('{{')) parseAllDocuments(text);
    else if (/\.json$/i.test(file)) {
      try {
        JSON.parse(text);
      } catch {
        // a JSON file with comments (devcontainer.json) is still read and tried
      }
    } else return false;
    return true;
  });
}

/** The `--files` floor: portlint's own files, read and parsed with positions. */
function listedFiles(folder, listFile) {
  const files = fs.readFileSync(listFile, 'utf8').split('\n').filter(Boolean);
  return readAndParse(
    files.map((file) => path.resolve(folder, file)),
    (file, text) => {
      if (/\.ya?ml$/i.test(file)) parseAllDocuments(text);
      else if (/\.json$/i.test(file)) parseTree(text, [], { allowTrailingComma: true });
      else return false;
      return true;
    },
  );
}

/** Reads each file and hands it to `parse`, which says whether it parsed it. */
function readAndParse(files, parse) {
  const counts = { read: 0, parsed: 0, bytes: 0 };
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    counts.read++;
    counts.bytes += text.length;
    if (parse(file, text)) counts.parsed++;
  }
  return counts;
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
