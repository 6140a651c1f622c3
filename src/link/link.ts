import type { ComposeLoads, DeclaredPort } from '../types.js';
import { recordComposeBuilds } from './compose-builds.js';
import { resolveNamedTargetPorts } from './resolve-target-ports.js';
import { linkComposeProjects } from './compose-projects.js';
import { relistenPublishedEnvPorts } from './env-ports.js';
import { recordSiblingIdentity } from './sibling-identity.js';

/**
 * Cross-file resolution, once every file is parsed: named targetPorts, the Compose services that
 * build a Dockerfile, what neighbouring manifests say a file runs, `.env` ports Compose publishes,
 * Compose projects.
 */
export function linkPorts(
  ports: DeclaredPort[],
  composeLoads: ReadonlyMap<string, ComposeLoads> = new Map(),
): void {
  resolveNamedTargetPorts(ports);
  recordComposeBuilds(ports);
  recordSiblingIdentity(ports, composeLoads);
  relistenPublishedEnvPorts(ports);
  linkComposeProjects(ports, composeLoads);
}
