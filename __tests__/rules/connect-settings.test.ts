import { describe, expect, it } from '@jest/globals';
import { createMatcher } from '../../src/classify/match.js';
import { classifyPorts } from '../../src/classify/classify.js';
import { loadRegistry } from '../../src/registry/registry.js';
import { linkPorts } from '../../src/link/link.js';
import { runRules } from '../../src/rules/engine.js';
import type { DeclaredPort, Role } from '../../src/types.js';

const registry = loadRegistry();

function declared(
  line: number,
  port: number | null,
  role: Role,
  extra: Partial<DeclaredPort> = {},
): DeclaredPort {
  return {
    file: 'app/.env',
    line,
    column: 9,
    port,
    endPort: port,
    protocol: 'tcp',
    role,
    kind: 'dotenv',
    context: { name: `P${line}_PORT` },
    raw: String(port),
    ...extra,
  };
}

function findings(ports: DeclaredPort[]): string[] {
  return runRules({
    ports: classifyPorts(ports, registry),
    diagnostics: [],
    registry,
    matcher: createMatcher(),
  }).map((f) => `${f.file}:${f.line} ${f.ruleId}`);
}

describe('connect ports (where another service listens)', () => {
  it('get invalid-port and unresolved-port only', () => {
    const ports = [
      declared(1, 25, 'connect'), // well-known-conflict if it were a listening port
      declared(2, 1024, 'connect'), // reserved-port
      declared(3, 50000, 'connect'), // dynamic-range and registered-conflict
      declared(4, 7001, 'connect'), // unauthorized-use
      declared(5, 968, 'connect'), // unassigned-well-known
      declared(6, 70000, 'connect'),
      declared(7, null, 'connect', { raw: '${X}', unresolvedVariable: 'X' }),
    ];
    expect(findings(ports)).toEqual(['app/.env:6 invalid-port', 'app/.env:7 unresolved-port']);
    // The same numbers as listening ports are reported: the filter is the role, nothing else.
    const listening = findings(ports.map((p) => ({ ...p, role: 'listen' })));
    expect(listening).toEqual(
      expect.arrayContaining([
        'app/.env:1 well-known-conflict',
        'app/.env:2 reserved-port',
        'app/.env:3 dynamic-range',
        'app/.env:4 unauthorized-use',
        'app/.env:5 unassigned-well-known',
      ]),
    );
  });

  it('never clash as duplicates', () => {
    const host = (line: number, role: Role): DeclaredPort =>
      declared(line, 18080, role, { file: 'compose.yaml', kind: 'compose', scope: 'compose:.' });
    expect(findings([host(1, 'host'), host(2, 'connect')])).toEqual([]);
    expect(findings([host(1, 'host'), host(2, 'host')])).toEqual(['compose.yaml:2 duplicate-port']);
  });

  it('become listening ports again when a Compose file of the same folder publishes the variable', () => {
    const ports = [
      declared(1, 55432, 'connect', { context: { name: 'POSTGRES_PORT' } }),
      declared(2, 55433, 'connect', { context: { name: 'REDIS_PORT' } }),
      declared(3, 55434, 'connect', { file: 'other/.env', context: { name: 'POSTGRES_PORT' } }),
      declared(5, 55432, 'host', {
        file: 'app/compose.yaml',
        kind: 'compose',
        raw: '${POSTGRES_PORT:-5432}',
      }),
    ];
    linkPorts(ports);
    expect(ports.map((p) => p.role)).toEqual(['listen', 'connect', 'connect', 'host']);
  });
});
