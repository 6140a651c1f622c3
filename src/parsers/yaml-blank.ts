/**
 * Blanking YAML that a parser would read and then ignore: a line scan finds entries whose value is
 * a block collection, and the ones a kind never reads become spaces before the parse (line breaks
 * kept, so every offset and position is unchanged). Most of a large manifest is such entries, and
 * the parse is most of the time a scan takes. A syntax error inside a blanked entry goes unreported.
 */

/** How every port key is written (`port`, `servicePort`, `extraPorts`, `nodePortTls`); not `exporter`. */
export const SAYS_PORT = /[pP]orts?(?![a-z])/;
/** An anchor (`&name`) or an alias (`*name`) where YAML allows one. */
export const ANCHOR_OR_ALIAS = /(?:^|[\s,[{])[&*][^\s,[\]{}]/m;
/** A CR not followed by LF is a line break to YAML 1.2 and not to a line scan. */
export const LONE_CR = /\r(?!\n)/;

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

/** What the line scan knows of an entry whose value is a block collection, when it ends. */
export interface BlockFacts {
  key: string;
  /** Its text (key line included) names a port key: `port`, `Port` or `Ports` at a word's end. */
  saysPort: boolean;
  /** Its text has an escape (`\\`), which could spell anything. */
  escapes: boolean;
}

interface OpenBlock extends BlockFacts {
  start: number;
  indent: number;
  /**
   * What its first line below says it holds: nothing yet, a deeper collection, a list at its own
   * indent, or something that is not a collection's first line.
   */
  value: 'none' | 'deeper' | 'list' | 'scalar';
  /** An anchor or an alias inside: text elsewhere may use it, or it may bring in anything. */
  aliased: boolean;
}

/**
 * The text with every entry whose value is a block collection (`name:`, then indented lines or a
 * list) blanked where `blankable` says so: spaces, line breaks kept, so every offset and position
 * is unchanged. Any depth; the outermost blankable entry covers those inside it. Never blanked:
 * a scalar value (`name: x`, `name: |`), a list item (its index is in a key path), an entry keyed
 * on a list item's line, an entry with an anchor or an alias. The text is returned as written when
 * a line is anything this line scan cannot follow: a tab indent, a multi-line quoted scalar, an
 * explicit `? ` key, a lone CR line break.
 */
export function withoutBlocks(text: string, blankable: (block: BlockFacts) => boolean): string {
  if (LONE_CR.test(text)) return text;
  const open: OpenBlock[] = [];
  const blank: Array<[number, number]> = [];
  const close = (block: OpenBlock, end: number): void => {
    if (block.value === 'none' || block.value === 'scalar' || block.aliased || !blankable(block)) return;
    // An inner block closes first; the outer one covers it.
    while ((blank.at(-1)?.[0] ?? -1) >= block.start) blank.pop();
    blank.push([block.start, end]);
  };
  // Marks hold for every open block; marked blocks are always the outermost ones, so marking stops at the first.
  const mark = (flag: 'saysPort' | 'escapes' | 'aliased'): void => {
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
          indent > top.indent ||
          (indent === top.indent && (top.value === 'none' || top.value === 'list') && LIST_ITEM.test(line));
        if (inside) break;
        close(top, pendingStart < 0 ? at : pendingStart);
        open.pop();
      }
      const top = open.at(-1);
      if (top !== undefined && top.value === 'none') {
        if (indent === top.indent) top.value = 'list';
        else top.value = COLLECTION_LINE.test(line) ? 'deeper' : 'scalar';
      }
    }
    if (pendingSaysPort) mark('saysPort');
    pendingStart = -1;
    pendingSaysPort = false;
    if (scalarIndent < 0) {
      if (hasAny(line, BLOCK_SCALAR_MARKS) && BLOCK_SCALAR.test(line)) scalarIndent = indent;
      const key = BLOCK_KEY.exec(line);
      if (key?.[2] !== undefined && open.length < MAX_OPEN_BLOCKS)
        open.push({
          start: at,
          indent,
          key: key[2],
          value: 'none',
          saysPort: false,
          escapes: false,
          aliased: false,
        });
    }
    if (SAYS_PORT.test(line)) mark('saysPort');
    if (hasAny(line, ALIAS_MARKS) && ANCHOR_OR_ALIAS.test(line)) mark('aliased');
    if (line.includes('\\')) mark('escapes');
  }
  const end = pendingStart < 0 ? text.length : pendingStart;
  for (let block = open.pop(); block !== undefined; block = open.pop()) close(block, end);
  return blanked(text, blank);
}

// Most lines have none of these characters: the regular expressions run only on lines that do.
const QUOTES = ['"', "'"];
const EXPLICIT_KEY_MARKS = ['?', ':'];
const BLOCK_SCALAR_MARKS = ['|', '>'];
const ALIAS_MARKS = ['&', '*'];

function hasAny(line: string, marks: readonly string[]): boolean {
  return marks.some((mark) => line.includes(mark));
}

/** The text with each [start, end) range (in order, not overlapping) blanked. */
export function blanked(text: string, ranges: Array<[number, number]>): string {
  if (ranges.length === 0) return text;
  let result = '';
  let copied = 0;
  for (const [start, end] of ranges) {
    result += text.slice(copied, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ');
    copied = end;
  }
  return result + text.slice(copied);
}

/** Bounds the line scans; a longer file is parsed as written. */
export const MAX_LINES = 1_000_000;
export const SPACE = 0x20;
const TAB = 0x09;
