import {
  Alias,
  Composer,
  Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  Parser,
  Scalar,
  visit,
  type CST,
  YAMLMap,
  YAMLSeq,
  type Node,
} from 'yaml';
import type { Diagnostic, Position } from '../types.js';
import type { CommentSpan } from './types.js';

/**
 * A YAML file read once, as Compose and Kubernetes read it: YAML 1.2 core schema (`53:53` is a string),
 * merge keys on, every document kept with its parser positions.
 */
export interface YamlSource {
  text: string;
  documents: Document.Parsed[];
  /** One parse-error diagnostic per broken document; the documents that parsed are still scanned. */
  diagnostics: Diagnostic[];
  lineCounter: LineCounter;
  /** Every comment, in text order, when readYaml was asked for them. */
  comments?: CommentSpan[];
  /** [start, end) of each document left unparsed because it cannot declare a port. */
  unparsed?: Array<[number, number]>;
}

const MAX_ALIAS_RESOLUTIONS = 10_000;

/**
 * Parse every document of a YAML stream, and with `wantComments` collect its comments from the same
 * lexer pass. Never throws: a parser crash becomes a parse-error at 1:1.
 * With `mayDeclarePorts`, a document whose text it rejects is not parsed at all (so its syntax
 * errors go unreported): see composeWanted.
 */
export function readYaml(
  written: string,
  wantComments = false,
  mayDeclarePorts?: (document: string) => boolean,
): YamlSource {
  // A lone CR is a YAML 1.2 line break (go-yaml, so Compose and kubectl, read it as one) that the `yaml`
  // package does not honour (eemeli/yaml#595). Same length, so every offset and position stays exact.
  const text = written.includes('\r') ? written.replace(/\r(?!\n)/g, '\n') : written;
  // Line starts come from the text itself: the parser's own LineCounter misses line breaks inside the
  // tokens it skips while recovering from an error, which shifts every later position.
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  const source: YamlSource = { text, documents: [], diagnostics: [], lineCounter };
  const { diagnostics } = source;
  const tooDeep = text.length > DEPTH_CHECK_FROM ? deepFlowOffset(text) : -1;
  if (tooDeep >= 0) {
    const at = lineCounter.linePos(tooDeep);
    diagnostics.push({
      ruleId: 'parse-error',
      messageId: 'yamlTooDeep',
      data: { depth: MAX_FLOW_DEPTH },
      line: at.line,
      column: at.col,
    });
    return withComments(source, wantComments ? lex(text) : undefined);
  }
  // What parseAllDocuments does, with the tokens kept when the comments are wanted.
  let tokens: CST.Token[] = [];
  let documents: Document.Parsed[];
  try {
    const wanted = mayDeclarePorts && !wantComments ? composeWanted(text, mayDeclarePorts) : undefined;
    if (wanted) {
      documents = wanted.documents;
      if (wanted.unparsed.length > 0) source.unparsed = wanted.unparsed;
    } else {
      const stream = new Parser().parse(text);
      documents = Array.from(newComposer().compose(wantComments ? (tokens = Array.from(stream)) : stream));
    }
  } catch (error) {
    diagnostics.push({ ...yamlError((error as Error).message), line: 1, column: 1 });
    return withComments(source, wantComments ? tokens : undefined);
  }
  for (const doc of documents) {
    const error = doc.errors[0];
    if (!error) {
      source.documents.push(doc);
      const bomb = text.includes('*') ? excessiveAliasing(doc) : undefined;
      if (bomb)
        diagnostics.push({
          ruleId: 'parse-error',
          messageId: 'yamlExcessiveAliasing',
          data: bomb.data,
          ...nodePosition({ lineCounter }, bomb.alias),
        });
      continue;
    }
    const at = lineCounter.linePos(error.pos[0]);
    diagnostics.push({ ...yamlError(firstLine(error.message)), line: at.line, column: at.col });
  }
  return withComments(source, wantComments ? tokens : undefined);
}

function newComposer(): Composer {
  return new Composer({ merge: true, prettyErrors: false, uniqueKeys: false });
}

/** A line starting `---` and a blank: the `yaml` package starts a document there in any context. */
const DOCUMENT_START = /^---(?=[ \t\r\n]|$)/gm;
/** Directives (`%YAML`, `%TAG`) apply to the documents after them: such a stream is parsed whole. */
const DIRECTIVE = /^%/m;

/**
 * The documents of a stream that `mayDeclarePorts` accepts, each parsed on its own from its offset
 * in the stream, so every position is the one a parse of the whole stream gives. Skipping the others
 * loses nothing a parser reads: an anchor never reaches past its document. Undefined for a stream
 * with directives.
 */
function composeWanted(
  text: string,
  mayDeclarePorts: (document: string) => boolean,
): { documents: Document.Parsed[]; unparsed: Array<[number, number]> } | undefined {
  if (DIRECTIVE.test(text)) return undefined;
  const starts = [0];
  for (const match of text.matchAll(DOCUMENT_START)) if (match.index > 0) starts.push(match.index);
  const documents: Document.Parsed[] = [];
  const unparsed: Array<[number, number]> = [];
  starts.forEach((start, i) => {
    const end = starts[i + 1] ?? text.length;
    const document = text.slice(start, end);
    if (!mayDeclarePorts(document)) {
      unparsed.push([start, end]);
      return;
    }
    const parser = new Parser();
    parser.offset = start;
    for (const doc of newComposer().compose(parser.parse(document))) documents.push(doc);
  });
  return { documents, unparsed };
}

/** The CST alone, for the comments of a file too deep to compose; [] if the lexer fails. */
function lex(text: string): CST.Token[] {
  try {
    return Array.from(new Parser().parse(text));
  } catch {
    return [];
  }
}

function withComments(source: YamlSource, tokens: readonly CST.Token[] | undefined): YamlSource {
  if (tokens) source.comments = cstComments(tokens, source.text.length);
  return source;
}

/**
 * The comment tokens of a CST, in text order: never inside a block scalar or a quoted string. The
 * CST is a tree of plain objects and arrays; the walk is bounded all the same.
 */
function cstComments(tokens: readonly CST.Token[], textLength: number): CommentSpan[] {
  const comments: CommentSpan[] = [];
  const stack: unknown[] = [...tokens];
  let budget = 16 * textLength + 1024;
  while (stack.length > 0 && budget-- > 0) {
    const item = stack.pop();
    if (Array.isArray(item)) {
      for (const child of item) stack.push(child);
      continue;
    }
    if (typeof item !== 'object' || item === null) continue;
    const token = item as { type?: unknown; offset?: unknown; source?: unknown };
    if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
      const end = token.offset + token.source.trimEnd().length;
      comments.push({ start: token.offset, end, bodyStart: token.offset + 1, bodyEnd: end });
      continue;
    }
    for (const value of Object.values(item))
      if (typeof value === 'object' && value !== null) stack.push(value);
  }
  return comments.sort((a, b) => a.start - b.start);
}

/**
 * Flow collections (`[`, `{`) nested deeper than this are refused before parsing: the `yaml` parser's
 * time and memory grow steeply with depth (2.6 million levels: 30 s and 2.8 GB) while it gives up at
 * about 800 levels anyway, and no manifest nests a tenth as deep.
 */
const MAX_FLOW_DEPTH = 500;
/** Smaller files parse in well under a second however deep they nest: only larger ones are checked. */
const DEPTH_CHECK_FROM = 64 * 1024;
/** What may precede a `[`, `{` or quote that opens a flow collection or a quoted scalar. */
const FLOW_STARTERS = new Set([':', '-', '?', ',', '[', '{', '\n']);

/**
 * Offset of the first `[` or `{` nested deeper than MAX_FLOW_DEPTH, or -1. One pass that skips quoted
 * scalars and comments; brackets inside plain scalars (`a[b`) do not open anything.
 */
function deepFlowOffset(text: string): number {
  let depth = 0;
  let previous = '\n';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === ' ' || ch === '\t' || ch === '\r') continue;
    if (ch === '#' && (previous === '\n' || text[i - 1] === ' ' || text[i - 1] === '\t')) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
      continue;
    }
    if ((ch === '"' || ch === "'") && FLOW_STARTERS.has(previous)) {
      for (i++; i < text.length && text[i] !== ch; i++) if (ch === '"' && text[i] === '\\') i++;
      previous = ch;
      continue;
    }
    if ((ch === '[' || ch === '{') && FLOW_STARTERS.has(previous)) {
      if (++depth > MAX_FLOW_DEPTH) return i;
    } else if ((ch === ']' || ch === '}') && depth > 0) depth--;
    previous = ch;
  }
  return -1;
}

/** A parse-error with the `yaml` package's own wording (or a crash's). */
export function yamlError(detail: string): Pick<Diagnostic, 'ruleId' | 'messageId' | 'data'> {
  return { ruleId: 'parse-error', messageId: 'yaml', data: { detail } };
}

function firstLine(message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return /Maximum call stack size exceeded/.test(first) ? 'the document is nested too deeply to read' : first;
}

/** go-yaml's limit (yaml.v3 decode.go `allowedAliasRatio`): the share of decoded nodes that may come from aliases. */
function allowedAliasRatio(decoded: number): number {
  if (decoded <= 400_000) return 0.99;
  if (decoded >= 4_000_000) return 0.1;
  return 0.99 - 0.89 * ((decoded - 400_000) / 3_600_000);
}

/**
 * A billion-laughs document: aliases that expand it far beyond its size. go-yaml (Compose, kubectl,
 * Helm) refuses it ("document contains excessive aliasing"); the same rule is applied here to the
 * expanded node counts, computed once per anchored node, so the check itself stays linear.
 */
function excessiveAliasing(
  doc: Document.Parsed,
): { alias: Alias; data: { written: number; nodes: string } } | undefined {
  const expanded = new Map<Node, number>();
  const inProgress = new Set<Node>();
  let written = 0;
  let largest: { alias: Alias; size: number } | undefined;
  const countWritten = (node: unknown): void => {
    written++;
    if (isMap(node)) {
      for (const pair of node.items) {
        countWritten(pair.key);
        countWritten(pair.value);
      }
    } else if (isSeq(node)) for (const item of node.items) countWritten(item);
  };
  const size = (node: unknown): number => {
    if (node === null || node === undefined || typeof node !== 'object') return 1;
    const cached = expanded.get(node as Node);
    if (cached !== undefined) return cached;
    if (inProgress.has(node as Node)) return 1; // an anchor that contains its own alias: no expansion
    inProgress.add(node as Node);
    let total = 1;
    if (isAlias(node)) {
      total += size(resolveAlias(doc, node));
      if (!largest || total > largest.size) largest = { alias: node, size: total };
    } else if (isMap(node)) for (const pair of node.items) total += size(pair.key) + size(pair.value);
    else if (isSeq(node)) for (const item of node.items) total += size(item);
    inProgress.delete(node as Node);
    total = Math.min(total, Number.MAX_SAFE_INTEGER);
    expanded.set(node as Node, total);
    return total;
  };
  try {
    countWritten(doc.contents);
    const decoded = size(doc.contents);
    const fromAliases = decoded - written;
    if (
      !largest ||
      fromAliases <= 100 ||
      decoded <= 1000 ||
      fromAliases / decoded <= allowedAliasRatio(decoded)
    ) {
      return undefined;
    }
    const nodes = decoded >= 1e9 ? 'over a billion' : String(decoded);
    return { alias: largest.alias, data: { written, nodes } };
  } catch {
    return undefined; // too deep to walk: the parsers' own walks are bounded
  }
}

/** Where a node starts. For a quoted scalar this is the opening quote; see `scalarValuePosition`. */
export function nodePosition(source: Pick<YamlSource, 'lineCounter'>, node: Node): Position {
  const offset = node.range?.[0] ?? 0;
  const at = source.lineCounter.linePos(offset);
  return { line: at.line, column: at.col };
}

/**
 * Position of the character at `index` of a scalar's value. Exact for plain and simple quoted
 * scalars on one line; otherwise the first occurrence of `needle` in the node's source text.
 */
export function scalarValuePosition(
  source: YamlSource,
  node: Scalar,
  index: number,
  needle?: string,
): Position {
  const [start, end] = node.range ?? [0, 0];
  const raw = source.text.slice(start, end);
  let offset: number;
  const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
  const valueText = String(node.value);
  const contentStart = start + (quoted ? 1 : 0);
  if (
    (node.type === Scalar.PLAIN || quoted) &&
    source.text.slice(contentStart, contentStart + valueText.length) === valueText
  ) {
    offset = contentStart + index;
  } else {
    // A scalar written over several lines: its value is the text with each line break folded.
    const unescaped = node.type === Scalar.PLAIN || (quoted && !/\\|''/.test(raw.slice(1, -1)));
    const folded = unescaped ? foldedOffset(source.text.slice(contentStart, end), valueText, index) : -1;
    const found = folded < 0 && needle ? raw.indexOf(needle) : -1;
    offset = folded >= 0 ? contentStart + folded : found >= 0 ? start + found : start;
  }
  const at = source.lineCounter.linePos(offset);
  return { line: at.line, column: at.col };
}

/**
 * Offset in `written` of the value's character `index`, for a value that is `written` with its line
 * breaks (and the blanks around them) folded; -1 when they differ in anything else or `index` is a fold.
 */
function foldedOffset(written: string, value: string, index: number): number {
  const isBlank = (ch: string | undefined): boolean =>
    ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
  let j = 0;
  for (let i = 0; i <= index && i < value.length; i++) {
    const ch = value[i]!;
    if (written[j] !== ch && isBlank(ch)) {
      if (i === index || !isBlank(written[j])) return -1;
      while (isBlank(written[j])) j++;
      continue;
    }
    while (written[j] !== ch && isBlank(written[j])) j++;
    if (written[j] !== ch) return -1;
    if (i === index) return j;
    j++;
  }
  return -1;
}

const aliasTargets = new WeakMap<Document.Parsed, Map<Alias, Node>>();

/**
 * The node an alias refers to: the last node anchored with its name before it, as `Alias.resolve`
 * finds it. `Alias.resolve(doc)` walks the whole document on every call (quadratic on a file with
 * many aliases), so every alias of a document is resolved in one walk, once.
 */
export function resolveAlias(doc: Document.Parsed, alias: Alias): Node | undefined {
  let targets = aliasTargets.get(doc);
  if (!targets) {
    const found = new Map<Alias, Node>();
    const latest = new Map<string, Node>();
    try {
      visit(doc, {
        Node(_key, node) {
          if (isAlias(node)) {
            const target = latest.get(node.source);
            if (target) found.set(node, target);
          } else if (node.anchor) latest.set(node.anchor, node);
        },
      });
    } catch {
      // Too deep to walk: aliases stay unresolved, which the parsers read as absent values.
    }
    targets = found;
    aliasTargets.set(doc, targets);
  }
  return targets.get(alias);
}

/** Follow an alias to its anchored node (bounded, so alias chains cannot loop). */
export function deref(doc: Document.Parsed, node: unknown): Node | undefined {
  let current = node;
  for (let hops = 0; isAlias(current) && hops < 32; hops++) {
    current = resolveAlias(doc, current);
  }
  return current === null || current === undefined || isAlias(current) ? undefined : (current as Node);
}

/**
 * A merge key `<<`. With `merge: true` the `yaml` package (2.9) gives it the value `Symbol(<<)`, not
 * the string, so a test for `'<<'` alone never sees one.
 */
export function isMergeKey(node: unknown): boolean {
  if (!isScalar(node)) return false;
  const value: unknown = node.value;
  return value === '<<' || (typeof value === 'symbol' && value.description === '<<');
}

/**
 * The value node under `key` in a map (aliases followed, merge keys `<<` honoured). `seen` stops a map
 * that merges itself, and keeps a map merged many times (`<<: [*a, *a]`, nested) from being searched
 * more than once: the answer would be the same, and the count grows exponentially with the nesting.
 */
export function mapGet(
  doc: Document.Parsed,
  node: unknown,
  key: string,
  seen = new Set<Node>(),
): Node | undefined {
  const map = deref(doc, node);
  if (!isMap(map) || seen.has(map)) return undefined;
  seen.add(map);
  for (const pair of map.items) {
    const k = deref(doc, pair.key);
    if (isScalar(k) && !isMergeKey(k) && String(k.value) === key) return deref(doc, pair.value) ?? undefined;
  }
  for (const pair of map.items) {
    const k = deref(doc, pair.key);
    if (isMergeKey(k)) {
      const merged = deref(doc, pair.value);
      const sources = isSeq(merged) ? merged.items : [merged];
      for (const src of sources) {
        const found = mapGet(doc, src, key, seen);
        if (found) return found;
      }
    }
  }
  return undefined;
}

/**
 * Entries of a map as [key string, value node] (aliases followed, merge keys expanded, own keys win).
 * `expanded` as `seen` in `mapGet`: each merged map is expanded once.
 */
export function mapEntries(
  doc: Document.Parsed,
  node: unknown,
  expanded = new Set<Node>(),
): Array<[string, Node | undefined, Node]> {
  const map = deref(doc, node);
  if (!isMap(map) || expanded.has(map)) return [];
  expanded.add(map);
  const own: Array<[string, Node | undefined, Node]> = [];
  const seen = new Set<string>();
  const merged: Array<[string, Node | undefined, Node]> = [];
  for (const pair of map.items) {
    const k = deref(doc, pair.key);
    if (!isScalar(k)) continue;
    if (isMergeKey(k)) {
      const value = deref(doc, pair.value);
      const sources = isSeq(value) ? value.items : [value];
      for (const src of sources) merged.push(...mapEntries(doc, src, expanded));
      continue;
    }
    const name = String(k.value);
    seen.add(name);
    own.push([name, deref(doc, pair.value), k]);
  }
  return [...own, ...merged.filter(([name]) => !seen.has(name) && (seen.add(name), true))];
}

/** Items of a sequence (aliases followed); [] for anything else. */
export function seqItems(doc: Document.Parsed, node: unknown): Node[] {
  const seq = deref(doc, node);
  if (!isSeq(seq)) return [];
  return (seq as YAMLSeq).items.map((item) => deref(doc, item)).filter((n): n is Node => n !== undefined);
}

/** The scalar's value as a string, or undefined for non-scalars and nulls. */
export function scalarString(node: Node | undefined): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  return String(node.value);
}

export function isYamlMap(node: unknown): node is YAMLMap {
  return isMap(node);
}

export { isMap, isScalar, isSeq, Scalar };
export type { Node };

/** Guards recursive walks over user YAML (Helm values) against alias bombs. */
export const ALIAS_BUDGET = MAX_ALIAS_RESOLUTIONS;
