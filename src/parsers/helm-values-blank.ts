import { isPortKey, isPortsKey, isSkipped } from './helm-values-keys.js';

/**
 * A large chart's values are mostly settings that cannot hold a port (images, resources, affinity,
 * security contexts). Blanking them (spaces, line breaks kept, so every offset and position is
 * unchanged) before the YAML parse saves most of its cost. Every port key ends in `port`, `Port`
 * or `Ports` or has a suffix in capitals (helm-values-keys.ts) and every reported port sits under
 * one, so text that never says so holds none; text under a key the walk skips (`ingress`, `annotations`) is never read. Text with
 * an anchor or an alias (a kept entry may use it, or it may bring in a port), or a backslash (an
 * escape may spell `port`), is kept. A syntax error inside a blanked entry goes unreported.
 */
export function withoutPortlessText(text: string): string {
  return withoutPortlessBlocks(withoutPortlessEntries(text));
}

/** A top-level key written plainly: `name:` at the start of a line, then a blank or the line's end. */
const TOP_LEVEL_KEY = /^([A-Za-z0-9_][A-Za-z0-9_./-]*)[ \t]*:(?=[ \t]|\r?$)/;
/** Lines that never start an entry of the top-level map: blank, a comment, a compact list item. */
const CONTINUATION = /^(?:[ \t]|#|-(?=[ \t]|\r?$)|\r?$)/;
/** An anchor (`&name`) or an alias (`*name`) where YAML allows one. */
const ANCHOR_OR_ALIAS = /(?:^|[\s,[{])[&*][^\s,[\]{}]/m;
/** How every port key is written (`port`, `servicePort`, `extraPorts`, `nodePortTls`); not `exporter`. */
const SAYS_PORT = /[pP]orts?(?![a-z])/;

/**
 * Top-level entries, whatever their value: the text is returned as written when the top-level map
 * is anything but plain (`---`, directives, a quoted or complex key, a flow map) or has a port key
 * of its own (its scalar siblings would matter).
 */
export function withoutPortlessEntries(text: string): string {
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

/** `  name:` with nothing but a comment after it: the value, if any, is on the lines below. */
const BLOCK_KEY = /^( *)([A-Za-z0-9_][A-Za-z0-9_./-]*)[ \t]*:(?:[ \t]+#.*)?[ \t]*\r?$/;
/** The first line of a block collection: a plain `key:` or a list item. */
const COLLECTION_LINE = /^ *(?:-(?=[ \t]|\r?$)|[A-Za-z0-9_][A-Za-z0-9_./-]*[ \t]*:(?=[ \t]|\r?$))/;
const LIST_ITEM = /^ *-(?=[ \t]|\r?$)/;
/** A block scalar header (`key: |`, `- >-`): the lines below are its text, not YAML. */
const BLOCK_SCALAR = /(?:^|[ \t])[|>][0-9+-]*[ \t]*(?:#.*)?\r?$/;
/** A quoted scalar that starts in a value position and does not end on its line; `? `/`: ` keys. */
const OPEN_QUOTE = /(?:^ *(?:- +)*|:[ \t]+)(?:"(?:[^"\\]|\\.)*|'(?:[^']|'')*)\r?$/;
const EXPLICIT_KEY = /^ *(?:- +)*[?:](?:[ \t]|\r?$)/;
const COMMENT_OR_BLANK = /^[ \t]*(?:#|\r?$)/;
/** Deeper blocks are left as written: bounds the work on a hostile nesting. */
const MAX_OPEN_BLOCKS = 200;

interface OpenBlock {
  start: number;
  indent: number;
  key: string;
  /** What its first line below says it holds: nothing yet, a deeper collection, or a list at its own indent. */
  value: 'none' | 'deeper' | 'list';
  saysPort: boolean;
  keep: boolean;
}

/**
 * Nested entries whose value is a block collection (`name:` then indented lines). Only collections:
 * a scalar sibling of a port key may say what the port is (helm-values.ts roleIn), a collection
 * never does. Sequence items are never blanked (their index is in the key path). The text is
 * returned as written when a line is anything this line scan cannot follow: a tab indent, a
 * multi-line quoted scalar, an explicit `? ` key.
 */
export function withoutPortlessBlocks(text: string): string {
  const open: OpenBlock[] = [];
  const blank: Array<[number, number]> = [];
  const close = (block: OpenBlock, end: number): void => {
    if (block.value === 'none' || block.keep || (block.saysPort && !isSkipped(block.key))) return;
    // An inner block closes first; the outer one covers it.
    while ((blank.at(-1)?.[0] ?? -1) >= block.start) blank.pop();
    blank.push([block.start, end]);
  };
  // Marks hold for every open block; marked blocks are always the outermost ones, so marking stops at the first.
  const mark = (flag: 'saysPort' | 'keep'): void => {
    for (let i = open.length - 1; i >= 0; i--) {
      const block = open[i]!;
      if (block[flag]) break;
      block[flag] = true;
    }
  };
  let scalarIndent = -1;
  // Comment and blank lines belong to a block only when a line of it follows them.
  let pendingStart = -1;
  let pendingSaysPort = false;
  let lineStart = 0;
  for (let lines = 0; lineStart < text.length; lines++) {
    if (lines >= MAX_LINES) return text;
    const at = lineStart;
    const end = text.indexOf('\n', at);
    lineStart = end < 0 ? text.length : end + 1;
    const line = text.slice(at, end < 0 ? text.length : end);
    if (COMMENT_OR_BLANK.test(line)) {
      if (pendingStart < 0) pendingStart = at;
      pendingSaysPort ||= SAYS_PORT.test(line);
      continue;
    }
    let indent = 0;
    while (line.charCodeAt(indent) === SPACE) indent++;
    if (line.charCodeAt(indent) === TAB) return text;
    if (scalarIndent < 0 || indent <= scalarIndent) {
      scalarIndent = -1;
      if (hasAny(line, QUOTES) && OPEN_QUOTE.test(line)) return text;
      if (hasAny(line, EXPLICIT_KEY_MARKS) && EXPLICIT_KEY.test(line)) return text;
      for (let top = open.at(-1); top !== undefined; top = open.at(-1)) {
        const inside =
          indent > top.indent || (indent === top.indent && top.value !== 'deeper' && LIST_ITEM.test(line));
        if (inside) break;
        close(top, pendingStart < 0 ? at : pendingStart);
        open.pop();
      }
      const top = open.at(-1);
      if (top !== undefined && top.value === 'none') {
        if (indent === top.indent) top.value = 'list';
        else {
          top.value = 'deeper';
          if (!COLLECTION_LINE.test(line)) top.keep = true;
        }
      }
    }
    if (pendingSaysPort) mark('saysPort');
    pendingStart = -1;
    pendingSaysPort = false;
    if (scalarIndent < 0) {
      if (hasAny(line, BLOCK_SCALAR_MARKS) && BLOCK_SCALAR.test(line)) scalarIndent = indent;
      const key = BLOCK_KEY.exec(line);
      if (key?.[2] !== undefined && open.length < MAX_OPEN_BLOCKS)
        open.push({ start: at, indent, key: key[2], value: 'none', saysPort: false, keep: false });
    }
    if (SAYS_PORT.test(line)) mark('saysPort');
    if (hasAny(line, KEEP_MARKS) && (ANCHOR_OR_ALIAS.test(line) || line.includes('\\'))) mark('keep');
  }
  const end = pendingStart < 0 ? text.length : pendingStart;
  for (let block = open.pop(); block !== undefined; block = open.pop()) close(block, end);
  return blanked(text, blank);
}

// Most lines have none of these characters: the regular expressions run only on lines that do.
const QUOTES = ['"', "'"];
const EXPLICIT_KEY_MARKS = ['?', ':'];
const BLOCK_SCALAR_MARKS = ['|', '>'];
const KEEP_MARKS = ['&', '*', '\\'];

function hasAny(line: string, marks: readonly string[]): boolean {
  return marks.some((mark) => line.includes(mark));
}

/** The text with each [start, end) range (in order, not overlapping) blanked. */
function blanked(text: string, ranges: Array<[number, number]>): string {
  if (ranges.length === 0) return text;
  let result = '';
  let copied = 0;
  for (const [start, end] of ranges) {
    result += text.slice(copied, start) + text.slice(start, end).replace(/[^\n]/g, ' ');
    copied = end;
  }
  return result + text.slice(copied);
}

/** Bounds the line scans; a longer file is parsed as written. */
const MAX_LINES = 1_000_000;
const SPACE = 0x20;
const TAB = 0x09;
const HASH = 0x23;
const LINE_FEED = 0x0a;
