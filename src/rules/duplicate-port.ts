import type { ClassifiedPort } from '../types.js';
import type { Rule, RuleContext, RuleHit } from './types.js';
import { hitAt, location, portLabel } from './format.js';
import { kubernetesDuplicates } from './duplicate-port-kubernetes.js';
import { addressesOverlap } from './addresses.js';
import { clashWith } from './logical-merge.js';
import { PublishedIndex, sameServiceInAnotherFile } from './published-index.js';

/** Kinds whose `host` ports publish on one machine per scope (Compose project, workflow job). */
const HOST_PUBLISHING_KINDS = new Set(['compose', 'workflow']);

function rangesOverlap(a: ClassifiedPort, b: ClassifiedPort): boolean {
  return a.port! <= (b.endPort ?? b.port!) && b.port! <= (a.endPort ?? a.port!);
}

/** Whether two published host ports can collide on one machine. */
export function publishedOverlap(a: ClassifiedPort, b: ClassifiedPort): boolean {
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

/** Same host port twice in one Compose project or workflow job: the second fails to start. */
export function hostPortDuplicates(ports: readonly ClassifiedPort[]): RuleHit[] {
  const hits: RuleHit[] = [];
  const byScope = new Map<string, PublishedIndex>();
  for (const p of publishedHostPorts(ports)) {
    const earlier = byScope.get(p.scope!) ?? new PublishedIndex();
    const clash = earlier.firstMatch(p, (e) => publishedOverlap(e, p) && !sameServiceInAnotherFile(e, p));
    if (clash) {
      hits.push({
        ...hitAt(
          p,
          `host port ${portLabel(p)} of ${who(p)} is already published by ${who(clash)} at ${location(clash)}`,
        ),
        relatedLocations: [clashWith(clash)],
      });
    }
    earlier.add(p);
    byScope.set(p.scope!, earlier);
  }
  return hits;
}

export const duplicatePort: Rule = {
  id: 'duplicate-port',
  defaultSeverity: 'error',
  description:
    'The same host port and protocol published twice where both cannot bind (one Compose project, one pod, one cluster).',
  rationale:
    'Only one socket can bind an address and port. The second service fails to start, or, with SO_REUSEPORT, traffic is split between two programs.',
  check: (context: RuleContext) => [
    ...hostPortDuplicates(context.ports),
    ...kubernetesDuplicates(context.ports),
  ],
};

export const crossProjectPort: Rule = {
  id: 'cross-project-port',
  defaultSeverity: 'notice',
  description: 'The same host port published by two different Compose projects of the repository.',
  rationale:
    'Different Compose projects may run on one developer machine or host; when they do, the second one fails to bind the port.',
  check({ ports }) {
    const hits: RuleHit[] = [];
    // One index per project: a port is compared with the other projects' ports only.
    const projects = new Map<string, PublishedIndex>();
    const order = new Map<ClassifiedPort, number>();
    for (const p of publishedHostPorts(ports).filter((q) => q.kind === 'compose')) {
      let other: ClassifiedPort | undefined;
      for (const [scope, index] of projects) {
        if (scope === p.scope) continue;
        const match = index.firstMatch(p, (e) => publishedOverlap(e, p));
        if (match && (other === undefined || order.get(match)! < order.get(other)!)) other = match;
      }
      if (other) {
        hits.push(
          hitAt(
            p,
            `host port ${portLabel(p)} is also published by ${who(other)} of another Compose project at ${location(other)}; both cannot run on one host`,
          ),
        );
      }
      order.set(p, order.size);
      const index = projects.get(p.scope!) ?? new PublishedIndex();
      index.add(p);
      projects.set(p.scope!, index);
    }
    return hits;
  },
};
