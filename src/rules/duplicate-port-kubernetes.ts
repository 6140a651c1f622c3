import path from 'node:path';
import { byFilePosition, type ClassifiedPort } from '../types.js';
import type { RuleHit } from './types.js';
import { addressesOverlap } from './addresses.js';
import { hitsFrom, location } from './format.js';
import { clashWith } from './logical-merge.js';

/** Wording of kubernetesDuplicates, part of the `duplicate-port` rule's messages. */
export const KUBERNETES_DUPLICATE_MESSAGES = {
  nodePortTaken: 'nodePort {{port}} is already declared by {{owner}} at {{at}}',
  nodePortTakenOnProtocol: 'nodePort {{port}} is already declared by {{owner}} (as {{as}}) at {{at}}',
  hostPortTaken: 'hostPort {{port}} is already declared by {{owner}} at {{at}}',
  containerPortTaken: '{{port}} is already declared by {{owner}} at {{at}}',
};
const report = hitsFrom(KUBERNETES_DUPLICATE_MESSAGES);

/**
 * Kubernetes port clashes, for the `duplicate-port` rule. Each later declaration (file, line,
 * column order) is reported once, citing the first earlier declaration it clashes with:
 *
 * - nodePorts are allocated cluster-wide by number: two Services of one folder (applied together, one
 *   cluster) cannot hold the same nodePort, whatever the protocol; within one Service the same
 *   nodePort/protocol twice is refused by validation. Folders of unrelated manifests are not one cluster.
 * - containers of one pod share its network namespace: the same containerPort/protocol in two containers
 *   of one pod template clashes. Twice in one container it is one socket under two names.
 * - a hostPort/protocol binds on the node: the same one twice in one pod is refused by validation, and a
 *   DaemonSet runs on every node, so it clashes with any other workload of its folder asking for it.
 *   Other pods asking for one hostPort are placed on different nodes by the scheduler, by design: no
 *   finding. Different explicit `hostIP`s never clash.
 *
 * One object written in several files (a kustomize base and its patch, per-environment copies) is the same
 * object, not two: ports of one scope (`ns/Kind/name`) only clash within one file.
 */
export function kubernetesDuplicates(ports: readonly ClassifiedPort[]): RuleHit[] {
  const hits: RuleHit[] = [];
  const roles = new Set(['node', 'container', 'host']);
  for (const group of groupsOf(ports, (p) => roles.has(p.role))) {
    for (let i = 1; i < group.length; i++) {
      const later = group[i]!;
      const earlier = group.slice(0, i).find((candidate) => clashes(candidate, later));
      if (earlier) hits.push(hit(later, earlier));
    }
  }
  return hits.sort(byFilePosition);
}

/** Kubernetes ports of the selected roles that may clash, by role and number, each in file order. */
function groupsOf(
  ports: readonly ClassifiedPort[],
  selected: (port: ClassifiedPort) => boolean,
): ClassifiedPort[][] {
  const groups = new Map<string, ClassifiedPort[]>();
  for (const port of ports) {
    if (port.kind !== 'kubernetes' || port.port === null || !selected(port)) continue;
    // nodePorts clash across protocols; the protocol is compared in `clashes`.
    const key = port.role === 'node' ? `node/${port.port}` : `${port.role}/${port.port}/${port.protocol}`;
    const group = groups.get(key);
    if (group) group.push(port);
    else groups.set(key, [port]);
  }
  const result = [...groups.values()].filter((group) => group.length > 1);
  for (const group of result) group.sort(byFilePosition);
  return result;
}

function clashes(earlier: ClassifiedPort, later: ClassifiedPort): boolean {
  if (samePosition(earlier, later)) return false;
  const sameScope = earlier.scope !== undefined && earlier.scope === later.scope;
  if (sameScope && earlier.file !== later.file) return false;
  switch (later.role) {
    case 'node':
      return sameScope ? earlier.protocol === later.protocol : sameFolder(earlier, later);
    case 'container':
      return sameScope && earlier.context.container !== later.context.container;
    case 'host':
      return (
        addressesOverlap(earlier.context.hostIp, later.context.hostIp) &&
        (sameScope || (sameFolder(earlier, later) && (isDaemonSet(earlier) || isDaemonSet(later))))
      );
    default:
      return false;
  }
}

function samePosition(a: ClassifiedPort, b: ClassifiedPort): boolean {
  return a.file === b.file && a.line === b.line && a.column === b.column;
}

/** Manifests of one folder are applied together (`kubectl apply -f <folder>`): one cluster. */
function sameFolder(a: ClassifiedPort, b: ClassifiedPort): boolean {
  return path.posix.dirname(a.file) === path.posix.dirname(b.file);
}

function isDaemonSet(port: ClassifiedPort): boolean {
  return port.context.object?.startsWith('DaemonSet/') === true;
}

function hit(later: ClassifiedPort, earlier: ClassifiedPort): RuleHit {
  const data = { port: `${later.port}/${later.protocol}`, owner: owner(earlier), at: location(earlier) };
  let clash: RuleHit;
  if (later.role === 'node') {
    const service = { ...data, owner: earlier.context.object ?? 'a Service' };
    clash =
      earlier.protocol === later.protocol
        ? report(later, 'nodePortTaken', service)
        : report(later, 'nodePortTakenOnProtocol', { ...service, as: `${earlier.port}/${earlier.protocol}` });
  } else {
    clash = report(later, later.role === 'host' ? 'hostPortTaken' : 'containerPortTaken', data);
  }
  return { ...clash, relatedLocations: [clashWith(earlier)] };
}

/** `container "a" in Deployment/web` */
function owner(port: ClassifiedPort): string {
  const object = port.context.object ?? 'a pod';
  return port.context.container !== undefined ? `container "${port.context.container}" in ${object}` : object;
}
