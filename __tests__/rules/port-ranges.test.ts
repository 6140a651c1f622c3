import { describe, expect, it } from '@jest/globals';
import { loadRegistry, type Registry } from '../../src/registry/registry.js';
import { createMatcher } from '../../src/classify/match.js';
import { rangeConflicts } from '../../src/rules/port-ranges.js';
import { reservedPort } from '../../src/rules/reserved-port.js';
import { unassignedWellKnown } from '../../src/rules/unassigned-well-known.js';
import type { ClassifiedPort, Role } from '../../src/types.js';

function declared(port: number, endPort: number, role: Role = 'container'): ClassifiedPort {
  return {
    file: 'compose.yaml',
    line: 4,
    column: 9,
    port,
    endPort,
    protocol: 'tcp',
    role,
    kind: 'compose',
    context: { service: 'relay', image: 'example/relay:1' },
    raw: `${port}-${endPort}`,
  };
}

/** A registry that counts the lookups a rule makes. */
function counting(): { registry: Registry; lookups: () => number } {
  const real = loadRegistry();
  let count = 0;
  const registry: Registry = {
    ...real,
    updated: real.updated,
    lookup: (port, protocol) => {
      count++;
      return real.lookup(port, protocol);
    },
  };
  return { registry, lookups: () => count };
}

describe('registry.spansIn', () => {
  it('clips the records that overlap a range, by start', () => {
    expect(loadRegistry().spansIn(986, 991, 'tcp')).toEqual([
      { start: 986, end: 988, status: 'unassigned' },
      { start: 989, end: 989, status: 'assigned' },
      { start: 990, end: 990, status: 'assigned' },
      { start: 991, end: 991, status: 'assigned' },
    ]);
  });
});

describe('ranges', () => {
  it('the whole port space is one finding per rule, with a bounded number of lookups', () => {
    const { registry, lookups } = counting();
    const context = { ports: [declared(1, 65535)], registry, matcher: createMatcher(), options: {} };
    const started = Date.now();
    const user = rangeConflicts(context, 'user');
    const system = rangeConflicts(context, 'system');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(lookups()).toBeLessThanOrEqual(2 * 64);
    expect(user).toHaveLength(1);
    expect(system).toHaveLength(1);
    expect(user[0]!.message).toBe(
      '1-65535/tcp covers ports registered to other services than "relay": 1025 blackjack, 1026 cap, 1029 solid-mux, 1033 netinfo-local, 1034 activesync and 5461 more',
    );
    expect(system[0]!.message).toBe(
      '1-65535/tcp covers ports registered to other services than "relay": 1 tcpmux, 5 rje, 7 echo, 9 discard, 11 systat and 684 more',
    );
    expect(unassignedWellKnown.check!(context)[0]!.message).toBe(
      '1-65535/tcp covers well-known ports IANA lists as unassigned: 4, 6, 8, 10, 12 and 44 more',
    );
    // A range is a pool: reserved numbers inside it are no one's choice.
    expect(reservedPort.check!(context)).toEqual([]);
  });

  it('names neighbouring ports of one service once: 6005-6020 x11', () => {
    const context = {
      ports: [declared(6005, 6020)],
      registry: loadRegistry(),
      matcher: createMatcher(),
      options: {},
    };
    expect(rangeConflicts(context, 'user').map((h) => h.message)).toEqual([
      '6005-6020/tcp covers ports registered to other services than "relay": 6005-6020 x11',
    ]);
  });

  it('a firewall opening (ingress) over a range is not a service on its ports', () => {
    const context = {
      ports: [declared(3000, 3002, 'ingress')],
      registry: loadRegistry(),
      matcher: createMatcher(),
      options: {},
    };
    expect(rangeConflicts(context, 'user')).toEqual([]);
    expect(unassignedWellKnown.check!({ ...context, ports: [declared(980, 990, 'ingress')] })).toEqual([]);
  });
});
