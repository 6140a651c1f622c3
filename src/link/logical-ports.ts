import path from 'node:path';
import { byFilePosition, factsOf, selects, type DeclaredPort, type LogicalPort } from '../types.js';
import { composeVariables } from './env-ports.js';
import { fileKey } from './file-key.js';

/**
 * Group the declarations of one logical port (one socket written down in several places), so that
 * rules report it once, where its number is chosen. Only declarations of the same single number
 * and protocol are grouped:
 * - a Compose (or workflow) service's published host port, container port and `expose` entry;
 * - a Kubernetes Service port entry's `port` and `targetPort`, and the container ports of the pods
 *   its selector picks in the same folder (the `targetPort`, or `port` when the entry has none);
 * - a Kubernetes container's `containerPort` and `hostPort`;
 * - the ports of one Helm values file (one chart's values feed its templates);
 * - a Dockerfile's final-image `EXPOSE` and the container ports of the Compose services built from it;
 * - a devcontainer's `"service:port"` forward and that Compose service's port, in the devcontainer's
 *   folder or its parent;
 * - a `.env` value and the Compose ports of the same folder written with its variable (`"${WEB_PORT}:80"`).
 * Sets `logicalPort` on every member of a group of two or more. Mutates `ports` in place.
 */
export function linkLogicalPorts(ports: readonly DeclaredPort[]): void {
  const sets = new DisjointSets(ports.length);
  const entriesWithTarget = serviceEntriesWithTarget(ports);
  const budget = { remaining: MAX_SELECTOR_CHECKS };
  for (const bucket of bySocket(ports).values()) {
    joinByKeys(bucket, ports, sets, (p) => [
      composeServiceKey(p),
      serviceEntryKey(p),
      containerKey(p),
      helmValuesKey(p),
    ]);
    joinBuiltImages(bucket, ports, sets);
    joinForwards(bucket, ports, sets);
    joinEnvValues(bucket, ports, sets);
    joinSelectedPods(bucket, ports, sets, entriesWithTarget, budget);
  }
  const groups = new Map<number, DeclaredPort[]>();
  ports.forEach((port, index) => {
    const root = sets.find(index);
    const group = groups.get(root);
    if (group) group.push(port);
    else groups.set(root, [port]);
  });
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    members.sort(byFilePosition);
    const primary = members.reduce((best, p) => (preferredFirst(p, best) < 0 ? p : best));
    const logicalPort: LogicalPort = { primary, members };
    // Not enumerable: a group refers back to its members, and ports are serialised (JSON, workers).
    for (const member of members)
      Object.defineProperty(member, 'logicalPort', {
        value: logicalPort,
        writable: true,
        configurable: true,
      });
  }
}

/** Comparisons of Service selectors with pod labels one scan may make (a hostile repository stays linear). */
const MAX_SELECTOR_CHECKS = 1_000_000;

/**
 * Where the number is chosen, best first: the EXPOSE of an image Compose builds (every Compose file
 * that builds it follows it), the published host port of Compose, the pod's containerPort
 * (Kubernetes, Helm values); a Service's `port` before its `targetPort`, which follows the image;
 * a devcontainer forward last.
 */
const PRIMARY_RANK = new Map<string, number>([
  ['dockerfile/expose', 0],
  ['dotenv/listen', 0],
  ['compose/host', 1],
  ['workflow/host', 1],
  ['kubernetes/container', 1],
  ['helm-values/container', 1],
  ['kubernetes/host', 3],
  ['helm-values/host', 3],
  ['compose/container', 4],
  ['workflow/container', 4],
  ['compose/expose', 5],
  ['kubernetes/service', 6],
  ['helm-values/service', 6],
  ['kubernetes/target', 7],
  ['helm-values/target', 7],
]);

function rank(p: DeclaredPort): number {
  return PRIMARY_RANK.get(`${p.kind}/${p.role}`) ?? 9;
}

/** Negative when `a` is where a logical port's number is chosen rather than `b`. */
export function preferredFirst(a: DeclaredPort, b: DeclaredPort): number {
  return rank(a) - rank(b) || byFilePosition(a, b);
}

/** Indexes of single, resolved ports by protocol and number. */
function bySocket(ports: readonly DeclaredPort[]): Map<string, number[]> {
  const buckets = new Map<string, number[]>();
  ports.forEach((p, index) => {
    if (p.port === null || !Number.isInteger(p.port) || p.port < 1 || p.port > 65535) return;
    if (p.endPort !== null && p.endPort !== p.port) return;
    const key = `${p.protocol}/${p.port}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(index);
    else buckets.set(key, [index]);
  });
  return buckets;
}

/** Join every two ports of the bucket that share a key. */
function joinByKeys(
  bucket: readonly number[],
  ports: readonly DeclaredPort[],
  sets: DisjointSets,
  keysOf: (p: DeclaredPort) => Array<string | undefined>,
): void {
  const first = new Map<string, number>();
  for (const index of bucket) {
    for (const key of keysOf(ports[index]!)) {
      if (key === undefined) continue;
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, index);
      else sets.union(earlier, index);
    }
  }
}

const COMPOSE_KINDS = new Set(['compose', 'workflow']);

function composeServiceKey(p: DeclaredPort): string | undefined {
  if (!COMPOSE_KINDS.has(p.kind) || p.context.service === undefined) return undefined;
  return `compose\0${p.file}\0${p.context.job ?? ''}\0${p.context.service}`;
}

/** A Service port entry: Kubernetes requires distinct names once a Service has several ports. */
function entryKey(p: DeclaredPort): string {
  return `entry\0${p.file}\0${p.scope ?? ''}\0${p.context.portName ?? ''}`;
}

function serviceEntryKey(p: DeclaredPort): string | undefined {
  return p.kind === 'kubernetes' && (p.role === 'service' || p.role === 'target') ? entryKey(p) : undefined;
}

function containerKey(p: DeclaredPort): string | undefined {
  if (p.kind !== 'kubernetes' || (p.role !== 'container' && p.role !== 'host')) return undefined;
  return `container\0${p.file}\0${p.scope ?? ''}\0${p.context.container ?? ''}`;
}

function helmValuesKey(p: DeclaredPort): string | undefined {
  return p.kind === 'helm-values' ? `values\0${p.file}` : undefined;
}

/**
 * A Dockerfile's final-image EXPOSE and the container ports of the Compose services that build it.
 * Compose files are joined through the EXPOSE only, never to each other directly.
 */
function joinBuiltImages(
  bucket: readonly number[],
  ports: readonly DeclaredPort[],
  sets: DisjointSets,
): void {
  const exposed = new Map<string, number>();
  for (const index of bucket) {
    const p = ports[index]!;
    if (p.role === 'expose' && factsOf(p, 'dockerfile')?.inFinalImage === true)
      exposed.set(fileKey(p.file), index);
  }
  if (exposed.size === 0) return;
  for (const index of bucket) {
    const p = ports[index]!;
    const built = factsOf(p, 'compose')?.buildDockerfile;
    if ((p.role !== 'container' && p.role !== 'expose') || !built) continue;
    const image = exposed.get(fileKey(built));
    if (image !== undefined) sets.union(image, index);
  }
}

/** A `.env` value is chosen in the `.env`: the Compose ports of its folder that use it follow it. */
function joinEnvValues(bucket: readonly number[], ports: readonly DeclaredPort[], sets: DisjointSets): void {
  const envByName = new Map<string, number>();
  for (const index of bucket) {
    const p = ports[index]!;
    if (p.kind === 'dotenv' && p.role === 'listen' && p.context.name !== undefined)
      envByName.set(`${path.posix.dirname(p.file)}\0${p.context.name}`, index);
  }
  if (envByName.size === 0) return;
  for (const index of bucket) {
    const p = ports[index]!;
    const names = composeVariables(p);
    if (names.length === 0) continue;
    const folder = path.posix.dirname(p.file);
    for (const name of names) {
      const env = envByName.get(`${folder}\0${name}`);
      if (env !== undefined) sets.union(env, index);
    }
  }
}

/**
 * A `"db:5432"` forward and the container port of service `db` in a Compose file beside the
 * devcontainer or one folder up. Compose ports are not joined to each other this way.
 */
function joinForwards(bucket: readonly number[], ports: readonly DeclaredPort[], sets: DisjointSets): void {
  const composeByService = new Map<string, number[]>();
  for (const index of bucket) {
    const p = ports[index]!;
    if (p.kind !== 'compose' || p.role !== 'container' || p.context.service === undefined) continue;
    const key = `${path.posix.dirname(p.file)}\0${p.context.service}`;
    const list = composeByService.get(key);
    if (list) list.push(index);
    else composeByService.set(key, [index]);
  }
  if (composeByService.size === 0) return;
  for (const index of bucket) {
    const p = ports[index]!;
    if (p.kind !== 'devcontainer' || p.role !== 'forward' || p.context.service === undefined) continue;
    const folder = path.posix.dirname(p.file);
    for (const where of new Set([folder, path.posix.dirname(folder)])) {
      for (const other of composeByService.get(`${where}\0${p.context.service}`) ?? [])
        sets.union(index, other);
    }
  }
}

/** Service port entries that write a `targetPort` (by number or name, resolved or not). */
function serviceEntriesWithTarget(ports: readonly DeclaredPort[]): Set<string> {
  const entries = new Set<string>();
  for (const p of ports) if (p.kind === 'kubernetes' && p.role === 'target') entries.add(entryKey(p));
  return entries;
}

/**
 * A Service entry's target (its `targetPort`, else its `port`, which is then the target) and the
 * containerPorts of the pods its selector picks in its namespace.
 */
function joinSelectedPods(
  bucket: readonly number[],
  ports: readonly DeclaredPort[],
  sets: DisjointSets,
  entriesWithTarget: ReadonlySet<string>,
  budget: { remaining: number },
): void {
  // What each container port is matched on, read once: the loop below may pair a million times.
  const containers = bucket
    .filter((i) => ports[i]!.kind === 'kubernetes' && ports[i]!.role === 'container')
    .map((index) => {
      const container = ports[index]!;
      return {
        index,
        namespace: container.context.namespace ?? 'default',
        folder: path.posix.dirname(container.file),
        labels: factsOf(container, 'kubernetes')?.podLabels,
      };
    });
  if (containers.length === 0) return;
  for (const index of bucket) {
    const target = ports[index]!;
    // Terraform's kubernetes_* Services carry selectors too; this joins Kubernetes manifests only.
    const selector = target.kind === 'kubernetes' ? factsOf(target, 'kubernetes')?.selector : undefined;
    if (!selector || Object.keys(selector).length === 0) continue;
    const isTarget =
      target.role === 'target' || (target.role === 'service' && !entriesWithTarget.has(entryKey(target)));
    if (!isTarget) continue;
    const namespace = target.context.namespace ?? 'default';
    const folder = path.posix.dirname(target.file);
    for (const container of containers) {
      if (budget.remaining-- <= 0) return;
      if (container.namespace !== namespace) continue;
      // Manifests of one application sit together; elsewhere in a repository is not one cluster.
      if (container.folder !== folder) continue;
      if (selects(selector, container.labels)) sets.union(index, container.index);
    }
  }
}

/** Union-find over port indexes, with path halving. */
class DisjointSets {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
