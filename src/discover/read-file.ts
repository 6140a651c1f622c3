import { readRegularFile, type ReadRefusal } from './safe-read.js';
import type { Diagnostic } from '../types.js';

/** Files above this size are skipped with a notice: no manifest is this large, and parse time is bounded. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type ReadOutcome = { text: string; notices: Diagnostic[] } | { skipped: string };

/**
 * Read a manifest as text. Refuses (with a reason for a `skipped-file` notice) links out of the
 * scan roots, link loops, oversized, binary, special and unreadable files. Strips a UTF-8 BOM.
 */
export function readManifest(absolutePath: string, roots: readonly string[]): ReadOutcome {
  const read = readRegularFile(absolutePath, roots, MAX_FILE_BYTES);
  if ('refused' in read) return { skipped: describeRefusal(read.refused, 'a manifest') };
  const bytes = read.bytes;
  // UTF-16 with a byte order mark (Windows editors write it; go-yaml, so Compose, reads it) holds NUL bytes.
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : undefined;
  if (utf16)
    return { text: stripBom(new TextDecoder(utf16, { ignoreBOM: true }).decode(bytes)), notices: [] };
  if (bytes.subarray(0, 8192).includes(0)) return { skipped: 'it is a binary file, not text' };
  const notices: Diagnostic[] = [];
  // ignoreBOM: the decoder keeps a BOM, so that exactly one is stripped (not a second U+FEFF too).
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const valid = bytes.subarray(0, Math.max(firstInvalidByte(bytes), 0));
    notices.push({
      ruleId: 'parse-error',
      messageId: 'invalidUtf8',
      ...endOf(stripBom(new TextDecoder('utf-8', { ignoreBOM: true }).decode(valid))),
    });
  }
  text = stripBom(text);
  return { text, notices };
}

/** Why a file was not read, as the rest of a `not scanned: ...` sentence. */
export function describeRefusal(refusal: ReadRefusal, what: string): string {
  switch (refusal.why) {
    case 'outside-root':
      return refusal.viaLink
        ? 'it is a symbolic link that points outside the scanned folder; not followed'
        : 'its path leads through a symbolic link outside the scanned folder; not followed';
    case 'link-loop':
      return 'it is a symbolic link loop (ELOOP)';
    case 'folder':
    case 'not-regular':
      return 'it is not a regular file';
    case 'too-large':
      return `it is ${refusal.size} bytes, above the ${refusal.limit}-byte limit for ${what}`;
    case 'size-changed':
      return 'it is not an ordinary file (its size changed while it was read)';
    case 'unreadable':
      return `it cannot be read (${refusal.code})`;
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Position just past the end of `text`: where the first invalid byte is, when `text` is what precedes it. */
function endOf(text: string): { line: number; column: number } {
  const lines = text.split(/\r\n|\n|\r/);
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

/**
 * Offset of the first byte that does not begin a valid UTF-8 sequence (-1 when all are valid). Found
 * by byte, not from the first U+FFFD of the decoded text, which may be a U+FFFD the file really holds.
 */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length =
      lead >= 0xc2 && lead <= 0xdf
        ? 2
        : lead >= 0xe0 && lead <= 0xef
          ? 3
          : lead >= 0xf0 && lead <= 0xf4
            ? 4
            : 0;
    if (length === 0) return i;
    // The second byte's range excludes overlong forms, surrogates and code points above U+10FFFF.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    const second = bytes[i + 1];
    if (second === undefined || second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}
