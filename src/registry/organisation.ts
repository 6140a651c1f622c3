import type { PortInfo, Protocol } from '../types.js';
import type { Registry } from './registry.js';

/** An organisation's own port assignment (config `registry:`), checked like IANA's. */
export interface OrganisationAssignment {
  port: number;
  protocol: Protocol;
  service: string;
  description?: string;
}

export const ORGANISATION_NOTE = 'organisation registry';

/**
 * IANA's registry with the organisation's assignments laid over it: where the organisation assigns
 * a port, its services are the port's services (IANA's stay in the notes), so another service
 * there is a registered-conflict that names the organisation's entry.
 */
export function withOrganisationRegistry(
  iana: Registry,
  entries: readonly OrganisationAssignment[],
): Registry {
  if (entries.length === 0) return iana;
  const byPort = new Map<string, OrganisationAssignment[]>();
  for (const entry of entries) {
    const key = `${entry.port}/${entry.protocol}`;
    byPort.set(key, [...(byPort.get(key) ?? []), entry]);
  }
  const names = new Set(entries.map((e) => e.service.toLowerCase()));
  return {
    updated: iana.updated,
    lookup(port: number, protocol: Protocol): PortInfo {
      const info = iana.lookup(port, protocol);
      const own = byPort.get(`${port}/${protocol}`);
      if (!own) return info;
      const ianaSays = info.services.length
        ? `IANA assigns it to ${info.services.map((s) => s.name).join(', ')}`
        : `IANA lists it as ${info.status}`;
      return {
        ...info,
        status: 'assigned',
        services: own.map((e) => ({
          name: e.service,
          description: e.description ? `${e.description}; ${ORGANISATION_NOTE}` : ORGANISATION_NOTE,
        })),
        notes: [`assigned by the ${ORGANISATION_NOTE}; ${ianaSays}`, ...info.notes],
      };
    },
    portsOf(serviceName: string) {
      const own = entries
        .filter((e) => e.service.toLowerCase() === serviceName.toLowerCase())
        .map((e) => ({ port: e.port, protocol: e.protocol }));
      return [...own, ...iana.portsOf(serviceName)];
    },
    isPlainlyUnassigned(port: number, protocol: Protocol) {
      return !byPort.has(`${port}/${protocol}`) && iana.isPlainlyUnassigned(port, protocol);
    },
    spansIn(start: number, end: number, protocol: Protocol) {
      const own = entries
        .filter((e) => e.protocol === protocol && e.port >= start && e.port <= end)
        .map((e) => ({ start: e.port, end: e.port, status: 'assigned' as const }));
      return [...iana.spansIn(start, end, protocol), ...own].sort((a, b) => a.start - b.start);
    },
    hasService(serviceName: string) {
      return names.has(serviceName.toLowerCase()) || iana.hasService(serviceName);
    },
    serviceNames() {
      return [...new Set([...names, ...iana.serviceNames()])];
    },
  };
}
