/**
 * The folder a report's paths are relative to for code scanning and GitLab: the repository root
 * when cwd is in a git work tree holding every scanned path, else the scanned root.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gitTopLevel } from '../policy/git.js';

function isInside(folder: string, parent: string): boolean {
  const relative = path.relative(parent, folder);
  return (
    relative === '' ||
    (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
  );
}

/** A scanned path's folder: itself, or the folder of a file. */
function folderOf(absolute: string): string {
  try {
    return fs.statSync(absolute).isDirectory() ? absolute : path.dirname(absolute);
  } catch {
    return path.dirname(absolute);
  }
}

/** The deepest folder holding every scanned path (each climb ends at the filesystem root). */
export function scannedRoot(cwd: string, paths: readonly string[]): string {
  const folders = (paths.length ? paths : ['.']).map((p) => folderOf(path.resolve(cwd, p)));
  let common = folders[0]!;
  for (const folder of folders.slice(1)) {
    while (!isInside(folder, common) && path.dirname(common) !== common) common = path.dirname(common);
  }
  return common;
}

/** Absolute root of a scan's report paths: git's top level of cwd when it holds every scanned path. */
export function reportRoot(cwd: string, paths: readonly string[]): string {
  const scanned = scannedRoot(cwd, paths);
  const top = gitTopLevel(cwd);
  return top !== undefined && isInside(scanned, top) ? top : scanned;
}
