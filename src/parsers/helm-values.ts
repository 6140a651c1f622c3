import { posix } from 'node:path';
import { isMap, isScalar, isSeq, type Document, type Node, type Scalar } from 'yaml';
import type { DeclaredPort, Protocol, Role } from '../types.js';
import { addFacts } from '../types.js';
import type { ManifestKindModule, ParseInput, ParseResult, Parser } from './types.js';
import { baseName, folderOf, isYamlOutsideChartTemplates } from './kind-paths.js';
import {
  deref,
  isMergeKey,
  mapGet,
  readYaml,
  scalarString,
  scalarValuePosition,
  type YamlSource,
} from './yaml-source.js';
import { isValuesConnectSetting } from './connect-setting.js';
import { protocolOf } from './port-values.js';
import { isPortKey, isPortsKey, isSkipped, roleOf } from './helm-values-keys.js';
import { withoutPortlessText } from './helm-values-blank.js';

const MAX_DEPTH = 100;
/** Upper bound on visited nodes, on top of walking each aliased collection once. */
const MAX_NODES = 200_000;
const INTEGER = /^[+-]?\d+$/;

/**
 * A Helm chart's `values*.yaml`: integers under port keys (`port`, `*Port`), items of `ports`
 * lists and named-port maps (`ports: {http: 80}`), with the key path as context (PORTS.md).
 */
export const parseHelmValues: Parser = (input: ParseInput): ParseResult => {
  // Comments are read from the text as written.
  const source = readYaml(
    input.wantComments ? input.text : withoutPortlessText(input.text),
    input.wantComments,
  );
  const walk = new ValuesWalk(input.path, source, `${posix.dirname(input.path)}#values`);
  for (const doc of source.documents) walk.walkDocument(doc);
  if (walk.ports.length > 0) nameByChart(walk.ports, input);
  const result: ParseResult = { ports: walk.ports, diagnostics: source.diagnostics };
  if (source.comments) result.comments = source.comments;
  return result;
};

/** The chart's Chart.yaml `name` names what its values deploy (classify/identity.ts). */
function nameByChart(ports: DeclaredPort[], input: ParseInput): void {
  const chartFile = posix.join(posix.dirname(input.path), 'Chart.yaml');
  const text = input.readSibling(chartFile);
  if (text === undefined) return;
  const name = chartName(text);
  if (name === undefined) return;
  for (const port of ports) {
    addFacts(port, 'helm-values', { chart: name });
    port.valueFrom = [...(port.valueFrom ?? []), chartFile];
  }
}

/** A plain name (Helm asks for lower-case letters, digits and dashes); a template or a path is none. */
const CHART_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;

/** Names of the Chart.yaml texts read so far: every values file of a chart asks (a bounded cache). */
const chartNames = new Map<string, string | undefined>();
const CACHED_CHARTS = 256;
const CACHED_CHART_BYTES = 64 * 1024;

function chartName(text: string): string | undefined {
  if (chartNames.has(text)) return chartNames.get(text);
  const [doc] = readYaml(text).documents;
  const written = doc ? scalarString(mapGet(doc, doc.contents, 'name')) : undefined;
  const name = written !== undefined && CHART_NAME.test(written) ? written : undefined;
  if (text.length <= CACHED_CHART_BYTES) {
    if (chartNames.size >= CACHED_CHARTS) chartNames.clear();
    chartNames.set(text, name);
  }
  return name;
}

/** What a port key's map says about the ports in it. */
interface Siblings {
  protocol: Protocol;
  /** `name:` of a ports-list item, or the key of a named-port map entry. */
  portName?: string;
}

class ValuesWalk {
  readonly ports: DeclaredPort[] = [];
  /** Collections already walked: an alias to one is not walked again (alias bombs, double reports). */
  private readonly walked = new Set<Node>();
  /** Scalars already reported (a scalar alias under a second port key). */
  private readonly reported = new Set<Node>();
  private visits = 0;
  private doc!: Document.Parsed;
  private readonly scalarsOf = new WeakMap<Node, Map<string, string>>();

  constructor(
    private readonly file: string,
    private readonly source: YamlSource,
    private readonly scope: string,
  ) {}

  walkDocument(doc: Document.Parsed): void {
    this.doc = doc;
    this.walkNode(doc.contents, '', 0);
  }

  /** Any node in a plain subtree: maps and lists are searched for port keys. */
  private walkNode(value: unknown, path: string, depth: number): void {
    const node = this.enter(value, depth);
    if (!node) return;
    if (isMap(node)) this.walkMap(node, path, depth, undefined);
    else if (isSeq(node)) {
      node.items.forEach((item, index) => this.walkNode(item, `${path}[${index}]`, depth + 1));
    }
  }

  /** A map's entries; `named` is set for an item of a ports list or an entry of a named-port map. */
  private walkMap(map: Node, path: string, depth: number, named: { portName?: string } | undefined): void {
    if (!isMap(map)) return;
    const siblings = this.siblings(map, named);
    for (const pair of map.items) {
      const keyNode = this.resolve(pair.key);
      if (!isScalar(keyNode) || keyNode.value === null) continue;
      if (isMergeKey(keyNode)) {
        this.walkMerge(pair.value, path, depth, named);
        continue;
      }
      const key = String(keyNode.value);
      if (isSkipped(key)) continue;
      const keyPath = path === '' ? key : `${path}.${key}`;
      const value = this.resolve(pair.value);
      if (isScalar(value)) {
        if (isPortKey(key)) this.report(value, keyPath, this.roleIn(map, key, path, named), siblings);
      } else if (isPortsKey(key)) {
        this.walkPorts(pair.value, keyPath, roleOf(key), depth + 1);
      } else {
        this.walkNode(pair.value, keyPath, depth + 1);
      }
    }
  }

  /** `<<: *base` / `<<: [*a, *b]`: merged maps are walked once, where they are written. */
  private walkMerge(
    value: unknown,
    path: string,
    depth: number,
    named: { portName?: string } | undefined,
  ): void {
    const node = this.enter(value, depth + 1);
    if (isMap(node)) this.walkMap(node, path, depth + 1, named);
    else if (isSeq(node)) {
      for (const item of node.items) {
        const merged = this.enter(item, depth + 2);
        if (isMap(merged)) this.walkMap(merged, path, depth + 2, named);
      }
    }
  }

  /** The value of a `ports` key: a list of numbers or port maps, or a map of named ports. */
  private walkPorts(value: unknown, path: string, role: Role, depth: number): void {
    const node = this.enter(value, depth);
    if (!node) return;
    if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const itemPath = `${path}[${index}]`;
        const resolved = this.resolve(item);
        if (isScalar(resolved)) this.report(resolved, itemPath, role, { protocol: 'tcp' });
        else {
          const entry = this.enter(item, depth + 1);
          if (isMap(entry)) this.walkMap(entry, itemPath, depth + 1, {});
        }
      });
      return;
    }
    if (!isMap(node)) return;
    // Named ports: `ports: {http: 80}` or `ports: {http: {port: 80, protocol: UDP}}`.
    for (const pair of node.items) {
      const keyNode = this.resolve(pair.key);
      if (!isScalar(keyNode) || keyNode.value === null || isMergeKey(keyNode)) continue;
      const key = String(keyNode.value);
      if (isSkipped(key)) continue;
      const entryPath = `${path}.${key}`;
      const entryValue = this.resolve(pair.value);
      if (isScalar(entryValue)) this.report(entryValue, entryPath, role, { protocol: 'tcp', portName: key });
      else {
        const entry = this.enter(pair.value, depth + 1);
        if (isMap(entry)) this.walkMap(entry, entryPath, depth + 1, { portName: key });
        else if (isSeq(entry))
          entry.items.forEach((item, i) => this.walkNode(item, `${entryPath}[${i}]`, depth + 2));
      }
    }
  }

  /** The key's role; a plain `port`/`*Port` outside a ports list may name another server's port. */
  private roleIn(map: Node, key: string, path: string, named: object | undefined): Role {
    const role = roleOf(key);
    if (role !== 'service' || named !== undefined || !isMap(map)) return role;
    const segments = path === '' ? [] : path.replace(/\[\d+\]/g, '').split('.');
    const scalars = this.scalarEntries(map);
    return isValuesConnectSetting(key, segments, (lowerKey) => scalars.get(lowerKey)) ? 'connect' : role;
  }

  /** A map's scalar entries by lower-cased key, built once per map. */
  private scalarEntries(map: Node): Map<string, string> {
    let entries = this.scalarsOf.get(map);
    if (entries) return entries;
    entries = new Map();
    if (isMap(map)) {
      for (const pair of map.items) {
        const key = this.resolve(pair.key);
        const value = this.resolve(pair.value);
        if (!isScalar(key) || !isScalar(value) || value.value === null) continue;
        entries.set(String(key.value).toLowerCase(), String(value.value));
      }
    }
    this.scalarsOf.set(map, entries);
    return entries;
  }

  private siblings(map: Node, named: { portName?: string } | undefined): Siblings {
    const siblings: Siblings = { protocol: 'tcp' };
    if (!isMap(map)) return siblings;
    for (const pair of map.items) {
      const key = this.resolve(pair.key);
      const value = this.resolve(pair.value);
      if (!isScalar(key) || !isScalar(value) || typeof value.value !== 'string') continue;
      if (key.value === 'protocol') siblings.protocol = protocolOf(value.value.toUpperCase()) ?? 'tcp';
      if (key.value === 'name' && named && value.value !== '' && !value.value.includes('{{')) {
        siblings.portName = value.value;
      }
    }
    if (named && siblings.portName === undefined && named.portName !== undefined)
      siblings.portName = named.portName;
    return siblings;
  }

  /** Record a scalar as a port when it is an integer or a numeric string; anything else is not a port. */
  private report(scalar: Scalar, keyPath: string, role: Role, siblings: Siblings): void {
    if (this.reported.has(scalar)) return;
    let port: number;
    let raw: string;
    let start = 0;
    if (typeof scalar.value === 'number') {
      if (!Number.isInteger(scalar.value)) return;
      port = scalar.value;
      raw = scalar.source ?? String(scalar.value);
    } else if (typeof scalar.value === 'string') {
      raw = scalar.value.trim();
      if (!INTEGER.test(raw)) return; // empty, a name, a template (`{{ ... }}`), a URL
      port = Number(raw);
      start = scalar.value.indexOf(raw);
    } else return; // null, boolean
    // Charts write 0 for "no hostPort" / "let Kubernetes pick the nodePort", as Kubernetes itself reads 0.
    if (port === 0 && (role === 'host' || role === 'node')) return;
    this.reported.add(scalar);
    const at = scalarValuePosition(this.source, scalar, start);
    this.ports.push({
      file: this.file,
      line: at.line,
      column: at.column,
      port,
      endPort: port,
      protocol: siblings.protocol,
      role,
      kind: 'helm-values',
      context: { keyPath, ...(siblings.portName !== undefined && { portName: siblings.portName }) },
      raw,
      scope: this.scope,
    });
  }

  /** Follow aliases (bounded) without marking anything walked. */
  private resolve(value: unknown): Node | undefined {
    return deref(this.doc, value);
  }

  /** Resolve a collection to walk; undefined when too deep, over budget, or already walked. */
  private enter(value: unknown, depth: number): Node | undefined {
    if (depth > MAX_DEPTH || ++this.visits > MAX_NODES) return undefined;
    const node = this.resolve(value);
    if (!node || !(isMap(node) || isSeq(node))) return undefined;
    if (this.walked.has(node)) return undefined;
    this.walked.add(node);
    return node;
  }
}

/** A Helm chart's values: `values*.yaml` beside a Chart.yaml. */
export const helmValuesKind: ManifestKindModule = {
  kind: 'helm-values',
  matches: (path, { chartFolders }) =>
    isYamlOutsideChartTemplates(path, chartFolders) &&
    /^values.*\.ya?ml$/i.test(baseName(path)) &&
    chartFolders.has(folderOf(path)),
  parse: parseHelmValues,
};
