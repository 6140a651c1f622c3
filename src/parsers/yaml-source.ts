import {
  Alias,
  Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  Scalar,
  YAMLMap,
  YAMLSeq,
  type Node,
} from 'yaml';
import type { Diagnostic, Position } from '../types.js';

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
}

const MAX_ALIAS_RESOLUTIONS = 10_000;

/** Parse every document of a YAML stream. Never throws: a parser crash becomes a parse-error at 1:1. */
export function readYaml(text: string): YamlSource {
  const lineCounter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  let documents: Document.Parsed[];
  try {
    const parsed = parseAllDocuments(text, {
      lineCounter,
      merge: true,
      prettyErrors: false,
      uniqueKeys: false,
    });
    documents = Array.isArray(parsed) ? parsed : [];
  } catch (error) {
    diagnostics.push({
      ruleId: 'parse-error',
      line: 1,
      column: 1,
      message: `YAML: ${(error as Error).message}`,
    });
    return { text, documents: [], diagnostics, lineCounter };
  }
  const usable: Document.Parsed[] = [];
  for (const doc of documents) {
    const error = doc.errors[0];
    if (!error) {
      usable.push(doc);
      continue;
    }
    const at = lineCounter.linePos(error.pos[0]);
    diagnostics.push({
      ruleId: 'parse-error',
      line: at.line,
      column: at.col,
      message: `YAML: ${firstLine(error.message)}`,
    });
  }
  return { text, documents: usable, diagnostics, lineCounter };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** Where a node starts. For a quoted scalar this is the opening quote; see `scalarValuePosition`. */
export function nodePosition(source: YamlSource, node: Node): Position {
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
    const found = needle ? raw.indexOf(needle) : -1;
    offset = found >= 0 ? start + found : start;
  }
  const at = source.lineCounter.linePos(offset);
  return { line: at.line, column: at.col };
}

/** Follow an alias to its anchored node (bounded, so alias chains cannot loop). */
export function deref(doc: Document.Parsed, node: unknown): Node | undefined {
  let current = node;
  for (let hops = 0; isAlias(current) && hops < 32; hops++) {
    current = (current as Alias).resolve(doc);
  }
  return current === null || current === undefined || isAlias(current) ? undefined : (current as Node);
}

/** The value node under `key` in a map (aliases followed, merge keys `<<` honoured). */
export function mapGet(doc: Document.Parsed, node: unknown, key: string): Node | undefined {
  const map = deref(doc, node);
  if (!isMap(map)) return undefined;
  for (const pair of map.items) {
    const k = deref(doc, pair.key);
    if (isScalar(k) && String(k.value) === key) return deref(doc, pair.value) ?? undefined;
  }
  for (const pair of map.items) {
    const k = deref(doc, pair.key);
    if (isScalar(k) && k.value === '<<') {
      const merged = deref(doc, pair.value);
      const sources = isSeq(merged) ? merged.items : [merged];
      for (const src of sources) {
        const found = mapGet(doc, src, key);
        if (found) return found;
      }
    }
  }
  return undefined;
}

/** Entries of a map as [key string, value node] (aliases followed, merge keys expanded, own keys win). */
export function mapEntries(doc: Document.Parsed, node: unknown): Array<[string, Node | undefined, Node]> {
  const map = deref(doc, node);
  if (!isMap(map)) return [];
  const own: Array<[string, Node | undefined, Node]> = [];
  const seen = new Set<string>();
  const merged: Array<[string, Node | undefined, Node]> = [];
  for (const pair of map.items) {
    const k = deref(doc, pair.key);
    if (!isScalar(k)) continue;
    if (k.value === '<<') {
      const value = deref(doc, pair.value);
      const sources = isSeq(value) ? value.items : [value];
      for (const src of sources) merged.push(...mapEntries(doc, src));
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
