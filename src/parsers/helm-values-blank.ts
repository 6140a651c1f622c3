import { isPortKey, isPortsKey, isSkipped } from './helm-values-keys.js';
import {
  ANCHOR_OR_ALIAS,
  blanked,
  LONE_CR,
  MAX_LINES,
  SAYS_PORT,
  SPACE,
  withoutBlocks,
} from './yaml-blank.js';

/**
 * A large chart's values are mostly settings that cannot hold a port (images, resources, affinity,
 * security contexts), blanked before the parse (yaml-blank.ts). Every port key ends in `port`,
 * `Port` or `Ports` or has a suffix in capitals (helm-values-keys.ts) and every reported port sits
 * under one, so text that never says so holds none; text under a key the walk skips (`ingress`,
 * `annotations`) is never read. Text with an anchor or an alias (a kept entry may use it, or it may
 * bring in a port), or a backslash (an escape may spell `port`), is kept.
 */
export function withoutPortlessText(text: string): string {
  return withoutPortlessBlocks(withoutPortlessEntries(text));
}

/** Nested entries holding a map or a list: a scalar beside a port key may say what the port is for (helm-values.ts roleIn). */
export function withoutPortlessBlocks(text: string): string {
  return withoutBlocks(text, (block) => !block.escapes && (isSkipped(block.key) || !block.saysPort));
}

/** A top-level key written plainly: `name:` at the start of a line, then a blank or the line's end. */
const TOP_LEVEL_KEY = /^([A-Za-z0-9_][A-Za-z0-9_./-]*)[ \t]*:(?=[ \t]|\r?$)/;
/** Lines that never start an entry of the top-level map: blank, a comment, a compact list item. */
const CONTINUATION = /^(?:[ \t]|#|-(?=[ \t]|\r?$)|\r?$)/;

/**
 * Top-level entries, whatever their value: the text is returned as written when the top-level map
 * is anything but plain (`---`, directives, a quoted or complex key, a flow map) or has a port key
 * of its own (its scalar siblings would matter), or has a lone CR line break (see LONE_CR).
 */
export function withoutPortlessEntries(text: string): string {
  if (LONE_CR.test(text)) return text;
  const entries: Array<{ start: number; key: string }> = [];
  let lineStart = 0;
  for (let lines = 0; lineStart < text.length && lines < MAX_LINES; lines++) {
    const end = text.indexOf('\n', lineStart);
    const next = end < 0 ? text.length : end + 1;
    // Only a line that starts with a name can start an entry: most lines are indented.
    const first = text.charCodeAt(lineStart);
    if (first !== SPACE && first !== HASH && first !== LINE_FEED) {
      const line = text.slice(lineStart, end < 0 ? text.length : end);
      if (!CONTINUATION.test(line)) {
        const key = TOP_LEVEL_KEY.exec(line)?.[1];
        if (key === undefined || isPortKey(key) || isPortsKey(key)) return text;
        entries.push({ start: lineStart, key });
      }
    }
    lineStart = next;
  }
  if (lineStart < text.length) return text;
  const blank: Array<[number, number]> = [];
  entries.forEach(({ start, key }, i) => {
    const end = entries[i + 1]?.start ?? text.length;
    const entry = text.slice(start, end);
    if (ANCHOR_OR_ALIAS.test(entry) || entry.includes('\\')) return;
    if (isSkipped(key) || !SAYS_PORT.test(entry)) blank.push([start, end]);
  });
  return blanked(text, blank);
}

const HASH = 0x23;
const LINE_FEED = 0x0a;
