import { addValueFrom, byFilePosition, factsOf, selects, type DeclaredPort } from '../types.js';

/**
 * Resolve Kubernetes Service `targetPort: <name>` to the number of the named container port of the
 * pods the Service selects, repo-wide, after every file is parsed. Mutates `ports` in place.
 *
 * A container port matches when it is a Kubernetes `container` port in the Service's namespace
 * (absent = `default`), its pod labels contain every selector entry, its `portName` is the
 * reference, and its protocol is the Service port's. When several distinct numbers match, the
 * first in file order wins; when none does, the port stays `null` with its `portRef`.
 * A Service without a selector (or with an empty one) selects no pods and resolves nothing.
 */
export function resolveNamedTargetPorts(ports: DeclaredPort[]): void {
  const candidatesByName = indexNamedContainerPorts(ports);
  for (const target of ports) {
    if (target.kind !== 'kubernetes' || target.role !== 'target') continue;
    if (target.port !== null || target.portRef === undefined) continue;
    const selector = factsOf(target, 'kubernetes')?.selector;
    if (!selector || Object.keys(selector).length === 0) continue;
    const namespace = target.context.namespace ?? 'default';
    const match = candidatesByName
      .get(target.portRef)
      ?.find(
        (candidate) =>
          (candidate.context.namespace ?? 'default') === namespace &&
          candidate.protocol === target.protocol &&
          selects(selector, factsOf(candidate, 'kubernetes')?.podLabels),
      );
    if (!match) continue;
    target.port = match.port;
    target.endPort = match.endPort ?? match.port;
    addValueFrom(target, [...(match.valueFrom ?? []), ...(match.file !== target.file ? [match.file] : [])]);
    // `portRef` means "not resolved to a number" (types.ts); the name stays in `raw`.
    delete target.portRef;
  }
}

/** Named Kubernetes container ports with a number, by name, in file/line/column order. */
function indexNamedContainerPorts(ports: readonly DeclaredPort[]): Map<string, DeclaredPort[]> {
  const index = new Map<string, DeclaredPort[]>();
  for (const port of ports) {
    const name = port.context.portName;
    if (port.kind !== 'kubernetes' || port.role !== 'container' || name === undefined || port.port === null)
      continue;
    const list = index.get(name);
    if (list) list.push(port);
    else index.set(name, [port]);
  }
  for (const list of index.values()) list.sort(byFilePosition);
  return index;
}
