import type { ComposeLoads, DeclaredPort } from '../types.js';
import { resolveNamedTargetPorts } from './resolve-target-ports.js';
import { linkComposeProjects } from './compose-projects.js';

/** Cross-file resolution, once every file is parsed: Kubernetes named targetPorts, Compose projects. */
export function linkPorts(
  ports: DeclaredPort[],
  composeLoads: ReadonlyMap<string, ComposeLoads> = new Map(),
): void {
  resolveNamedTargetPorts(ports);
  linkComposeProjects(ports, composeLoads);
}
