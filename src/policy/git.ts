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
import { UsageError } from '../errors.js';

/** Output of a listing command (`diff --name-only`) may be long in a large repository. */
const MAX_LIST_BYTES = 512 * 1024 * 1024;
/** A tar of a whole tree. */
const MAX_ARCHIVE_BYTES = 1024 * 1024 * 1024;
/** `rev-parse` on a commit answers at once; a hung git (a lock, a network filesystem) must not hang the step. */
const REV_PARSE_TIMEOUT_MS = 60_000;

/** Runs git in `cwd`; a failure is a UsageError that starts with `git ` and quotes git's first line. */
function git(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      maxBuffer: MAX_LIST_BYTES,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer | string }).stderr ?? '').trim();
    throw new UsageError(
      `git ${args.join(' ')} failed: ${stderr.split('\n')[0] || (error as Error).message}`,
    );
  }
}

/** Files changed since `ref` (committed, staged, unstaged and untracked), as paths relative to cwd. */
export function changedFilesSince(cwd: string, ref: string): Set<string> {
  const top = git(cwd, ['rev-parse', '--show-toplevel']).trim();
  const lists = [
    git(cwd, ['diff', '--name-only', '-z', `${ref}...HEAD`]),
    git(cwd, ['diff', '--name-only', '-z', 'HEAD']),
    git(cwd, ['ls-files', '--others', '--exclude-standard', '-z', '--full-name']),
  ];
  const files = new Set<string>();
  for (const list of lists) {
    for (const fromTop of list.split('\0').filter(Boolean)) {
      files.add(toReportPath(cwd, path.join(top, fromTop)));
    }
  }
  return files;
}

/**
 * Extract the tree of `ref` into a temporary folder and hand back the folder that corresponds to
 * cwd inside it, so the same paths can be scanned there. The caller removes `root`.
 */
export function checkoutBaseTree(cwd: string, ref: string): { root: string; cwd: string } {
  const top = git(cwd, ['rev-parse', '--show-toplevel']).trim();
  const prefix = path.relative(top, cwd);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-base-'));
  const archive = execFileSync('git', ['archive', '--format=tar', ref], {
    cwd: top,
    maxBuffer: MAX_ARCHIVE_BYTES,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  execFileSync('tar', ['-x', '-C', root], { input: archive, stdio: ['pipe', 'ignore', 'pipe'] });
  const baseCwd = path.join(root, prefix);
  fs.mkdirSync(baseCwd, { recursive: true });
  return { root, cwd: baseCwd };
}

/** Verify a ref exists before doing any work, so a typo is a usage error, not an empty report. */
export function assertRef(cwd: string, ref: string): void {
  git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
}

/**
 * Why `sha` is not a commit git can read in `cwd`, or undefined when it is. Never throws: a missing
 * git, a folder that is not a clone and a shallow clone are all reasons to report everything.
 */
export function gitMissingCommit(cwd: string, sha: string): string | undefined {
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `${sha}^{commit}`], {
      cwd,
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: REV_PARSE_TIMEOUT_MS,
    });
    return undefined;
  } catch (error) {
    const failure = error as Error & { stderr?: Buffer | string; status?: number | null };
    const stderr = String(failure.stderr ?? '')
      .trim()
      .split('\n')[0];
    // `--quiet`: exit code 1 and no message when the commit is not there.
    if (failure.status === 1 && !stderr) {
      return 'is not in the clone (check out with actions/checkout and fetch-depth: 0)';
    }
    // Not a clone, git refusing the folder (dubious ownership), git not installed (ENOENT).
    return `cannot be read (${stderr || failure.message.split('\n')[0]})`;
  }
}

/**
 * The top folder of the git work tree `cwd` is in, spelled from `cwd` (`--show-cdup`, so a symbolic
 * link in cwd's path is kept), or undefined when there is none: no git, not a clone, a bare
 * repository or a folder git refuses all mean "not a repository", never an error.
 */
export function gitTopLevel(cwd: string): string | undefined {
  try {
    const up = execFileSync('git', ['rev-parse', '--show-cdup'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: REV_PARSE_TIMEOUT_MS,
    });
    return path.resolve(cwd, up.trim());
  } catch {
    return undefined;
  }
}
