import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { globMatcher } from './glob.js';
import type { ManifestKind } from '../types.js';
import { kindOf, type KIND_FROM_TEXT, type KindMatcher, type PathFacts } from './kinds.js';
import { isInsideRoots, readRegularFile, realFolder } from './safe-read.js';
import { toReportPath } from './report-path.js';

/** Folders never worth scanning (vendored or generated code); `include` globs cannot re-add them. */
export const DEFAULT_EXCLUDES = ['**/node_modules/**', '**/vendor/**', '**/.git/**'];

export interface DiscoveredFile {
  /** Absolute path on disk. */
  absolutePath: string;
  /** Path relative to cwd, forward slashes: what reports show. */
  path: string;
  /** Its kind by name, or KIND_FROM_TEXT: kindOf with the text and `facts` settles it. */
  kind: ManifestKind | typeof KIND_FROM_TEXT;
  facts: PathFacts;
}

/** Bounds of the walk outside git; hitting one is reported, not silent. */
export interface WalkLimits {
  /** Folders nested deeper than this below a scanned folder are not walked. */
  depth: number;
  /** The walk stops after visiting this many entries (files and folders). */
  entries: number;
}

export const WALK_LIMITS: WalkLimits = { depth: 100, entries: 1_000_000 };
/** A .gitignore larger than this is not read (it ignores nothing): no hand-written one is. */
const MAX_GITIGNORE_BYTES = 1024 * 1024;

export interface DiscoverOptions {
  cwd: string;
  /** The manifest kinds, in the order they are asked (parsers/index.ts KINDS). */
  kinds: readonly KindMatcher[];
  include?: string[];
  exclude?: string[];
  /** Real paths links may lead into; default: the real folders of `paths`. */
  roots?: readonly string[];
  /** Told about each folder or link not walked, with the reason (a `skipped-file` notice). */
  onSkipped?: (reportPath: string, reason: string) => void;
  limits?: WalkLimits;
  /** Lists a folder; tests replace it to simulate errors a root user never sees (EACCES). */
  readFolder?: (folder: string) => fs.Dirent[];
}

/** What the walk could not enter, by absolute path, with the reason. */
type WalkSkips = Map<string, string>;

/**
 * Every manifest under `paths`, sorted by path. Inside a git work tree the file list comes from git
 * (tracked plus untracked-not-ignored), elsewhere from a walk that honours .gitignore files.
 */
export function discover(paths: string[], options: DiscoverOptions): DiscoveredFile[] {
  const { cwd } = options;
  const excluded = globMatcher([...DEFAULT_EXCLUDES, ...(options.exclude ?? [])]);
  const included = options.include?.length ? globMatcher(options.include) : () => true;
  const givenPaths = paths.length ? paths : ['.'];
  const walkContext: WalkContext = {
    roots: options.roots ?? givenPaths.map((p) => realFolder(path.resolve(cwd, p))),
    limits: options.limits ?? WALK_LIMITS,
    readFolder: options.readFolder ?? ((folder) => fs.readdirSync(folder, { withFileTypes: true })),
    skips: new Map(),
    entriesSeen: 0,
  };
  const candidates = new Map<string, string>();
  for (const given of givenPaths) {
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
      for (const file of listFolder(absolute, walkContext)) candidates.set(toReportPath(cwd, file), file);
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
  const facts: PathFacts = { chartFolders };
  const files: DiscoveredFile[] = [];
  for (const reportPath of reportPaths.sort()) {
    const kind = kindOf(options.kinds, reportPath, facts);
    if (kind) files.push({ absolutePath: candidates.get(reportPath)!, path: reportPath, kind, facts });
  }
  reportSkips(walkContext.skips, files, options, (p) => excluded(p));
  return files;
}

/** What unusablePathsMessage asks the filesystem; tests pass errors a root user never sees (EACCES). */
export interface PathProbe {
  stat(absolute: string): fs.Stats;
  lstat(absolute: string): fs.Stats;
  access(absolute: string, mode: number): void;
}

const FS_PROBE: PathProbe = {
  stat: (absolute) => fs.statSync(absolute),
  lstat: (absolute) => fs.lstatSync(absolute),
  access: (absolute, mode) => fs.accessSync(absolute, mode),
};

/**
 * Why each given path cannot be scanned, in one line (`no such file or folder: a, b; cannot read
 * c: permission denied`), or undefined when all can. Asks stat and access only: nothing is opened.
 */
export function unusablePathsMessage(
  paths: readonly string[],
  cwd: string,
  probe: PathProbe = FS_PROBE,
): string | undefined {
  const missing: string[] = [];
  const unreadable: string[] = [];
  for (const given of paths) {
    const problem = pathProblem(path.resolve(cwd, given), probe);
    if (problem === 'missing') missing.push(given);
    else if (problem !== undefined) unreadable.push(`cannot read ${given}: ${problem}`);
  }
  const parts = missing.length
    ? [`no such file or folder: ${missing.join(', ')}`, ...unreadable]
    : unreadable;
  return parts.length ? parts.join('; ') : undefined;
}

function pathProblem(absolute: string, probe: PathProbe): string | undefined {
  let stat: fs.Stats;
  try {
    stat = probe.stat(absolute);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR')
      return isLink(absolute, probe) ? 'broken symbolic link' : 'missing';
    return describeCode(code);
  }
  if (!stat.isFile() && !stat.isDirectory()) return 'not a regular file or folder';
  try {
    // A folder is listed (read) and entered (execute).
    probe.access(absolute, stat.isDirectory() ? fs.constants.R_OK | fs.constants.X_OK : fs.constants.R_OK);
    return undefined;
  } catch (error) {
    return describeCode(errorCode(error));
  }
}

function isLink(absolute: string, probe: PathProbe): boolean {
  try {
    return probe.lstat(absolute).isSymbolicLink();
  } catch {
    return false;
  }
}

function describeCode(code: string): string {
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'symbolic link loop';
  return code;
}

/**
 * Tells `onSkipped` what the walk left out, unless excluded; a link that is itself a discovered file
 * gets its notice from readManifest instead.
 */
function reportSkips(
  skips: WalkSkips,
  files: readonly DiscoveredFile[],
  options: DiscoverOptions,
  excluded: (reportPath: string) => boolean,
): void {
  if (!options.onSkipped || skips.size === 0) return;
  const discovered = new Set(files.map((f) => f.absolutePath));
  const reported = new Set<string>();
  for (const [absolute, reason] of skips) {
    const reportPath = toReportPath(options.cwd, absolute);
    if (discovered.has(absolute) || excluded(reportPath) || reported.has(reportPath)) continue;
    reported.add(reportPath);
    options.onSkipped(reportPath, reason);
  }
}

interface WalkContext {
  roots: readonly string[];
  limits: WalkLimits;
  readFolder: (folder: string) => fs.Dirent[];
  skips: WalkSkips;
  /** Entries visited by every walk of this discovery, against limits.entries. */
  entriesSeen: number;
}

function listFolder(folder: string, context: WalkContext): string[] {
  return listWithGit(folder) ?? walk(folder, context);
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

/**
 * A walk that honours every .gitignore on the way and never follows a symlinked folder. What it
 * cannot or will not enter (unreadable, too deep, a link out of the roots or a loop, past the
 * entry limit) goes to `context.skips`.
 */
function walk(root: string, context: WalkContext): string[] {
  const { limits, skips } = context;
  const files: string[] = [];
  const stack: Array<{ folder: string; depth: number; rules: Array<{ base: string; matcher: Ignore }> }> = [
    { folder: root, depth: 0, rules: [] },
  ];
  while (stack.length > 0) {
    const { folder, depth, rules: inherited } = stack.pop()!;
    if (depth > limits.depth) {
      skips.set(folder, `it is a folder nested more than ${limits.depth} folders deep; not walked`);
      continue;
    }
    let entries: fs.Dirent[];
    try {
      entries = context.readFolder(folder);
    } catch (error) {
      skips.set(folder, `it is a folder that cannot be read (${errorCode(error)})`);
      continue;
    }
    context.entriesSeen += entries.length;
    if (context.entriesSeen > limits.entries) {
      skips.set(
        folder,
        `the walk stopped at ${limits.entries} files and folders; this folder and those not yet walked were not scanned`,
      );
      break;
    }
    const rules = [...inherited];
    const gitignore = entries.some((e) => e.name === '.gitignore' && e.isFile())
      ? readRegularFile(path.join(folder, '.gitignore'), context.roots, MAX_GITIGNORE_BYTES)
      : undefined;
    // An unreadable .gitignore ignores nothing.
    if (gitignore && 'bytes' in gitignore) {
      rules.push({ base: folder, matcher: ignore().add(gitignore.bytes.toString('utf8')) });
    }
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      const isDir = entry.isDirectory();
      if (isDir && NEVER_DESCEND.has(entry.name)) continue;
      if (isIgnored(rules, full, isDir)) continue;
      if (isDir) stack.push({ folder: full, depth: depth + 1, rules });
      else {
        if (entry.isSymbolicLink()) noteLinkProblem(full, context);
        // Anything else named like a manifest (a FIFO, a socket) gets a `skipped-file` notice from readManifest.
        files.push(full);
      }
    }
  }
  return files;
}

/** A link to a folder out of the roots, or a loop, is not followed: note it so a user is told. */
function noteLinkProblem(link: string, context: WalkContext): void {
  try {
    if (!fs.statSync(link).isDirectory()) return;
    if (!isInsideRoots(fs.realpathSync.native(link), context.roots)) {
      context.skips.set(link, 'it is a symbolic link to a folder outside the scanned folder; not followed');
    }
  } catch (error) {
    if (errorCode(error) === 'ELOOP') context.skips.set(link, 'it is a symbolic link loop (ELOOP)');
    // A dangling link holds nothing to scan.
  }
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'unknown error';
}

function isIgnored(rules: Array<{ base: string; matcher: Ignore }>, full: string, isDir: boolean): boolean {
  for (const { base, matcher } of rules) {
    const relative = path.relative(base, full).split(path.sep).join('/');
    if (relative && matcher.ignores(isDir ? `${relative}/` : relative)) return true;
  }
  return false;
}
