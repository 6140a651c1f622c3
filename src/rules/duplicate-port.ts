import path from 'node:path';
import { factsOf, type ClassifiedPort, type ComposeMembership } from '../types.js';
import type { Rule, RuleContext, RuleHit } from './types.js';
import { hitsFrom, location, portLabel } from './format.js';
import { KUBERNETES_DUPLICATE_MESSAGES, kubernetesDuplicates } from './duplicate-port-kubernetes.js';
import { addressesOverlap } from './addresses.js';
import { clashWith } from './logical-merge.js';
import { PublishedIndex } from './published-index.js';
import { sameServiceInAnotherFile } from '../link/compose-projects.js';

const duplicateMessages = {
  hostPortPublished: 'host port {{port}} of {{who}} is already published by {{other}} at {{at}}',
  ...KUBERNETES_DUPLICATE_MESSAGES,
};
const duplicateHit = hitsFrom(duplicateMessages);

const crossProjectMessages = {
  publishedByAnotherProject:
    'host port {{port}} is also published by {{other}} of another Compose project at {{at}}; both cannot run on one host',
};
const crossProjectHit = hitsFrom(crossProjectMessages);

/** Kinds whose `host` ports publish on one machine per scope (Compose project, workflow job). */
const HOST_PUBLISHING_KINDS = new Set(['compose', 'workflow']);

function rangesOverlap(a: ClassifiedPort, b: ClassifiedPort): boolean {
  return a.port! <= (b.endPort ?? b.port!) && b.port! <= (a.endPort ?? a.port!);
}

/** Whether two published host ports can collide on one machine. */
function publishedOverlap(a: ClassifiedPort, b: ClassifiedPort): boolean {
  return (
    a.protocol === b.protocol && rangesOverlap(a, b) && addressesOverlap(a.context.hostIp, b.context.hostIp)
  );
}

function publishedHostPorts(ports: readonly ClassifiedPort[]): ClassifiedPort[] {
  return ports.filter(
    (p) => p.role === 'host' && p.port !== null && HOST_PUBLISHING_KINDS.has(p.kind) && p.scope !== undefined,
  );
}

function who(p: ClassifiedPort): string {
  return p.context.service === 'container' && p.kind === 'workflow'
    ? 'the job container'
    : `service "${p.context.service}"`;
}

/** The deployment units a published port belongs to: its Compose projects, else its scope. */
function unitsOf(p: ClassifiedPort): ComposeMembership[] {
  return (
    factsOf(p, 'compose')?.composeProjects ?? [
      { project: p.scope!, folder: path.posix.dirname(p.file), service: p.context.service ?? '' },
    ]
  );
}

/** Same host port twice in one Compose project or workflow job: the second fails to start. */
export function hostPortDuplicates(ports: readonly ClassifiedPort[]): RuleHit[] {
  const hits: RuleHit[] = [];
  const byScope = new Map<string, PublishedIndex>();
  const order = new Map<ClassifiedPort, number>();
  for (const p of publishedHostPorts(ports)) {
    // A file loaded by several projects is checked in each; the port is reported once, for its first clash.
    let clash: ClassifiedPort | undefined;
    for (const { project } of unitsOf(p)) {
      const match = byScope
        .get(project)
        ?.firstMatch(p, (e) => publishedOverlap(e, p) && !sameServiceInAnotherFile(e, p, project));
      if (match && (clash === undefined || order.get(match)! < order.get(clash)!)) clash = match;
    }
    if (clash) {
      const data = { port: portLabel(p), who: who(p), other: who(clash), at: location(clash) };
      hits.push({ ...duplicateHit(p, 'hostPortPublished', data), relatedLocations: [clashWith(clash)] });
    }
    order.set(p, order.size);
    for (const { project } of unitsOf(p)) {
      const index = byScope.get(project) ?? new PublishedIndex();
      index.add(p);
      byScope.set(project, index);
    }
  }
  return hits;
}

export const duplicatePort: Rule = {
  id: 'duplicate-port',
  defaultSeverity: 'error',
  messages: duplicateMessages,
  suggests: true,
  description:
    'The same host port and protocol published twice where both cannot bind (one Compose project, one pod, a DaemonSet and any pod of its folder, Services of one folder for nodePorts).',
  rationale:
    'Only one socket can bind an address and port. The second service fails to start, or, with SO_REUSEPORT, traffic is split between two programs.',
  check: (context: RuleContext) => [
    ...hostPortDuplicates(context.ports),
    ...kubernetesDuplicates(context.ports),
  ],
};

/**
 * Two Compose projects publishing one host port, unless they share a project (duplicate-port checks
 * those) or are run from one folder: alternative files of a folder are variants of one app, run one at a time.
 */
function composeNeighbours(ports: readonly ClassifiedPort[]): RuleHit[] {
  const hits: RuleHit[] = [];
  const index = new PublishedIndex();
  for (const p of publishedHostPorts(ports).filter((q) => q.kind === 'compose')) {
    const other = index.firstMatch(p, (e) => publishedOverlap(e, p) && unrelatedProjects(e, p));
    if (other) {
      const data = { port: portLabel(p), other: who(other), at: location(other) };
      hits.push(crossProjectHit(p, 'publishedByAnotherProject', data));
    }
    index.add(p);
  }
  return hits;
}

function unrelatedProjects(a: ClassifiedPort, b: ClassifiedPort): boolean {
  const units = unitsOf(a);
  return unitsOf(b).every((u) => units.every((v) => u.project !== v.project && u.folder !== v.folder));
}

export const crossProjectPort: Rule = {
  id: 'cross-project-port',
  defaultSeverity: 'notice',
  messages: crossProjectMessages,
  description: 'The same host port published by two Compose projects of different folders of the repository.',
  rationale:
    'Different Compose projects may run on one developer machine or host; when they do, the second one fails to bind the port.',
  check: ({ ports }) => composeNeighbours(ports),
};
