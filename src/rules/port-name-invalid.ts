import type { ClassifiedPort } from '../types.js';
import type { Rule, RuleContext, RuleHit } from './types.js';
import { hitsFrom } from './format.js';

/**
 * Why a container port name (or a named `targetPort`) is not an IANA_SVC_NAME (RFC 6335 §5.1), as
 * Kubernetes checks it (`IsValidPortName`): [] when valid.
 */
export function ianaServiceNameProblems(name: string): string[] {
  const problems: string[] = [];
  if (name.length > 15) problems.push(`must be at most 15 characters (it has ${name.length})`);
  if (!/^[a-z0-9-]*$/.test(name)) problems.push('may contain only lower-case letters, digits and "-"');
  if (!/[a-zA-Z]/.test(name)) problems.push('must contain at least one letter');
  if (name.startsWith('-') || name.endsWith('-')) problems.push('must not begin or end with "-"');
  if (name.includes('--')) problems.push('must not contain "--"');
  return problems;
}

/** Why a Service port name is not a DNS-1123 label (what Kubernetes checks for Service ports): [] when valid. */
export function dnsLabelProblems(name: string): string[] {
  const problems: string[] = [];
  if (name.length > 63) problems.push(`must be at most 63 characters (it has ${name.length})`);
  if (!/^[a-z0-9-]*$/.test(name)) problems.push('may contain only lower-case letters, digits and "-"');
  if (name.startsWith('-') || name.endsWith('-')) problems.push('must begin and end with a letter or digit');
  return problems;
}

const messages = {
  targetPortName: 'targetPort name "{{name}}" {{problems}}',
  containerPortName: 'port name "{{name}}" {{problems}}',
  servicePortName: 'Service port name "{{name}}" {{problems}}',
};
const hit = hitsFrom(messages);

/** Port names Kubernetes refuses: container port names, Service port names and named targetPorts. */
export const portNameInvalid: Rule = {
  id: 'port-name-invalid',
  defaultSeverity: 'error',
  description: 'A Kubernetes port name breaks the naming rules (IANA_SVC_NAME for container ports).',
  rationale:
    'Kubernetes validates port names: a container port name or a named targetPort must be an IANA service ' +
    'name (at most 15 characters, lower-case letters, digits and "-", at least one letter, no leading, trailing ' +
    'or doubled "-"), and a Service port name must be a DNS-1123 label. The API server rejects the object ' +
    'otherwise, and a Service targetPort can only refer to a container port by a valid name.',
  messages,
  check(context: RuleContext): RuleHit[] {
    const hits: RuleHit[] = [];
    for (const declaration of namedDeclarations(context.ports)) {
      const { port, name, subject, problems } = declaration;
      hits.push(hit(port, subject, { name, problems: problems.join('; ') }));
    }
    return hits;
  },
};

interface NamedDeclaration {
  port: ClassifiedPort;
  name: string;
  subject: keyof typeof messages;
  problems: string[];
}

const WORKLOAD_ROLES = new Set(['container', 'host']);
const SERVICE_ROLES = new Set(['service', 'target', 'node']);
/** A Helm port written in a list item (`ports[0].containerPort`): its `portName` is the item's `name:`. */
const HELM_LIST_ITEM_KEY = /\]\.[^.[\]]+$/;

/**
 * One entry per declared port name with a problem, plus named targetPorts that stayed unresolved.
 * A port entry yields several ports sharing its name (containerPort and hostPort; port, targetPort and
 * nodePort): the name is checked once, and reported at the container port or else the Service port.
 * An entry with a container or host port is a container port (IANA_SVC_NAME); one with only
 * port/targetPort/nodePort is a Service port (DNS-1123 label), as Kubernetes validates them.
 */
function namedDeclarations(ports: readonly ClassifiedPort[]): NamedDeclaration[] {
  const out: NamedDeclaration[] = [];
  const entries = new Map<string, ClassifiedPort[]>();
  for (const port of ports) {
    if (port.kind === 'kubernetes' && port.role === 'target' && port.portRef !== undefined) {
      const problems = ianaServiceNameProblems(port.portRef);
      if (problems.length > 0) out.push({ port, name: port.portRef, subject: 'targetPortName', problems });
    }
    const entry = entryKey(port);
    if (entry === undefined) continue;
    const group = entries.get(entry);
    if (group) group.push(port);
    else entries.set(entry, [port]);
  }
  for (const group of entries.values()) {
    const name = group[0]!.context.portName!;
    const container = group.some((port) => WORKLOAD_ROLES.has(port.role));
    const problems = container ? ianaServiceNameProblems(name) : dnsLabelProblems(name);
    if (problems.length === 0) continue;
    const port = group.find((p) => p.role === (container ? 'container' : 'service')) ?? group[0]!;
    out.push({ port, name, subject: container ? 'containerPortName' : 'servicePortName', problems });
  }
  return out.sort(
    (a, b) =>
      (a.port.file < b.port.file ? -1 : a.port.file > b.port.file ? 1 : 0) ||
      a.port.line - b.port.line ||
      a.port.column - b.port.column,
  );
}

/** Which port entry (one item of a `ports` list) a named port belongs to; undefined when not checked. */
function entryKey(port: ClassifiedPort): string | undefined {
  const name = port.context.portName;
  if (name === undefined) return undefined;
  if (port.kind === 'kubernetes') {
    const service = SERVICE_ROLES.has(port.role);
    if (!service && !WORKLOAD_ROLES.has(port.role)) return undefined;
    const owner = service ? (port.context.service ?? '') : (port.context.container ?? '');
    return ['k8s', port.file, port.scope ?? '', service ? 'svc' : 'ctr', owner, name].join('\0');
  }
  if (port.kind === 'helm-values') {
    const keyPath = port.context.keyPath ?? '';
    if (!HELM_LIST_ITEM_KEY.test(keyPath)) return undefined;
    return ['helm', port.file, keyPath.slice(0, keyPath.lastIndexOf('.')), name].join('\0');
  }
  return undefined;
}
