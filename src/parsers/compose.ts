import path from 'node:path';
import type { Document } from 'yaml';
import type { DeclaredPort, Diagnostic, PortContext, Protocol } from '../types.js';
import { addFacts } from '../types.js';
import type { ManifestKindModule, ParseResult, Parser } from './types.js';
import {
  isMap,
  isScalar,
  isSeq,
  mapEntries,
  mapGet,
  nodePosition,
  readYaml,
  scalarString,
  scalarValuePosition,
  seqItems,
  type Node,
  type YamlSource,
} from './yaml-source.js';
import { parsePortSpec, problemIn, readRange } from './docker-port-spec.js';
import { interpolate } from './variables.js';
import { dotenvValues, readDotenv } from './dotenv-reader.js';
import { emptyLoads, readComposeFile, readExtends, readIncludes } from './compose-loads.js';
import { protocolsOfAppProtocol, protocolsOfName, withSpeaks } from './speaks.js';
import { baseName } from './kind-paths.js';
import { protocolOf } from './port-values.js';

const MAX_SERVICE_IMAGES = 1000;

/** Context shared by every port of one Compose service. */
interface ServiceScope {
  file: string;
  source: YamlSource;
  doc: Document.Parsed;
  values: ReadonlyMap<string, string>;
  /** The `.env` the values come from, when the folder has one. */
  envFile?: string;
  context: PortContext;
  scope: string;
  buildContext?: string;
  buildDockerfile?: string;
  out: ParseResult;
}

/**
 * Compose files: `ports` (short and long syntax) and `expose` of every service. Variables resolve
 * from the `.env` beside the file and the defaults written in the file, never from the process.
 */
export const parseCompose: Parser = (input) => {
  const source = readYaml(input.text, input.wantComments);
  const out: ParseResult = { ports: [], diagnostics: [...source.diagnostics] };
  if (source.comments) out.comments = source.comments;
  const folder = path.posix.dirname(input.path);
  const envFile = folder === '.' ? '.env' : `${folder}/.env`;
  const envText = input.readSibling(envFile);
  const values =
    envText === undefined ? new Map<string, string>() : dotenvValues(readDotenv(envText).entries);
  // What this file loads with itself: the link step turns these into Compose projects (`scope`).
  const loads = emptyLoads();
  readComposeFile(loads, folder, values);
  for (const doc of source.documents) {
    readIncludes(loads, doc, folder, values);
    for (const [name, service] of composeServices(doc)) {
      if (!isMap(service)) continue;
      readExtends(loads, doc, service, name, folder, values);
      const image = scalarString(mapGet(doc, service, 'image'));
      const context: PortContext = { service: name };
      if (image) context.image = interpolate(image, values).value;
      // Another file of the folder that adds ports to this service runs this image.
      const images = (loads.serviceImages ??= []);
      if (context.image && images.length < MAX_SERVICE_IMAGES) images.push([name, context.image]);
      const scope: ServiceScope = {
        file: input.path,
        source,
        doc,
        values,
        ...(envText !== undefined && { envFile }),
        context,
        scope: `compose:${folder}`,
        out,
        ...buildOf(doc, service, folder, values),
      };
      readPortList(scope, mapGet(doc, service, 'ports'), 'ports', name);
      readPortList(scope, mapGet(doc, service, 'expose'), 'expose', name);
    }
  }
  out.composeLoads = loads;
  return out;
};

/** The services of a Compose document; version-1 files keep them at the top level. */
function composeServices(doc: Document.Parsed): Array<[string, Node | undefined]> {
  const services = mapGet(doc, doc.contents, 'services');
  if (services) return mapEntries(doc, services).map(([name, node]) => [name, node]);
  if (mapGet(doc, doc.contents, 'version')) return [];
  return mapEntries(doc, doc.contents)
    .filter(([, node]) => isMap(node) && (mapGet(doc, node, 'image') || mapGet(doc, node, 'build')))
    .map(([name, node]) => [name, node]);
}

function buildOf(
  doc: Document.Parsed,
  service: Node,
  folder: string,
  values: ReadonlyMap<string, string>,
): { buildContext?: string; buildDockerfile?: string } {
  const build = mapGet(doc, service, 'build');
  if (!build) return {};
  const contextText = isMap(build)
    ? (scalarString(mapGet(doc, build, 'context')) ?? '.')
    : scalarString(build);
  if (contextText === undefined) return {};
  const resolvedContext = interpolate(contextText, values).value;
  if (/^[a-z]+:\/\//i.test(resolvedContext) || resolvedContext.startsWith('git@')) return {};
  const buildContext = path.posix.normalize(path.posix.join(folder, resolvedContext));
  const dockerfile = isMap(build) ? scalarString(mapGet(doc, build, 'dockerfile')) : undefined;
  const buildDockerfile = path.posix.normalize(path.posix.join(buildContext, dockerfile ?? 'Dockerfile'));
  return { buildContext, buildDockerfile };
}

function readPortList(
  scope: ServiceScope,
  list: Node | undefined,
  key: 'ports' | 'expose',
  service: string,
): void {
  if (list === undefined || (isScalar(list) && list.value === null)) return;
  if (!isSeq(list)) {
    scope.out.diagnostics.push({
      ruleId: 'parse-error',
      messageId: 'composeNotAList',
      data: { key, service },
      ...nodePosition(scope.source, list),
    });
    return;
  }
  for (const item of seqItems(scope.doc, list)) {
    if (isScalar(item)) readShortSyntax(scope, item, key);
    else if (isMap(item) && key === 'ports') readLongSyntax(scope, item);
    else
      scope.out.diagnostics.push({
        ruleId: 'invalid-port',
        messageId: 'composeNotAPortEntry',
        data: { key, service },
        ...nodePosition(scope.source, item),
      });
  }
}

function readShortSyntax(scope: ServiceScope, node: Node, key: 'ports' | 'expose'): void {
  if (!isScalar(node) || node.value === null) return;
  const spec = String(node.value);
  const at = (offset: number) => scalarValuePosition(scope.source, node, offset);
  const parsed = parsePortSpec(spec, scope.values);
  const valueFrom = variableSource(scope, spec);
  for (const { offset, ...problem } of parsed.problems) pushProblem(scope, problem, at(offset));
  for (const p of parsed.ports) {
    const role = key === 'expose' ? 'expose' : p.role;
    pushPort(scope, { ...p, role }, parsed.protocol, at(p.offset), parsed.hostIp, undefined, valueFrom);
  }
}

function readLongSyntax(scope: ServiceScope, node: Node): void {
  const { doc, values } = scope;
  const protocolNode = mapGet(doc, node, 'protocol');
  const protocolText = scalarString(protocolNode);
  const known = protocolText ? protocolOf(interpolate(protocolText, values).value.trim()) : 'tcp';
  // As in the short syntax: an unknown protocol is an invalid-port finding, and the port is read as tcp.
  const protocol: Protocol = known ?? 'tcp';
  if (!known && protocolNode) {
    pushProblem(
      scope,
      { ruleId: 'invalid-port', messageId: 'composeUnknownProtocol', data: { protocol: protocolText! } },
      nodePosition(scope.source, protocolNode),
    );
  }
  const hostIpText = scalarString(mapGet(doc, node, 'host_ip'));
  const hostIp = hostIpText ? interpolate(hostIpText, values).value : undefined;
  const name = scalarString(mapGet(doc, node, 'name'));
  const appProtocol = scalarString(mapGet(doc, node, 'app_protocol'));
  const speaks = [...protocolsOfName(name), ...protocolsOfAppProtocol(appProtocol)];
  const first = scope.out.ports.length;
  for (const [field, role] of [
    ['target', 'container'],
    ['published', 'host'],
  ] as const) {
    const valueNode = mapGet(doc, node, field);
    if (!isScalar(valueNode) || valueNode.value === null || valueNode.value === '') continue;
    const text = String(valueNode.value);
    const position = scalarValuePosition(scope.source, valueNode, 0);
    const range = readRange({ text, start: 0 }, values);
    const valueFrom = variableSource(scope, text, protocolText, role === 'host' ? hostIpText : undefined);
    if ('problem' in range) {
      pushProblem(scope, { ruleId: 'invalid-port', ...problemIn(range.problem, field) }, position);
      continue;
    }
    const port = { role, ...range, raw: text, offset: 0 };
    pushPort(scope, port, protocol, position, role === 'host' ? hostIp : undefined, name, valueFrom);
  }
  for (const port of scope.out.ports.slice(first)) withSpeaks(port, speaks);
}

function pushPort(
  scope: ServiceScope,
  p: {
    role: DeclaredPort['role'];
    port: number | null;
    endPort: number | null;
    raw: string;
    unresolvedVariable?: string;
  },
  protocol: Protocol,
  position: { line: number; column: number },
  hostIp: string | undefined,
  portName?: string,
  valueFrom?: string[],
): void {
  const context: PortContext = { ...scope.context };
  if (hostIp !== undefined && p.role === 'host') context.hostIp = hostIp;
  if (portName) context.portName = portName;
  const declared: DeclaredPort = {
    file: scope.file,
    ...position,
    port: p.port,
    endPort: p.endPort,
    protocol,
    role: p.role,
    kind: 'compose',
    context,
    raw: p.raw,
    scope: scope.scope,
  };
  if (p.unresolvedVariable) declared.unresolvedVariable = p.unresolvedVariable;
  // expose-mismatch checks a built service's container port against its Dockerfile's EXPOSE.
  const sources =
    p.role === 'container' && scope.buildDockerfile
      ? [...(valueFrom ?? []), scope.buildDockerfile]
      : valueFrom;
  if (sources) declared.valueFrom = sources;
  if (scope.buildContext) addFacts(declared, 'compose', { buildContext: scope.buildContext });
  if (scope.buildDockerfile) addFacts(declared, 'compose', { buildDockerfile: scope.buildDockerfile });
  scope.out.ports.push(declared);
}

function pushProblem(
  scope: ServiceScope,
  problem: Pick<Diagnostic, 'ruleId' | 'messageId' | 'data'>,
  position: { line: number; column: number },
): void {
  scope.out.diagnostics.push({ ...problem, ...position });
}

/**
 * The `.env` file when any of `texts` interpolates a variable: a pull request that changes only
 * the `.env` changes this port, so changed-only scopes must keep its findings.
 */
function variableSource(scope: ServiceScope, ...texts: Array<string | undefined>): string[] | undefined {
  if (scope.envFile === undefined || !texts.some((text) => text?.includes('$'))) return undefined;
  return [scope.envFile];
}

/** Compose files by name: `compose.yaml`, `docker-compose.prod.yml`, `api.compose.yaml`. */
export const composeKind: ManifestKindModule = {
  kind: 'compose',
  matches(path) {
    const base = baseName(path);
    return /^(docker-)?compose([.-].*)?\.ya?ml$/i.test(base) || /\.compose\.ya?ml$/i.test(base);
  },
  parse: parseCompose,
};
