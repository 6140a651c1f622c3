import { visit, type Document } from 'yaml';
import type { DeclaredPort, Diagnostic, KubernetesFacts, PortContext, Protocol, Role } from '../types.js';
import { factsOf, selects } from '../types.js';
import type { ManifestKindModule, ParseInput, ParseResult, Parser } from './types.js';
import { isYamlOutsideChartTemplates } from './kind-paths.js';
import { parseVariable, resolveVariable } from './variables.js';
import { dictionary, own } from '../dictionary.js';
import { distinct, protocolsOfAppProtocol, protocolsOfName, withSpeaks } from './speaks.js';
import {
  isMap,
  isScalar,
  mapEntries,
  mapGet,
  nodePosition,
  readYaml,
  scalarString,
  scalarValuePosition,
  seqItems,
  yamlError,
  type Node,
  type Scalar,
  type YamlSource,
} from './yaml-source.js';
import { protocolOf } from './port-values.js';

/** Where the pod template sits in each workload kind. `[]` means the object itself is the pod. */
const POD_TEMPLATE_PATH: Readonly<Record<string, readonly string[]>> = {
  Pod: [],
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

/** API groups each kind may come from: a Knative `Service` or an Istio CRD named like a core kind is not one. */
const KIND_GROUPS: Readonly<Record<string, readonly string[]>> = {
  Pod: [''],
  ReplicationController: [''],
  Service: [''],
  Deployment: ['apps', 'extensions'],
  StatefulSet: ['apps'],
  DaemonSet: ['apps', 'extensions'],
  ReplicaSet: ['apps', 'extensions'],
  Job: ['batch'],
  CronJob: ['batch'],
};

const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'] as const;
const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
/** `List` inside `List` is legal but never deep; the bound only stops hostile input. */
const MAX_LIST_DEPTH = 8;
const KUBERNETES_VARIABLE = /^\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)$/;
const INTEGER = /^[+-]?\d+$/;

/** A `kind:` key at the start of a line (a top-level key), with its value when that is a plain name. */
const TOP_LEVEL_KIND = /^kind[ \t]*:(?:[ \t]*(["']?)([A-Za-z][A-Za-z0-9]*)\1[ \t]*(?:#.*)?\r?$)?/gm;

/**
 * Could this document of a stream declare a port? Not without a `ports` key (every port this parser
 * reads sits in a `ports` list; a backslash could spell the key as an escape), and not when its one
 * top-level `kind:` names a kind visitObject never reads (a ConfigMap, a CRD, RBAC). Such a document
 * is not parsed at all. Anything less plain (no `kind:` line, two, a quoted key, a tag) is parsed.
 */
export function mayDeclarePorts(document: string): boolean {
  if (!document.includes('ports') && !document.includes('\\')) return false;
  let kind: string | undefined;
  for (const match of document.matchAll(TOP_LEVEL_KIND)) {
    if (kind !== undefined) return true;
    kind = match[2] ?? '';
  }
  return kind === undefined || kind === '' || kind.endsWith('List') || own(KIND_GROUPS, kind) !== undefined;
}

/** Does the text contain a Go template action (`{{ ... }}`)? Linear scan, no regex backtracking. */
export function containsGoTemplate(text: string): boolean {
  const open = text.indexOf('{{');
  return open >= 0 && text.indexOf('}}', open + 2) >= 0;
}

/**
 * Is this file a Go template (a Helm chart template, a `sed` placeholder file) rather than YAML?
 * `{{` inside a quoted or block scalar is string content (a Grafana dashboard's `{{ pod }}` legend,
 * a PrometheusRule's `{{ $labels.instance }}`, an Alertmanager template in a ConfigMap) and does not
 * count; `{{` anywhere else (a plain value, a line of its own, a document that fails to parse) does.
 * Documents left unparsed are not looked at (see parseKubernetes).
 */
function isGoTemplate(source: YamlSource): boolean {
  const { text } = source;
  if (!containsGoTemplate(text)) return false;
  const unparsed = source.unparsed ?? [];
  const strings: Array<[number, number]> = [];
  for (const doc of source.documents) {
    visit(doc, {
      Scalar(_key, node) {
        if (node.type !== 'PLAIN' && node.range && typeof node.value === 'string') {
          strings.push([node.range[0], node.range[1]]);
        }
      },
    });
  }
  strings.sort((a, b) => a[0] - b[0]);
  let next = 0;
  let nextUnparsed = 0;
  for (let at = text.indexOf('{{'); at >= 0; at = text.indexOf('{{', at + 2)) {
    while (nextUnparsed < unparsed.length && unparsed[nextUnparsed]![1] <= at) nextUnparsed++;
    if (nextUnparsed < unparsed.length && unparsed[nextUnparsed]![0] <= at) continue;
    while (next < strings.length && strings[next]![1] <= at) next++;
    const inString = next < strings.length && strings[next]![0] <= at;
    if (!inString && !isInComment(text, at)) return true;
  }
  return false;
}

/** Is `offset` after a `#` comment marker on its line? (Only asked about text outside strings.) */
function isInComment(text: string, offset: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', offset), text.lastIndexOf('\r', offset)) + 1;
  const before = text.slice(lineStart, offset);
  return before.trimStart().startsWith('#') || before.includes(' #');
}

/**
 * Kubernetes manifests: container/host ports of workload pod templates and Service ports
 * (see PORTS.md). Multi-document files and `List` objects are read; other kinds are ignored.
 */
export const parseKubernetes: Parser = (input: ParseInput): ParseResult => {
  const source = readYaml(input.text, input.wantComments, mayDeclarePorts);
  const result = scanManifests(input.path, source);
  // A `{{` in an unparsed document may make the whole file a Go template, which hides all the rest
  // declares; only a full parse tells, and only a file with something to hide needs one.
  const hidden = source.unparsed?.some(([start, end]) => containsGoTemplate(source.text.slice(start, end)));
  if (hidden && (result.ports.length > 0 || result.diagnostics.length > 0))
    return scanManifests(input.path, readYaml(input.text, input.wantComments));
  return result;
};

function scanManifests(file: string, source: YamlSource): ParseResult {
  const comments = source.comments ? { comments: source.comments } : {};
  // A Helm chart template is a Go template that only becomes YAML once rendered.
  if (isGoTemplate(source)) return { ports: [], diagnostics: [], ...comments };
  const scan = new ManifestScan(file, source);
  for (const doc of source.documents) {
    try {
      scan.visitObject(doc, doc.contents, 0);
    } catch (error) {
      // Defensive: the shared helpers recurse through merge keys; a crash becomes a parse-error, not a failed scan.
      const at = doc.contents ? nodePosition(source, doc.contents) : { line: 1, column: 1 };
      scan.diagnostics.push({ ...yamlError((error as Error).message), ...at });
    }
  }
  // Report in file order (containers, initContainers and ephemeralContainers may be written in any order).
  const ports = scan.ports.sort((a, b) => a.line - b.line || a.column - b.column);
  speaksThroughServices(ports);
  return { ports, diagnostics: [...source.diagnostics, ...scan.diagnostics], ...comments };
}

/** A port number as read from one scalar. */
interface PortValue {
  port: number | null;
  raw: string;
  line: number;
  column: number;
  unresolvedVariable?: string;
  /** Set when the value is a name (`targetPort: http`). */
  name?: string;
}

/** Fields shared by every port of one object. */
interface ObjectInfo {
  kind: string;
  name: string;
  namespace?: string;
  scope: string;
}

class ManifestScan {
  readonly ports: DeclaredPort[] = [];
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    private readonly file: string,
    private readonly source: YamlSource,
  ) {}

  /** One Kubernetes object (or a `List` of them). Anything without apiVersion and kind is skipped. */
  visitObject(doc: Document.Parsed, node: unknown, depth: number): void {
    if (!isMap(node) || depth > MAX_LIST_DEPTH) return;
    const apiVersion = scalarString(mapGet(doc, node, 'apiVersion'));
    const kind = scalarString(mapGet(doc, node, 'kind'));
    if (apiVersion === undefined || kind === undefined) return;
    if (kind.endsWith('List')) {
      for (const item of seqItems(doc, mapGet(doc, node, 'items'))) this.visitObject(doc, item, depth + 1);
      return;
    }
    const groups = own(KIND_GROUPS, kind);
    if (!groups || !groups.includes(apiGroup(apiVersion))) return;
    const metadata = mapGet(doc, node, 'metadata');
    const name =
      scalarString(mapGet(doc, metadata, 'name')) ??
      scalarString(mapGet(doc, metadata, 'generateName')) ??
      '';
    const namespace = scalarString(mapGet(doc, metadata, 'namespace')) || undefined;
    const info: ObjectInfo = { kind, name, namespace, scope: `${namespace ?? 'default'}/${kind}/${name}` };
    if (kind === 'Service') {
      this.visitService(doc, node, info);
      return;
    }
    const templatePath = own(POD_TEMPLATE_PATH, kind);
    if (!templatePath) return;
    let template: Node | undefined = node;
    for (const key of templatePath) template = mapGet(doc, template, key);
    this.visitPodTemplate(doc, template, info);
  }

  private visitPodTemplate(doc: Document.Parsed, template: Node | undefined, info: ObjectInfo): void {
    const podLabels = stringMap(doc, mapGet(doc, mapGet(doc, template, 'metadata'), 'labels'));
    const podSpec = mapGet(doc, template, 'spec');
    for (const list of CONTAINER_LISTS) {
      for (const container of seqItems(doc, mapGet(doc, podSpec, list))) {
        const context: PortContext = {
          ...(info.namespace !== undefined && { namespace: info.namespace }),
          object: `${info.kind}/${info.name}`,
        };
        const containerName = scalarString(mapGet(doc, container, 'name'));
        const image = scalarString(mapGet(doc, container, 'image'));
        if (containerName !== undefined) context.container = containerName;
        if (image !== undefined) context.image = image;
        const probed = probedPorts(doc, container);
        for (const entry of seqItems(doc, mapGet(doc, container, 'ports'))) {
          const entryContext = withPortName(doc, entry, context);
          const protocol = this.entryProtocol(doc, entry);
          const speaks = distinct([
            ...protocolsOfName(entryContext.portName),
            ...(probed.get(`#${scalarString(mapGet(doc, entry, 'containerPort'))}`) ?? []),
            ...((entryContext.portName && probed.get(entryContext.portName)) || []),
          ]);
          const facts: KubernetesFacts = { kind: 'kubernetes', podLabels };
          const extra = { scope: info.scope, facts, ...(speaks.length > 0 && { speaks }) };
          this.addPort(doc, entry, 'containerPort', 'container', protocol, entryContext, extra);
          const hostIp = scalarString(mapGet(doc, entry, 'hostIP'));
          const hostContext = hostIp ? { ...entryContext, hostIp } : entryContext;
          this.addPort(doc, entry, 'hostPort', 'host', protocol, hostContext, extra);
        }
      }
    }
  }

  private visitService(doc: Document.Parsed, service: Node, info: ObjectInfo): void {
    const spec = mapGet(doc, service, 'spec');
    const selectorNode = mapGet(doc, spec, 'selector');
    const selector = isMap(selectorNode) ? stringMap(doc, selectorNode) : undefined;
    const context: PortContext = {
      ...(info.namespace !== undefined && { namespace: info.namespace }),
      object: `Service/${info.name}`,
      service: info.name,
    };
    for (const entry of seqItems(doc, mapGet(doc, spec, 'ports'))) {
      const entryContext = withPortName(doc, entry, context);
      const protocol = this.entryProtocol(doc, entry);
      const speaks = distinct([
        ...protocolsOfName(entryContext.portName),
        ...protocolsOfAppProtocol(scalarString(mapGet(doc, entry, 'appProtocol'))),
      ]);
      const extra = {
        scope: info.scope,
        ...(selector && { facts: { kind: 'kubernetes', selector } satisfies KubernetesFacts }),
        ...(speaks.length > 0 && { speaks }),
      };
      this.addPort(doc, entry, 'port', 'service', protocol, entryContext, extra);
      this.addPort(doc, entry, 'targetPort', 'target', protocol, entryContext, extra, true);
      this.addPort(doc, entry, 'nodePort', 'node', protocol, entryContext, extra);
    }
  }

  /** Read `entry[key]` and record it as a port of `role`. Absent and null values declare nothing. */
  private addPort(
    doc: Document.Parsed,
    entry: Node,
    key: string,
    role: Role,
    protocol: Protocol,
    context: PortContext,
    extra: Pick<DeclaredPort, 'scope' | 'facts' | 'speaks'>,
    allowName = false,
  ): void {
    const value = this.readPortValue(mapGet(doc, entry, key), key, allowName);
    if (!value) return;
    // Kubernetes reads `hostPort: 0` / `nodePort: 0` as unset (no host port, an allocated nodePort).
    if (value.port === 0 && (role === 'host' || role === 'node') && value.raw === '0') return;
    const port: DeclaredPort = {
      file: this.file,
      line: value.line,
      column: value.column,
      port: value.port,
      endPort: value.port,
      protocol,
      role,
      kind: 'kubernetes',
      context: { ...context },
      raw: value.raw,
      ...extra,
    };
    if (value.unresolvedVariable !== undefined) port.unresolvedVariable = value.unresolvedVariable;
    if (value.name !== undefined) port.portRef = value.name;
    this.ports.push(port);
  }

  /**
   * A port scalar: an integer, a numeric string, a variable (`$(PORT)`, `${PORT}`), or (when
   * `allowName`) a port name. Anything else where a number must be is an `invalid-port` diagnostic.
   */
  private readPortValue(node: Node | undefined, key: string, allowName: boolean): PortValue | undefined {
    if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
    const scalar = node as Scalar;
    const raw = scalar.source ?? String(scalar.value);
    const at = (index: number): { line: number; column: number } =>
      scalarValuePosition(this.source, scalar, index);
    if (typeof scalar.value === 'number') {
      if (Number.isInteger(scalar.value)) return { port: scalar.value, raw, ...at(0) };
      this.invalid(key, raw, at(0));
      return undefined;
    }
    if (typeof scalar.value !== 'string') {
      this.invalid(key, raw, at(0));
      return undefined;
    }
    const text = scalar.value.trim();
    // Empty, or a quoted template expression (`"{{ .Values.port }}"`) that only rendering gives a value.
    if (text === '' || text.includes('{{')) return undefined;
    const start = scalar.value.indexOf(text);
    if (INTEGER.test(text)) return { port: Number(text), raw: text, ...at(start) };
    const variable = readVariable(text);
    if (variable) {
      const value: PortValue = { port: null, raw: text, ...at(start) };
      if (variable.value !== undefined && INTEGER.test(variable.value)) value.port = Number(variable.value);
      else value.unresolvedVariable = variable.name;
      return value;
    }
    // An upper-case word (`PORT`) is a tutorial's placeholder for sed or envsubst, not a name or a typo.
    if (PLACEHOLDER.test(text)) return { port: null, raw: text, unresolvedVariable: text, ...at(start) };
    if (allowName) return { port: null, raw: text, name: text, ...at(start) };
    this.invalid(key, raw, at(start));
    return undefined;
  }

  private invalid(key: string, raw: string, at: { line: number; column: number }): void {
    this.diagnostics.push({ ruleId: 'invalid-port', messageId: 'notANumber', data: { key, raw }, ...at });
  }

  private entryProtocol(doc: Document.Parsed, entry: Node): Protocol {
    const written = scalarString(mapGet(doc, entry, 'protocol'));
    // Upper case as the API writes it (`TCP`), as the comparison has always been made.
    return (written && protocolOf(written.toUpperCase())) || 'tcp';
  }
}

/** `PORT`, `CONTAINER_PORT`: upper case, so never a Kubernetes port name (IANA_SVC_NAME is lower case). */
const PLACEHOLDER = /^[A-Z][A-Z0-9_]*$/;

/** A variable standing for the whole value: Kubernetes `$(NAME)`, or shell `${NAME}` / `$NAME` (envsubst). */
function readVariable(text: string): { name: string; value?: string } | undefined {
  const kubernetes = KUBERNETES_VARIABLE.exec(text);
  if (kubernetes) return { name: kubernetes[1]! };
  const shell = parseVariable(text);
  if (!shell) return undefined;
  const value = resolveVariable(shell, new Map());
  return value === undefined ? { name: shell.name } : { name: shell.name, value };
}

function withPortName(doc: Document.Parsed, entry: Node, context: PortContext): PortContext {
  const portName = scalarString(mapGet(doc, entry, 'name'));
  return portName ? { ...context, portName } : context;
}

/** Labels and selectors: string keys to scalar values. */
function stringMap(doc: Document.Parsed, node: Node | undefined): Record<string, string> {
  const out = dictionary<string>();
  for (const [key, value] of mapEntries(doc, node)) {
    const text = scalarString(value);
    if (text !== undefined) out[key] = text;
  }
  return out;
}

/** `apps/v1` -> `apps`; the core group (`v1`) is `''`. */
function apiGroup(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

/**
 * Ports a container's probes speak to, keyed `#<number>` or by port name: `httpGet` speaks http (https
 * with `scheme: HTTPS`), `grpc` speaks grpc; `tcpSocket` and `exec` say nothing about the protocol.
 */
function probedPorts(doc: Document.Parsed, container: Node): Map<string, string[]> {
  const probed = new Map<string, string[]>();
  for (const key of PROBES) {
    const probe = mapGet(doc, container, key);
    const httpGet = mapGet(doc, probe, 'httpGet');
    const grpc = mapGet(doc, probe, 'grpc');
    const scheme = scalarString(mapGet(doc, httpGet, 'scheme'))?.toLowerCase() === 'https' ? 'https' : 'http';
    for (const [action, protocol] of [
      [httpGet, scheme],
      [grpc, 'grpc'],
    ] as const) {
      const target = scalarString(mapGet(doc, action, 'port'))?.trim();
      if (!target) continue;
      const key = INTEGER.test(target) ? `#${Number(target)}` : target;
      probed.set(key, [...new Set([...(probed.get(key) ?? []), protocol])]);
    }
  }
  return probed;
}

/**
 * A Service port without words of its own speaks what the container port it targets in the same
 * file speaks (by number or name, in pods its selector selects). Across files this is not followed.
 */
function speaksThroughServices(ports: DeclaredPort[]): void {
  const containers = ports.filter(
    (p) => p.role === 'container' && p.speaks && factsOf(p, 'kubernetes')?.podLabels,
  );
  if (containers.length === 0) return;
  const byEntry = new Map<string, DeclaredPort[]>();
  for (const p of ports) {
    if (p.context.object?.startsWith('Service/') !== true || p.speaks) continue;
    const entry = `${p.context.namespace ?? ''}/${p.context.object}/${p.context.portName ?? ''}/${p.protocol}`;
    byEntry.set(entry, [...(byEntry.get(entry) ?? []), p]);
  }
  for (const entryPorts of byEntry.values()) {
    const target =
      entryPorts.find((p) => p.role === 'target') ?? entryPorts.find((p) => p.role === 'service');
    const selector = target && factsOf(target, 'kubernetes')?.selector;
    if (!selector || Object.keys(selector).length === 0) continue;
    const match = containers.find(
      (c) =>
        (c.context.namespace ?? 'default') === (target.context.namespace ?? 'default') &&
        c.protocol === target.protocol &&
        (target.portRef !== undefined ? c.context.portName === target.portRef : c.port === target.port) &&
        selects(selector, factsOf(c, 'kubernetes')?.podLabels),
    );
    if (match) for (const p of entryPorts) withSpeaks(p, match.speaks!);
  }
}

const API_VERSION = /^\s*apiVersion\s*:/m;
const KIND = /^\s*kind\s*:/m;

/** Whether YAML text carries both `apiVersion` and `kind` (a cheap text test, no parse). */
export function looksLikeKubernetes(text: string): boolean {
  return API_VERSION.test(text) && KIND.test(text);
}

/** Kubernetes manifests: YAML (outside chart templates) that carries `apiVersion` and `kind`. */
export const kubernetesKind: ManifestKindModule = {
  kind: 'kubernetes',
  matches(path, { chartFolders }, head) {
    if (!isYamlOutsideChartTemplates(path, chartFolders)) return false;
    return head === undefined ? 'maybe' : looksLikeKubernetes(head);
  },
  parse: parseKubernetes,
};
