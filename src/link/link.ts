import type { ComposeLoads, DeclaredPort } from '../types.js';
import { resolveNamedTargetPorts } from './resolve-target-ports.js';
import { linkComposeProjects } from './compose-projects.js';
import { relistenPublishedEnvPorts } from './env-ports.js';

/** Cross-file resolution, once every file is parsed: named targetPorts, `.env` ports Compose publishes, Compose projects. */
export function linkPorts(
  ports: DeclaredPort[],
  composeLoads: ReadonlyMap<string, ComposeLoads> = new Map(),
): void {
  resolveNamedTargetPorts(ports);
  relistenPublishedEnvPorts(ports);
  linkComposeProjects(ports, composeLoads);
}
