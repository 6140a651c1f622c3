import type { DeclaredPort } from '../types.js';

/** Cross-file resolution after every file is parsed (Kubernetes named targetPorts, ...). */
export function linkPorts(ports: DeclaredPort[]): void {
  void ports;
}
