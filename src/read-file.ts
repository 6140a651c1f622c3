import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from './types.js';

/** Files above this size are skipped with a notice: no manifest is this large, and parse time is bounded. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type ReadOutcome = { text: string; notices: Diagnostic[] } | { skipped: string };

/**
 * Read a manifest as text. Refuses (with a reason for a `skipped-file` notice) links out of the
 * scan roots, link loops, oversized, binary and unreadable files. Strips a UTF-8 BOM.
 */
export function readManifest(absolutePath: string, roots: readonly string[]): ReadOutcome {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(absolutePath);
    if (stat.isSymbolicLink()) {
      const target = fs.realpathSync(absolutePath);
      if (!roots.some((root) => target === root || target.startsWith(root + path.sep))) {
        return { skipped: 'it is a symbolic link that points outside the scanned folder; not followed' };
      }
      stat = fs.statSync(target);
    }
  } catch (error) {
    return {
      skipped: `it cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    };
  }
  if (!stat.isFile()) return { skipped: 'it is not a regular file' };
  if (stat.size > MAX_FILE_BYTES) {
    return { skipped: `it is ${stat.size} bytes, above the ${MAX_FILE_BYTES}-byte limit for a manifest` };
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(absolutePath);
  } catch (error) {
    return {
      skipped: `it cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    };
  }
  if (bytes.subarray(0, 8192).includes(0)) return { skipped: 'it is a binary file, not text' };
  const notices: Diagnostic[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8').decode(bytes);
    const at = positionOfFirstReplacement(text);
    notices.push({
      ruleId: 'parse-error',
      ...at,
      message: 'the file is not valid UTF-8; invalid bytes were read as U+FFFD',
    });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, notices };
}

function positionOfFirstReplacement(text: string): { line: number; column: number } {
  const index = text.indexOf('\ufffd');
  const before = text.slice(0, Math.max(index, 0));
  const lines = before.split(/\r\n|\n|\r/);
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}
