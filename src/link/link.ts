import type { DeclaredPort } from '../types.js';
import { resolveNamedTargetPorts } from './resolve-target-ports.js';
import { relistenPublishedEnvPorts } from './env-ports.js';

/** Cross-file resolution, once every file is parsed: Kubernetes named targetPorts, `.env` ports Compose publishes. */
export function linkPorts(ports: DeclaredPort[]): void {
  resolveNamedTargetPorts(ports);
  relistenPublishedEnvPorts(ports);
}
