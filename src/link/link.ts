import type { DeclaredPort } from '../types.js';
import { recordComposeBuilds } from './compose-builds.js';
import { resolveNamedTargetPorts } from './resolve-target-ports.js';

/** Cross-file resolution, once every file is parsed: Kubernetes named targetPorts, Compose builds. */
export function linkPorts(ports: DeclaredPort[]): void {
  resolveNamedTargetPorts(ports);
  recordComposeBuilds(ports);
}
