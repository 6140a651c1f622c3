import type { Role } from '../types.js';

/** Keys whose integer value is a port (plus any camelCase `*Port`). */
const PORT_KEYS = new Set(['port', 'containerPort', 'targetPort', 'nodePort', 'hostPort', 'servicePort']);
const CAMEL_PORT_KEY = /^[a-z][a-zA-Z0-9]*Port$/;
/** A variant of a port key (`nodePortTls`); the role comes from the part before the suffix. */
const PORT_VARIANT_KEY = /^([a-z][a-zA-Z0-9]*Port)(?:Tls|Https?|Grpc)$/;
/** Lists (or maps) of ports: `ports`, `extraPorts`, `containerPorts`, ... */
const CAMEL_PORTS_KEY = /^[a-z][a-zA-Z0-9]*Ports$/;

/**
 * Subtrees that only refer to ports declared elsewhere or carry strings for a process: probes
 * (`httpGet.port`), annotations (`prometheus.io/port`), environment, arguments, and the port
 * references of Ingress, NetworkPolicy, ServiceMonitor and PodMonitor settings.
 */
const SKIPPED_KEYS = new Set([
  'probe',
  'probes',
  'httpGet',
  'tcpSocket',
  'annotations',
  'env',
  'extraEnv',
  'envFrom',
  'extraEnvFrom',
  'envVars',
  'extraEnvVars',
  'args',
  'extraArgs',
  'command',
  'ingress',
  'networkPolicy',
  'serviceMonitor',
  'podMonitor',
]);
const SKIPPED_SUFFIXES = /(?:Probe|Annotations|Ingress|ServiceMonitor|PodMonitor)$/;

/** Every port key matches yaml-blank.ts SAYS_PORT: helm-values-blank.ts blanks text that never does. */
export function isPortKey(key: string): boolean {
  return PORT_KEYS.has(key) || CAMEL_PORT_KEY.test(key) || PORT_VARIANT_KEY.test(key);
}

export function isPortsKey(key: string): boolean {
  return key === 'ports' || CAMEL_PORTS_KEY.test(key);
}

/** Keys whose subtree the walk never enters, at any depth. */
export function isSkipped(key: string): boolean {
  return SKIPPED_KEYS.has(key) || SKIPPED_SUFFIXES.test(key);
}

/** Role from the key: `containerPort` container, `hostPort` host, `targetPort` target, `nodePort` node, else service. */
export function roleOf(key: string): Role {
  const lower = (PORT_VARIANT_KEY.exec(key)?.[1] ?? key).toLowerCase();
  if (lower.endsWith('containerport') || lower.endsWith('containerports')) return 'container';
  if (lower.endsWith('hostport') || lower.endsWith('hostports')) return 'host';
  if (lower.endsWith('targetport') || lower.endsWith('targetports')) return 'target';
  if (lower.endsWith('nodeport') || lower.endsWith('nodeports')) return 'node';
  return 'service';
}
