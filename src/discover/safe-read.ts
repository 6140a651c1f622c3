/**
 * The one way portlint reads a file it did not write: only a regular file, only inside the allowed
 * roots (after following links), never more than a bound. A refusal names why, never the content.
 */
import fs from 'node:fs';
import path from 'node:path';

export type ReadRefusal =
  | { why: 'outside-root'; viaLink: boolean }
  | { why: 'link-loop' }
  | { why: 'folder' }
  | { why: 'not-regular' }
  | { why: 'too-large'; size: number; limit: number }
  | { why: 'size-changed' }
  | { why: 'unreadable'; code: string };

export type SafeRead = { bytes: Buffer } | { refused: ReadRefusal };

/** Whether `target` (a real path) is `root` or under it, for any of `roots` (real paths too). */
export function isInsideRoots(target: string, roots: readonly string[]): boolean {
  if (roots.length <= FEW_ROOTS) return roots.some((root) => isInside(target, root));
  // Files named one by one give a root each: look the target's folders up instead of every root.
  let set = rootSets.get(roots);
  if (!set) rootSets.set(roots, (set = new Set(roots)));
  for (let folder = target; ; folder = path.dirname(folder)) {
    if (set.has(folder) || set.has(folder + path.sep)) return true;
    if (path.dirname(folder) === folder) return false;
  }
}

const FEW_ROOTS = 8;
const rootSets = new WeakMap<readonly string[], Set<string>>();

function isInside(target: string, root: string): boolean {
  return target === root || target.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/** The real path of an existing folder or file's folder; `absolute` itself when it does not exist. */
export function realFolder(absolute: string): string {
  try {
    const real = fs.realpathSync.native(absolute);
    return fs.statSync(real).isDirectory() ? real : path.dirname(real);
  } catch {
    return absolute;
  }
}

/**
 * Reads `absolutePath` when it resolves inside `roots` and is a regular file of at most `maxBytes`.
 * Opened with O_NONBLOCK so a FIFO cannot hang the open; fstat on the open descriptor decides.
 */
export function readRegularFile(absolutePath: string, roots: readonly string[], maxBytes: number): SafeRead {
  let resolved: { real: string; stat: fs.Stats };
  try {
    resolved = resolveReal(absolutePath, roots);
  } catch (error) {
    return { refused: fromError(error) };
  }
  const { real, stat: before } = resolved;
  if (!isInsideRoots(real, roots)) {
    const viaLink = isSymbolicLink(absolutePath);
    return { refused: { why: 'outside-root', viaLink } };
  }
  // stat before open: opening a socket fails (ENXIO) and a device may have effects; fstat re-checks.
  if (before.isDirectory()) return { refused: { why: 'folder' } };
  if (!before.isFile()) return { refused: { why: 'not-regular' } };
  let fd: number;
  try {
    // O_NOFOLLOW: `real` has no link left in it, so a link here was swapped in after realpath.
    fd = fs.openSync(real, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | fs.constants.O_NOFOLLOW);
  } catch (error) {
    return { refused: fromError(error) };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) return { refused: { why: 'folder' } };
    if (!stat.isFile()) return { refused: { why: 'not-regular' } };
    if (stat.size > maxBytes) return { refused: { why: 'too-large', size: stat.size, limit: maxBytes } };
    // One byte more than fstat promised shows a file that grows, or a /proc file that claims 0 bytes.
    const bytes = Buffer.alloc(stat.size + 1);
    let filled = 0;
    while (filled < bytes.length) {
      const read = fs.readSync(fd, bytes, filled, bytes.length - filled, filled);
      if (read === 0) break;
      filled += read;
    }
    if (filled !== stat.size) return { refused: { why: 'size-changed' } };
    return { bytes: bytes.subarray(0, filled) };
  } catch (error) {
    return { refused: fromError(error) };
  } finally {
    fs.closeSync(fd);
  }
}

/** Real folder paths, per scan (its roots array): the files of one folder resolve it once. */
const realFolders = new WeakMap<readonly string[], Map<string, string>>();
const MAX_REAL_FOLDERS = 100_000;

/**
 * The real path of a file and its stat, links followed: its folder's real path (the system's
 * realpath(3), once per folder and scan) joined with its name, unless the name itself is a link,
 * which realpath resolves. Throws as realpath and stat do.
 */
function resolveReal(absolutePath: string, roots: readonly string[]): { real: string; stat: fs.Stats } {
  let folders = realFolders.get(roots);
  if (!folders) realFolders.set(roots, (folders = new Map()));
  const folder = path.dirname(absolutePath);
  let realFolder = folders.get(folder);
  if (realFolder === undefined) {
    realFolder = fs.realpathSync.native(folder);
    if (folders.size >= MAX_REAL_FOLDERS) folders.clear();
    folders.set(folder, realFolder);
  }
  const candidate = path.join(realFolder, path.basename(absolutePath));
  const stat = fs.lstatSync(candidate);
  if (!stat.isSymbolicLink()) return { real: candidate, stat };
  const real = fs.realpathSync.native(absolutePath);
  return { real, stat: fs.statSync(real) };
}

export function isSymbolicLink(absolutePath: string): boolean {
  try {
    return fs.lstatSync(absolutePath).isSymbolicLink();
  } catch {
    return false;
  }
}

function fromError(error: unknown): ReadRefusal {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return { why: 'link-loop' };
  if (code === 'EISDIR') return { why: 'folder' };
  // Only the code: a message may quote a path from the scanned tree, never content, but keep it short.
  return { why: 'unreadable', code: code ?? 'unknown error' };
}
