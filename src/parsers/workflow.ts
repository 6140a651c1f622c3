import type { Document } from 'yaml';
import type { DeclaredPort, PortContext } from '../types.js';
import type { ManifestKindModule, ParseResult, Parser } from './types.js';
import { baseName, folderOf, YAML_NAME } from './kind-paths.js';
import { parsePortSpec } from './docker-port-spec.js';
import {
  isMap,
  isScalar,
  mapEntries,
  mapGet,
  readYaml,
  scalarString,
  scalarValuePosition,
  seqItems,
  type Node,
  type YamlSource,
} from './yaml-source.js';

const NO_VARIABLES: ReadonlyMap<string, string> = new Map();

/**
 * GitHub Actions workflows: `jobs.<id>.services.<name>.ports` and `jobs.<id>.container.ports`,
 * written in Docker's port syntax. `${{ }}` expressions are not resolvable here.
 */
export const parseWorkflow: Parser = (input) => {
  const source = readYaml(input.text, input.wantComments);
  const out: ParseResult = { ports: [], diagnostics: [...source.diagnostics] };
  if (source.comments) out.comments = source.comments;
  for (const doc of source.documents) {
    for (const [job, jobNode] of mapEntries(doc, mapGet(doc, doc.contents, 'jobs'))) {
      const scope = `workflow:${input.path}#${job}`;
      const container = mapGet(doc, jobNode, 'container');
      if (isMap(container)) {
        readContainer(source, doc, container, { job, service: 'container' }, scope, input.path, out);
      }
      for (const [service, serviceNode] of mapEntries(doc, mapGet(doc, jobNode, 'services'))) {
        readContainer(source, doc, serviceNode, { job, service }, scope, input.path, out);
      }
    }
  }
  return out;
};

function readContainer(
  source: YamlSource,
  doc: Document.Parsed,
  node: Node | undefined,
  base: PortContext,
  scope: string,
  file: string,
  out: ParseResult,
): void {
  const context: PortContext = { ...base };
  const image = scalarString(mapGet(doc, node, 'image'));
  if (image) context.image = image;
  for (const item of seqItems(doc, mapGet(doc, node, 'ports'))) {
    if (!isScalar(item) || item.value === null) continue;
    const spec = String(item.value);
    const parsed = parsePortSpec(maskExpressions(spec), NO_VARIABLES);
    for (const { offset, ...problem } of parsed.problems) {
      out.diagnostics.push({ ...problem, ...scalarValuePosition(source, item, offset) });
    }
    for (const p of parsed.ports) {
      const declared: DeclaredPort = {
        file,
        ...scalarValuePosition(source, item, p.offset),
        port: p.port,
        endPort: p.endPort,
        protocol: parsed.protocol,
        role: p.role,
        kind: 'workflow',
        context: p.role === 'host' && parsed.hostIp ? { ...context, hostIp: parsed.hostIp } : context,
        raw: spec.slice(p.offset, p.offset + p.raw.length),
        scope,
      };
      if (p.unresolvedVariable) declared.unresolvedVariable = spec.slice(p.offset, p.offset + p.raw.length);
      out.ports.push(declared);
    }
  }
}

/** `${{ matrix.port }}` becomes an unresolvable `$XXXX...` of the same length, so offsets stay exact. */
function maskExpressions(spec: string): string {
  return spec.replace(/\$\{\{[^}]*\}\}/g, (expression) => '$' + 'X'.repeat(expression.length - 1));
}

/** GitHub Actions workflows: any YAML file of a `.github/workflows` folder. */
export const workflowKind: ManifestKindModule = {
  kind: 'workflow',
  matches: (path) => YAML_NAME.test(baseName(path)) && /(^|\/)\.github\/workflows$/.test(folderOf(path)),
  parse: parseWorkflow,
};
