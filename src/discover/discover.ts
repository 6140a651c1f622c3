import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { globMatcher } from '../policy/glob.js';
import { kindFromPath, type KindGuess } from './kinds.js';

/** Folders never worth scanning (vendored or generated code); `include` globs cannot re-add them. */
export const DEFAULT_EXCLUDES = ['**/node_modules/**', '**/vendor/**', '**/.git/**'];

export interface DiscoveredFile {
  /** Absolute path on disk. */
  absolutePath: string;
  /** Path relative to cwd, forward slashes: what reports show. */
  path: string;
  kind: KindGuess;
}

export interface DiscoverOptions {
  cwd: string;
  include?: string[];
  exclude?: string[];
}

/**
 * Every manifest under `paths`, sorted by path. Inside a git work tree the file list comes from git
 * (tracked plus untracked-not-ignored), elsewhere from a walk that honours .gitignore files.
 */
export function discover(paths: string[], options: DiscoverOptions): DiscoveredFile[] {
  const { cwd } = options;
  const excluded = globMatcher([...DEFAULT_EXCLUDES, ...(options.exclude ?? [])]);
  const included = options.include?.length ? globMatcher(options.include) : () => true;
  const candidates = new Map<string, string>();
  for (const given of paths.length ? paths : ['.']) {
    const absolute = path.resolve(cwd, given);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch {
      continue; // the caller reports missing paths
    }
    // A FIFO, socket or device given by name is read by readManifest, which refuses it with a notice.
    if (!stat.isDirectory()) candidates.set(toReportPath(cwd, absolute), absolute);
    else if (stat.isDirectory()) {
      for (const file of listFolder(absolute)) candidates.set(toReportPath(cwd, file), file);
    }
  }
  const reportPaths = [...candidates.keys()].filter((p) => !excluded(p) && included(p));
  const chartFolders = new Set(
    reportPaths.filter((p) => path.posix.basename(p) === 'Chart.yaml').map((p) => path.posix.dirname(p)),
  );
  // A values file named on the command line belongs to a chart whose Chart.yaml was not listed.
  for (const p of reportPaths) {
    const folder = path.posix.dirname(p);
    if (/^values.*\.ya?ml$/i.test(path.posix.basename(p)) && !chartFolders.has(folder)) {
      if (fs.existsSync(path.join(path.dirname(candidates.get(p)!), 'Chart.yaml'))) chartFolders.add(folder);
    }
  }
  const files: DiscoveredFile[] = [];
  for (const reportPath of reportPaths.sort()) {
    const kind = kindFromPath(reportPath, chartFolders);
    if (kind) files.push({ absolutePath: candidates.get(reportPath)!, path: reportPath, kind });
  }
  return files;
}

/** Paths that do not exist, so the CLI can refuse them with a clear message. */
export function missingPaths(paths: string[], cwd: string): string[] {
  return paths.filter((p) => !fs.existsSync(path.resolve(cwd, p)));
}

/** Path relative to cwd with forward slashes (`../x` outside it; absolute only across drives). */
export function toReportPath(cwd: string, absolute: string): string {
  const relative = path.relative(cwd, absolute);
  if (relative === '') return '.';
  return (path.isAbsolute(relative) ? absolute : relative).split(path.sep).join('/');
}

function listFolder(folder: string): string[] {
  return listWithGit(folder) ?? walk(folder);
}

/** `git ls-files` is exact about ignores and far faster than a walk; undefined outside a work tree. */
function listWithGit(folder: string): string[] | undefined {
  try {
    const output = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: folder,
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const unique = new Set(output.split('\0').filter(Boolean));
    return [...unique].map((relative) => path.join(folder, relative));
  } catch {
    return undefined;
  }
}

const NEVER_DESCEND = new Set(['node_modules', '.git', 'vendor']);

/** A walk that honours every .gitignore on the way and never follows a symlinked folder. */
function walk(root: string): string[] {
  const files: string[] = [];
  const stack: Array<{ folder: string; rules: Array<{ base: string; matcher: Ignore }> }> = [
    { folder: root, rules: [] },
  ];
  while (stack.length > 0) {
    const { folder, rules: inherited } = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    const rules = [...inherited];
    if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
      try {
        rules.push({
          base: folder,
          matcher: ignore().add(fs.readFileSync(path.join(folder, '.gitignore'), 'utf8')),
        });
      } catch {
        // an unreadable .gitignore ignores nothing
      }
    }
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      const isDir = entry.isDirectory();
      if (isDir && NEVER_DESCEND.has(entry.name)) continue;
      if (isIgnored(rules, full, isDir)) continue;
      if (isDir) stack.push({ folder: full, rules });
      // Anything else named like a manifest (a FIFO, a socket) gets a `skipped-file` notice from readManifest.
      else files.push(full);
    }
  }
  return files;
}

function isIgnored(rules: Array<{ base: string; matcher: Ignore }>, full: string, isDir: boolean): boolean {
  for (const { base, matcher } of rules) {
    const relative = path.relative(base, full).split(path.sep).join('/');
    if (relative && matcher.ignores(isDir ? `${relative}/` : relative)) return true;
  }
  return false;
}
