import type { ClassifiedPort } from '../types.js';
import type { RuleHit } from './types.js';
import { addressesOverlap } from './addresses.js';
import { hitAt } from './format.js';
import { clashWith } from './logical-merge.js';

/**
 * Kubernetes port clashes, for the `duplicate-port` rule. Each later declaration (file, line,
 * column order) is reported once, citing the first earlier declaration it clashes with:
 *
 * - nodePorts are allocated cluster-wide by number: two Services cannot hold the same nodePort, whatever
 *   the protocol; within one Service the same nodePort/protocol twice is refused by validation.
 * - containers of one pod share its network namespace: the same containerPort/protocol twice in one pod
 *   template (in two containers, or twice in one container) clashes.
 * - a hostPort/protocol binds on the node: the same one on two workloads (or twice in one pod) clashes,
 *   unless both bind different explicit `hostIP`s.
 *
 * One object written in several files (a kustomize base and its patch, per-environment copies) is the same
 * object, not two: ports of one scope (`ns/Kind/name`) only clash within one file.
 */
export function kubernetesDuplicates(ports: readonly ClassifiedPort[]): RuleHit[] {
  const groups = new Map<string, ClassifiedPort[]>();
  for (const port of ports) {
    if (port.kind !== 'kubernetes' || port.port === null) continue;
    if (port.role !== 'node' && port.role !== 'container' && port.role !== 'host') continue;
    // nodePorts clash across protocols; the protocol is compared in `clashes`.
    const key = port.role === 'node' ? `node/${port.port}` : `${port.role}/${port.port}/${port.protocol}`;
    const group = groups.get(key);
    if (group) group.push(port);
    else groups.set(key, [port]);
  }
  const hits: RuleHit[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.sort(byFilePosition);
    for (let i = 1; i < group.length; i++) {
      const later = group[i]!;
      const earlier = group.slice(0, i).find((candidate) => clashes(candidate, later));
      if (earlier) hits.push(hit(later, earlier));
    }
  }
  return hits.sort(byFilePosition);
}

function clashes(earlier: ClassifiedPort, later: ClassifiedPort): boolean {
  if (earlier.file === later.file && earlier.line === later.line && earlier.column === later.column)
    return false;
  const sameScope = earlier.scope !== undefined && earlier.scope === later.scope;
  if (sameScope && earlier.file !== later.file) return false;
  switch (later.role) {
    case 'node':
      return sameScope ? earlier.protocol === later.protocol : true;
    case 'container':
      // Pods of different objects have their own network namespaces.
      return sameScope;
    case 'host':
      return addressesOverlap(earlier.context.hostIp, later.context.hostIp);
    default:
      return false;
  }
}

function hit(later: ClassifiedPort, earlier: ClassifiedPort): RuleHit {
  const at = `${earlier.file}:${earlier.line}:${earlier.column}`;
  let message: string;
  if (later.role === 'node') {
    const protocols = earlier.protocol === later.protocol ? '' : ` (as ${earlier.port}/${earlier.protocol})`;
    message = `nodePort ${later.port}/${later.protocol} is already declared by ${earlier.context.object ?? 'a Service'}${protocols} at ${at}`;
  } else {
    const prefix = later.role === 'host' ? 'hostPort ' : '';
    message = `${prefix}${later.port}/${later.protocol} is already declared by ${owner(earlier)} at ${at}`;
  }
  return {
    ...hitAt(later, message),
    relatedLocations: [clashWith(earlier)],
  };
}

/** `container "a" in Deployment/web` */
function owner(port: ClassifiedPort): string {
  const object = port.context.object ?? 'a pod';
  return port.context.container !== undefined ? `container "${port.context.container}" in ${object}` : object;
}

function byFilePosition(a: { file: string; line: number; column: number }, b: typeof a): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column;
}
