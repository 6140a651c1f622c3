/**
 * Lines a pull request added or changed, read from the `patch` of each file the pull request
 * files API returns, so annotations on those lines are the ones GitHub keeps.
 */
import type { ChangedLines } from '../report/annotations.js';
import type { PullRequestFile } from './github-api.js';

/** `@@ -12,3 +14,5 @@` -> start 14 (count is not needed: the hunk body says which lines exist). */
const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

/** Line numbers (in the new file) of the lines a unified diff adds. */
export function addedLinesOfPatch(patch: string): Set<number> {
  const added = new Set<number>();
  let next = 0;
  let inHunk = false;
  for (const line of patch.split('\n')) {
    const header = HUNK_HEADER.exec(line);
    if (header) {
      next = Number(header[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    const mark = line.charAt(0);
    if (mark === '+') added.add(next++);
    else if (mark === ' ' || line === '') next++;
    // '-' (removed) and '\' (`\ No newline at end of file`) do not exist in the new file.
  }
  return added;
}

/**
 * The changed lines of each file of a pull request. Removed files are left out; a file whose
 * diff GitHub does not send (too large, or binary) counts as changed throughout.
 */
export function changedLinesOfFiles(files: readonly PullRequestFile[]): ChangedLines {
  const changed = new Map<string, ReadonlySet<number> | 'all'>();
  for (const file of files) {
    if (file.status === 'removed') continue;
    if (file.patch !== undefined) changed.set(file.filename, addedLinesOfPatch(file.patch));
    else if (file.changes > 0 || file.status === 'added') changed.set(file.filename, 'all');
  }
  return changed;
}
