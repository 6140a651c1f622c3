import { describe, expect, it } from '@jest/globals';
import { createMatcher } from '../../src/classify/match.js';
import {
  PROTOCOL_SERVICES,
  SOFTWARE_PROTOCOLS,
  speaksAssignedProtocol,
} from '../../src/classify/protocols.js';
import { buildRegistry } from '../../src/registry/registry.js';
import { IANA_PORTS } from '../../src/registry/data/iana-ports.js';
import type { DeclaredPort, PortContext } from '../../src/types.js';

const registry = buildRegistry(IANA_PORTS);
const matcher = createMatcher();

function proper(port: number, context: PortContext, speaks?: string[], protocol: 'tcp' | 'udp' = 'tcp') {
  const declared: DeclaredPort = {
    file: 'compose.yaml',
    line: 1,
    column: 1,
    port,
    endPort: port,
    protocol,
    role: 'container',
    kind: 'compose',
    context,
    raw: String(port),
    ...(speaks && { speaks }),
  };
  return speaksAssignedProtocol(declared, registry.lookup(port, protocol).services, matcher);
}

describe('speaksAssignedProtocol', () => {
  it('takes an unnamed declaration on an HTTP-family port as HTTP', () => {
    expect(proper(80, { service: 'vote' })).toBe(true);
    expect(proper(8080, { service: 'hello-app' })).toBe(true);
    expect(proper(443, { service: 'checkout' })).toBe(true);
    expect(proper(8443, { service: 'admin' })).toBe(true);
  });

  it('keeps a conflict on an HTTP port with positive evidence of another protocol', () => {
    expect(proper(80, { service: 'store', image: 'postgres:16' })).toBe(false);
    expect(proper(80, { service: 'cache', image: 'redis:7' })).toBe(false);
    expect(proper(80, { service: 'resolver' }, ['dns'])).toBe(false);
    expect(proper(443, { service: 'turn', image: 'coturn/coturn' })).toBe(false);
  });

  it("lets the port's own words win over the software", () => {
    expect(proper(80, { service: 'store', image: 'postgres:16' }, ['http'])).toBe(true);
    // An exporter of a database serves its metrics over HTTP.
    expect(proper(80, { service: 'postgres-exporter', image: 'postgres-exporter' })).toBe(true);
  });

  it('never excuses a port assigned to something else', () => {
    expect(proper(3000, { service: 'api' }, ['grpc'])).toBe(false);
    expect(proper(9000, { service: 'web' }, ['http'])).toBe(false);
    expect(proper(5050, { service: 'api' }, ['http'])).toBe(false);
  });

  it('knows the families beyond HTTP from the port and from the software', () => {
    expect(proper(53, { service: 'adblock', image: 'pihole/pihole' }, undefined, 'udp')).toBe(true);
    expect(proper(88, { service: 'dc', image: 'samba' }, undefined, 'udp')).toBe(true);
    expect(proper(3268, { service: 'dc', image: 'samba' })).toBe(true);
    expect(proper(514, { service: 'logs', image: 'rsyslog/rsyslog' })).toBe(true);
    expect(proper(4369, { service: 'queue', image: 'rabbitmq:3' })).toBe(true);
    expect(proper(33060, { service: 'db', image: 'mysql:8' })).toBe(true);
    expect(proper(33060, { service: 'db', image: 'mariadb:11' })).toBe(false);
    expect(proper(4317, { service: 'collector', image: 'otel/opentelemetry-collector' })).toBe(true);
    expect(proper(4317, { service: 'collector', image: 'otel/otelcol' })).toBe(true);
    expect(proper(587, { service: 'mail' }, ['smtp'])).toBe(true);
    expect(proper(636, { service: 'directory' }, ['ldap'])).toBe(true);
  });
});

describe('protocol data', () => {
  it('names only IANA services that exist, and every software entry has a source and known protocols', () => {
    const names = new Set<string>();
    for (let port = 0; port <= 65535; port++) {
      for (const protocol of ['tcp', 'udp'] as const) {
        for (const s of registry.lookup(port, protocol).services) names.add(s.name.toLowerCase());
      }
    }
    for (const [word, services] of PROTOCOL_SERVICES) {
      for (const name of services) expect([word, names.has(name)]).toEqual([word, true]);
    }
    for (const [token, { speaks, source }] of SOFTWARE_PROTOCOLS) {
      expect([token, source.startsWith('https://')]).toEqual([token, true]);
      for (const word of speaks)
        expect([token, word, PROTOCOL_SERVICES.has(word)]).toEqual([token, word, true]);
    }
  });
});
