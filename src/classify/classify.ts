import type { ClassifiedPort, DeclaredPort } from '../types.js';
import type { Registry } from '../registry/registry.js';

/** Attach what IANA says about each port's (start) number; out-of-range numbers stay unclassified. */
export function classifyPorts(ports: readonly DeclaredPort[], registry: Registry): ClassifiedPort[] {
  return ports.map((p) => {
    if (p.port === null || !Number.isInteger(p.port) || p.port < 0 || p.port > 65535) return { ...p };
    // IANA assigns per protocol: a port whose protocol is unknown cannot be classified.
    if (p.protocolUnresolved !== undefined) return { ...p };
    return { ...p, info: registry.lookup(p.port, p.protocol) };
  });
}
