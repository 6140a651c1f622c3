import type { ClassifiedPort, Role, ServiceAssignment } from '../types.js';
import type { RuleHit } from './types.js';

/**
 * Roles whose number is a socket some software serves on, each port of a range included: what the
 * registry verdicts apply to. A firewall opening (`ingress`) names no software: it admits traffic for
 * whatever listens, and the conflict, if any, is on the declaration that chose the port. NodePorts
 * are allocated by Kubernetes and checked by nodeport-range.
 */
export const SERVICE_ROLES: ReadonlySet<Role> = new Set([
  'host',
  'container',
  'expose',
  'service',
  'target',
  'listen',
  'forward',
]);

/** `3000`, or `3000-3005` for a range. */
export function portNumber(port: Pick<ClassifiedPort, 'port' | 'endPort'>): string {
  return port.endPort !== null && port.endPort !== port.port
    ? `${port.port}-${port.endPort}`
    : `${port.port}`;
}

/** `3000/tcp`, or `3000-3005/tcp` for a range. */
export function portLabel(port: Pick<ClassifiedPort, 'port' | 'endPort' | 'protocol'>): string {
  return `${portNumber(port)}/${port.protocol}`;
}

/** `hbci (HBCI) and remoteware-cl (RemoteWare Client)`; long lists end with "and N more". */
export function describeServices(services: readonly ServiceAssignment[], limit = 3): string {
  const shown = services.slice(0, limit).map(describeService);
  const hidden = services.length - shown.length;
  if (hidden > 0) return `${shown.join(', ')} and ${hidden} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

function describeService(s: ServiceAssignment): string {
  // IANA has a few assignments without a service name (24: "any private mail system").
  if (s.name === '') return `an unnamed service ("${s.description}")`;
  return s.description && s.description !== s.name ? `${s.name} (${s.description})` : s.name;
}

/** `file:line:column`, how messages cite another declaration. */
export function location(port: Pick<ClassifiedPort, 'file' | 'line' | 'column'>): string {
  return `${port.file}:${port.line}:${port.column}`;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** Values for a message template's `{{name}}` placeholders. */
export type MessageData = Readonly<Record<string, string | number>>;

/** A message template with its `{{name}}` placeholders filled in; an unknown name stays as written. */
export function formatMessage(template: string, data: MessageData = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(data, name) ? String(data[name]) : whole,
  );
}

/**
 * `hitAt` worded from one rule's message table: `hit(port, 'reserved', { port: '0/tcp' })`. Each rule
 * builds its findings from its own `messages`, so their wording sits beside the rule's metadata.
 */
export function hitsFrom<Id extends string>(
  messages: Readonly<Record<Id, string>>,
): (port: ClassifiedPort, messageId: Id, data?: MessageData) => RuleHit {
  return (port, messageId, data) => hitAt(port, formatMessage(messages[messageId], data));
}

/** A hit at the declaration's own position. */
export function hitAt(port: ClassifiedPort, message: string): RuleHit {
  return {
    file: port.file,
    line: port.line,
    column: port.column,
    port: port.port,
    protocol: port.protocol,
    message,
    declared: port,
  };
}

/** A firewall opening over several ports: its start number says nothing about a service. */
export function isFirewallRange(port: Pick<ClassifiedPort, 'role' | 'port' | 'endPort'>): boolean {
  return port.role === 'ingress' && port.endPort !== port.port;
}

/**
 * IANA's unauthorized-use notes that concern this very port: a block's note may name another port of
 * it (x11 6000-6063 has "Known Unauthorized Use on port 6003", which says nothing about 6000).
 */
export function unauthorizedUsesOf(port: Pick<ClassifiedPort, 'port' | 'info'>): string[] {
  return (port.info?.unauthorizedUse ?? []).filter((note) => {
    const named = /\bon port (\d+)\b/i.exec(note);
    return named === null || Number(named[1]) === port.port;
  });
}

/**
 * IANA's unauthorized-use notes, without those that only restate the fact ("yes", "Known
 * Unauthorized Use on port 9001"): `: krb524 assigned the port, nv used it...`, or '' when none says more.
 */
export function unauthorizedUseDetail(notes: readonly string[]): string {
  const telling = notes.filter(
    (note) => !/^\s*(?:yes|known unauthorized uses? on port \d+)\s*\.?\s*$/i.test(note),
  );
  return telling.length > 0 ? `: ${telling.join('; ')}` : '';
}
