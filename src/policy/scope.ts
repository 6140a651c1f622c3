import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UsageError } from '../errors.js';
import type { Finding, ScanResult } from '../types.js';
import { withFindings } from '../with-findings.js';

/**
 * Changed-only and new-only modes for large repositories. The whole repository is always scanned
 * (so duplicates are found against all of it); only the findings reported are narrowed.
 */

function git(cwd: string, args: string[], input?: Buffer): string {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      input,
      maxBuffer: 512 * 1024 * 1024,
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
      files.add(path.relative(cwd, path.join(top, fromTop)).split(path.sep).join('/'));
    }
  }
  return files;
}

/**
 * Keep findings in changed files, findings with a related location (the rest of a logical port, the
 * other half of a clash) in one, and findings whose value is read from one (`${WEB}` in an unchanged compose.yaml when the `.env` changed).
 */
export function onlyInFiles(result: ScanResult, files: ReadonlySet<string>): ScanResult {
  const sourcesAt = new Map<string, readonly string[]>();
  for (const port of result.ports) {
    if (port.valueFrom) sourcesAt.set(`${port.file}:${port.line}:${port.column}`, port.valueFrom);
  }
  const touches = (sources: readonly string[] | undefined) =>
    sources?.some((file) => files.has(file)) === true;
  return withFindings(
    result,
    result.findings.filter(
      (f) =>
        files.has(f.file) ||
        touches(f.valueFrom ?? f.declared?.valueFrom) ||
        (f.relatedLocations ?? []).some(
          (r) => files.has(r.file) || touches(sourcesAt.get(`${r.file}:${r.line}:${r.column}`)),
        ),
    ),
  );
}

/** Rule, file, port and protocol: what stays the same when lines move. */
function identity(f: Finding): string {
  return `${f.ruleId}\0${f.file}\0${f.port ?? ''}\0${f.protocol ?? ''}`;
}

/**
 * Keep the findings that the base does not have, compared by rule, file and port (not line), as
 * multisets: a second identical finding in a file is new even when the first one is old.
 */
export function onlyNew(head: ScanResult, base: ScanResult): ScanResult {
  const remaining = new Map<string, number>();
  for (const f of base.findings) remaining.set(identity(f), (remaining.get(identity(f)) ?? 0) + 1);
  const fresh = head.findings.filter((f) => {
    const left = remaining.get(identity(f)) ?? 0;
    if (left > 0) {
      remaining.set(identity(f), left - 1);
      return false;
    }
    return true;
  });
  return withFindings(head, fresh);
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
    maxBuffer: 1024 * 1024 * 1024,
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
