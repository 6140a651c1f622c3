import type { DeclaredPort } from '../types.js';
import { resolveNamedTargetPorts } from './resolve-target-ports.js';

/** Cross-file resolution, once every file is parsed: Kubernetes named targetPorts. */
export function linkPorts(ports: DeclaredPort[]): void {
  resolveNamedTargetPorts(ports);
}
