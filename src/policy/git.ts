/**
 * Every git call portlint makes (scope: changed files, the base tree of new-only mode, whether a
 * commit is there, the repository root reports are relative to), so that how git is run, bounded
 * and its failures worded is decided once.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { toReportPath } from '../discover/report-path.js';
import { GitError } from '../errors.js';

/** Output of a listing command (`diff --name-only`) may be long in a large repository. */
const MAX_LIST_BYTES = 512 * 1024 * 1024;
/** A tar of a whole tree. */
const MAX_ARCHIVE_BYTES = 1024 * 1024 * 1024;
/** `rev-parse` on a commit answers at once; a hung git (a lock, a network filesystem) must not hang the step. */
const REV_PARSE_TIMEOUT_MS = 60_000;

/** The option that needed git: every failure is said for it, in one line. */
export type GitOption = '--changed-since' | '--new-from';

/** git could not be run, or exited non-zero: its exit status and the first line it wrote to stderr. */
class GitFailed extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly code: string | undefined,
    /** Empty when git said nothing (`--quiet`). */
    readonly firstLine: string,
  ) {
    super(message);
  }
}

/** Runs git in `cwd` with English messages (they are matched); a failure is a GitFailed. */
function git(cwd: string, args: string[], bounds: { maxBuffer?: number; timeout?: number } = {}): Buffer {
  try {
    return execFileSync('git', args, {
      cwd,
      env: { ...process.env, LC_ALL: 'C' },
      maxBuffer: bounds.maxBuffer ?? MAX_LIST_BYTES,
      timeout: bounds.timeout,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const failure = error as Error & { stderr?: Buffer | string; status?: number | null; code?: string };
    const firstLine = String(failure.stderr ?? '')
      .trim()
      .split('\n')[0]!;
    const message = firstLine || failure.message.split('\n')[0]!;
    throw new GitFailed(message, failure.status ?? null, failure.code, firstLine);
  }
}

/** Runs `work`, saying any git failure in it as a GitError about `option`. */
function forOption<T>(option: GitOption, cwd: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof GitFailed)) throw error;
    const lacking = whatGitLacks(error, cwd);
    if (lacking === 'git') throw new GitError(`${option} needs git, which was not found on PATH`);
    if (lacking === 'repository')
      throw new GitError(`${option} needs a git repository (${cwd} is not inside one)`);
    throw new GitError(`${option}: git failed: ${error.message}`);
  }
}

/** Whether git failed for want of itself (not on PATH) or of a repository around the folder. */
function whatGitLacks(error: GitFailed, cwd: string): 'git' | 'repository' | undefined {
  // A folder that is not there fails the spawn with ENOENT too.
  if (error.code === 'ENOENT') return fs.existsSync(cwd) ? 'git' : undefined;
  return /not a git repository/i.test(error.firstLine) ? 'repository' : undefined;
}

/** What to do when a shallow clone lacks a commit; empty when the clone is complete. */
function shallowHint(cwd: string): string {
  return isShallow(cwd)
    ? '; this is a shallow clone: fetch more history (git fetch --unshallow, or actions/checkout with fetch-depth: 0)'
    : '';
}

function isShallow(cwd: string): boolean {
  try {
    return git(cwd, ['rev-parse', '--is-shallow-repository']).toString('utf8').trim() === 'true';
  } catch {
    return false;
  }
}

/** A ref that names no commit is a GitError naming it (in a shallow clone, it may not be fetched). */
function requireCommit(option: GitOption, cwd: string, ref: string): void {
  try {
    git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch (error) {
    // `--quiet`: exit code 1 and no message when the commit is not there.
    if (!(error instanceof GitFailed && error.status === 1 && error.firstLine === '')) throw error;
    throw new GitError(`${option}: no commit "${ref}" in this repository${shallowHint(cwd)}`);
  }
}

/** `ref...HEAD` needs their merge base, which a shallow clone often lacks. */
function requireMergeBase(option: GitOption, cwd: string, ref: string): void {
  try {
    git(cwd, ['merge-base', ref, 'HEAD']);
  } catch (error) {
    // Exit code 1 and no message: the two have no common commit (in the history there is).
    if (!(error instanceof GitFailed && error.status === 1 && error.firstLine === '')) throw error;
    throw new GitError(`${option}: "${ref}" and HEAD have no common commit${shallowHint(cwd)}`);
  }
}

/** Files changed since `ref` (committed, staged, unstaged and untracked), as paths relative to cwd. */
export function changedFilesSince(cwd: string, ref: string): Set<string> {
  return forOption('--changed-since', cwd, () => {
    const top = git(cwd, ['rev-parse', '--show-toplevel']).toString('utf8').trim();
    requireCommit('--changed-since', cwd, ref);
    requireMergeBase('--changed-since', cwd, ref);
    const lists = [
      git(cwd, ['diff', '--name-only', '-z', `${ref}...HEAD`]),
      git(cwd, ['diff', '--name-only', '-z', 'HEAD']),
      git(cwd, ['ls-files', '--others', '--exclude-standard', '-z', '--full-name']),
    ];
    const files = new Set<string>();
    for (const list of lists) {
      for (const fromTop of list.toString('utf8').split('\0').filter(Boolean)) {
        files.add(toReportPath(cwd, path.join(top, fromTop)));
      }
    }
    return files;
  });
}

/**
 * Extract the tree of `ref` into a temporary folder and hand back the folder that corresponds to
 * cwd inside it, so the same paths can be scanned there. The caller removes `root`. A ref that
 * names no commit, or no repository, is a GitError about --new-from.
 */
export function checkoutBaseTree(cwd: string, ref: string): { root: string; cwd: string } {
  return forOption('--new-from', cwd, () => {
    const top = git(cwd, ['rev-parse', '--show-toplevel']).toString('utf8').trim();
    requireCommit('--new-from', cwd, ref);
    const prefix = path.relative(top, cwd);
    const archive = git(top, ['archive', '--format=tar', ref], { maxBuffer: MAX_ARCHIVE_BYTES });
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-base-'));
    try {
      execFileSync('tar', ['-x', '-C', root], { input: archive, stdio: ['pipe', 'ignore', 'pipe'] });
      const baseCwd = path.join(root, prefix);
      fs.mkdirSync(baseCwd, { recursive: true });
      return { root, cwd: baseCwd };
    } catch (error) {
      fs.rmSync(root, { recursive: true, force: true });
      throw error;
    }
  });
}

/**
 * Why `sha` is not a commit git can read in `cwd`, or undefined when it is. Never throws: a missing
 * git, a folder that is not a clone and a shallow clone are all reasons to report everything.
 */
export function gitMissingCommit(cwd: string, sha: string): string | undefined {
  try {
    git(cwd, ['rev-parse', '--verify', '--quiet', `${sha}^{commit}`], { timeout: REV_PARSE_TIMEOUT_MS });
    return undefined;
  } catch (error) {
    if (!(error instanceof GitFailed)) throw error;
    // `--quiet`: exit code 1 and no message when the commit is not there.
    if (error.status === 1 && error.firstLine === '') {
      return 'is not in the clone (check out with actions/checkout and fetch-depth: 0)';
    }
    // Not a clone, git not installed, git refusing the folder (dubious ownership).
    const lacking = whatGitLacks(error, cwd);
    if (lacking === 'git') return 'cannot be read (git was not found on PATH)';
    if (lacking === 'repository') return `cannot be read (${cwd} is not inside a git repository)`;
    return `cannot be read (${error.message})`;
  }
}

/**
 * The top folder of the git work tree `cwd` is in, spelled from `cwd` (`--show-cdup`, so a symbolic
 * link in cwd's path is kept), or undefined when there is none: no git, not a clone, a bare
 * repository or a folder git refuses all mean "not a repository", never an error.
 */
export function gitTopLevel(cwd: string): string | undefined {
  try {
    const up = git(cwd, ['rev-parse', '--show-cdup'], { timeout: REV_PARSE_TIMEOUT_MS });
    return path.resolve(cwd, up.toString('utf8').trim());
  } catch {
    return undefined;
  }
}
