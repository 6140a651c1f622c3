import { describe, expect, it } from '@jest/globals';
import { IANA_PORTS } from '../../src/registry/data/iana-ports.js';
import { buildRegistry, decodeRecord, loadRegistry, portRange } from '../../src/registry/registry.js';
import type { RegistryRecord } from '../../src/registry/registry.js';
import { PROTOCOLS } from '../../src/types.js';

// Facts pinned against the committed data, generated from IANA's registry updated 2026-08-17.
const registry = loadRegistry();

describe('loadRegistry (committed IANA data)', () => {
  it('carries IANA’s <updated> date and is built once', () => {
    expect(registry.updated).toBe('2026-08-17');
    expect(loadRegistry()).toBe(registry);
  });

  it('968/tcp is unassigned, inside the 954-988 block', () => {
    expect(registry.lookup(968, 'tcp')).toEqual({
      port: 968,
      protocol: 'tcp',
      range: 'system',
      status: 'unassigned',
      services: [],
      notes: [],
      block: { start: 954, end: 988 },
    });
  });

  it('a record without a protocol applies to all four: 968/sctp and 968/dccp are in the same block', () => {
    for (const protocol of ['udp', 'sctp', 'dccp'] as const) {
      const info = registry.lookup(968, protocol);
      expect([info.status, info.block]).toEqual(['unassigned', { start: 954, end: 988 }]);
    }
  });

  it('3000/tcp is assigned to hbci and remoteware-cl, in registry order, with their descriptions and note', () => {
    const info = registry.lookup(3000, 'tcp');
    expect(info.status).toBe('assigned');
    expect(info.range).toBe('user');
    expect(info.services).toEqual([
      { name: 'hbci', description: 'HBCI' },
      { name: 'remoteware-cl', description: 'RemoteWare Client' },
    ]);
    expect(info.notes).toEqual(['This entry records an unassigned but widespread use']);
    expect(info.block).toBeUndefined();
  });

  it('8080/tcp is http-alt', () => {
    expect(registry.lookup(8080, 'tcp').services).toEqual([
      { name: 'http-alt', description: 'HTTP Alternate (see port 80)' },
    ]);
  });

  it('2/tcp was de-assigned on 2025-02-13 and is now reserved, with IANA’s note', () => {
    expect(registry.lookup(2, 'tcp')).toEqual({
      port: 2,
      protocol: 'tcp',
      range: 'system',
      status: 'reserved',
      services: [],
      notes: ['De-assigned on 2025-02-13, previously compressnet by [Bernie_Volz]'],
    });
  });

  it('0, 1024 and 49151 are reserved', () => {
    expect(registry.lookup(0, 'tcp')).toMatchObject({ status: 'reserved', range: 'system', services: [] });
    expect(registry.lookup(0, 'udp').status).toBe('reserved');
    expect(registry.lookup(1024, 'tcp')).toMatchObject({ status: 'reserved', range: 'user' });
    expect(registry.lookup(1024, 'udp').status).toBe('reserved');
    // 49151's record names no protocol, so it holds for sctp and dccp too.
    for (const protocol of ['tcp', 'udp', 'sctp', 'dccp'] as const) {
      expect(registry.lookup(49151, protocol)).toMatchObject({ status: 'reserved', range: 'user' });
    }
    // 1024 is reserved for tcp and udp only: no record covers 1024/sctp.
    expect(registry.lookup(1024, 'sctp')).toMatchObject({ status: 'unassigned', services: [], notes: [] });
  });

  it('49152-65535 are dynamic', () => {
    expect(registry.lookup(49152, 'tcp')).toEqual({
      port: 49152,
      protocol: 'tcp',
      range: 'dynamic',
      status: 'dynamic',
      services: [],
      notes: [],
    });
    expect(registry.lookup(65535, 'udp')).toMatchObject({ range: 'dynamic', status: 'dynamic' });
    expect(registry.lookup(65535, 'dccp')).toMatchObject({ range: 'dynamic', status: 'dynamic' });
  });

  it('6003/tcp is x11 from the 6000-6063 record, which holds the known unauthorized use', () => {
    expect(registry.lookup(6003, 'tcp')).toEqual({
      port: 6003,
      protocol: 'tcp',
      range: 'user',
      status: 'assigned',
      services: [{ name: 'x11', description: 'X Window System' }],
      notes: [],
      block: { start: 6000, end: 6063 },
      unauthorizedUse: ['Known Unauthorized Use on port 6003'],
    });
    // The note sits on the range record, so every port of the range carries it (its text names 6003).
    expect(registry.lookup(6001, 'udp').unauthorizedUse).toEqual(['Known Unauthorized Use on port 6003']);
    expect(registry.lookup(6064, 'tcp').services.map((s) => s.name)).toEqual(['ndl-ahp-svc']);
  });

  it('differs by protocol: 143 is imap on tcp only, 36412 is s1-control on sctp only', () => {
    expect(registry.lookup(143, 'tcp').services.map((s) => s.name)).toEqual(['imap']);
    expect(registry.lookup(143, 'udp')).toMatchObject({ status: 'reserved', services: [] });
    expect(registry.lookup(36412, 'sctp')).toMatchObject({
      status: 'assigned',
      services: [{ name: 's1-control', description: 'S1-Control Plane (3GPP)' }],
    });
    expect(registry.lookup(36412, 'tcp')).toMatchObject({ status: 'reserved', services: [] });
    expect(registry.lookup(36412, 'dccp')).toMatchObject({ status: 'unassigned', services: [] });
  });

  it('assigned beats an unassigned block: 7775/tcp is inetfs inside 7748-7776', () => {
    expect(registry.lookup(7775, 'tcp')).toMatchObject({
      status: 'assigned',
      services: [{ name: 'inetfs', description: 'A File System using TLS over a wide area network' }],
    });
    expect(registry.lookup(7775, 'tcp').block).toBeUndefined();
    // On udp the same block meets a Reserved record: reserved wins over unassigned.
    expect(registry.lookup(7775, 'udp')).toMatchObject({ status: 'reserved', services: [] });
    expect(registry.lookup(7776, 'tcp')).toMatchObject({
      status: 'unassigned',
      block: { start: 7748, end: 7776 },
    });
  });

  it('keeps unnamed assignments and the wording of withdrawn ones', () => {
    expect(registry.lookup(24, 'tcp')).toMatchObject({
      status: 'assigned',
      services: [{ name: '', description: 'any private mail system' }],
    });
    expect(registry.lookup(585, 'udp')).toMatchObject({
      status: 'unassigned',
      notes: ['De-registered', 'Use of 585 is not recommended, use 993 instead'],
    });
    expect(registry.lookup(15, 'tcp')).toMatchObject({
      status: 'unassigned',
      notes: ['Unassigned [was netstat]'],
    });
    expect(registry.lookup(15, 'udp')).toMatchObject({ status: 'unassigned', notes: [] });
  });

  it('reports unauthorized use on a reserved record: 16000/udp', () => {
    expect(registry.lookup(16000, 'udp')).toMatchObject({
      status: 'reserved',
      unauthorizedUse: ['Known Unauthorized Use on port 16000'],
    });
  });

  it('portsOf and hasService are case-insensitive', () => {
    const httpAlt = [
      { port: 591, protocol: 'tcp' },
      { port: 591, protocol: 'udp' },
      { port: 8008, protocol: 'tcp' },
      { port: 8008, protocol: 'udp' },
      { port: 8080, protocol: 'tcp' },
      { port: 8080, protocol: 'udp' },
    ];
    expect(registry.portsOf('http-alt')).toEqual(httpAlt);
    expect(registry.portsOf('HTTP-Alt')).toEqual(httpAlt);
    expect(registry.hasService('HTTP-ALT')).toBe(true);
    expect(registry.hasService('ssh')).toBe(true);
    expect(registry.hasService('no-such-service')).toBe(false);
    expect(registry.portsOf('no-such-service')).toEqual([]);
  });

  it('portsOf expands ranges and names without a protocol', () => {
    const x11 = registry.portsOf('x11');
    expect(x11).toHaveLength(128);
    expect([x11[0], x11[127]]).toEqual([
      { port: 6000, protocol: 'tcp' },
      { port: 6063, protocol: 'udp' },
    ]);
    // boe-cms's record names no protocol: all four.
    expect(registry.portsOf('boe-cms')).toEqual([
      { port: 6400, protocol: 'tcp' },
      { port: 6400, protocol: 'udp' },
      { port: 6400, protocol: 'sctp' },
      { port: 6400, protocol: 'dccp' },
    ]);
    expect(registry.portsOf('ssh')).toEqual([
      { port: 22, protocol: 'tcp' },
      { port: 22, protocol: 'udp' },
      { port: 22, protocol: 'sctp' },
    ]);
  });

  it('service names registered without a port number are not known (their records are dropped)', () => {
    // `wot` is an IANA service name (DNS-SD) with no port number.
    expect(registry.hasService('wot')).toBe(false);
  });

  it('returns fresh objects', () => {
    const first = registry.lookup(3000, 'tcp');
    first.services.pop();
    first.notes.push('changed');
    expect(registry.lookup(3000, 'tcp').services).toHaveLength(2);
    expect(registry.lookup(3000, 'tcp').notes).toHaveLength(1);
    registry.portsOf('http-alt').pop();
    expect(registry.portsOf('http-alt')).toHaveLength(6);
  });

  it('rejects numbers that are not ports', () => {
    expect(() => registry.lookup(65536, 'tcp')).toThrow(RangeError);
    expect(() => registry.lookup(-1, 'tcp')).toThrow(RangeError);
    expect(() => registry.lookup(80.5, 'tcp')).toThrow(RangeError);
  });
});

describe('the interval index', () => {
  it('finds, for every port and protocol, exactly the records a naive scan finds', () => {
    const records = IANA_PORTS.records
      .split('\n')
      .filter((line) => line !== '')
      .map(decodeRecord);
    const covering = PROTOCOLS.map(() => Array.from({ length: 65536 }, (): RegistryRecord[] => []));
    for (const record of records) {
      PROTOCOLS.forEach((_, bit) => {
        if ((record.protocols & (1 << bit)) === 0) return;
        for (let port = record.start; port <= record.end; port++) covering[bit]![port]!.push(record);
      });
    }
    const mismatches: string[] = [];
    PROTOCOLS.forEach((protocol, bit) => {
      for (let port = 0; port <= 65535; port++) {
        const found = covering[bit]![port]!;
        const assigned = found.filter((r) => r.status === 'assigned');
        const recordStatus =
          assigned.length > 0
            ? 'assigned'
            : found.some((r) => r.status === 'reserved')
              ? 'reserved'
              : 'unassigned';
        const expectedStatus = port >= 49152 ? 'dynamic' : recordStatus;
        const governing = found.find((r) => r.status === recordStatus);
        const expected = [
          expectedStatus,
          [...new Set(assigned.map((r) => r.name))].join(','),
          governing !== undefined && governing.end > governing.start
            ? `${governing.start}-${governing.end}`
            : '',
          [...new Set(found.map((r) => r.unauthorized).filter((text) => text !== ''))].join('|'),
        ].join(' ');
        const info = registry.lookup(port, protocol);
        const actual = [
          info.status,
          info.services.map((s) => s.name).join(','),
          info.block === undefined ? '' : `${info.block.start}-${info.block.end}`,
          (info.unauthorizedUse ?? []).join('|'),
        ].join(' ');
        if (actual !== expected) mismatches.push(`${port}/${protocol}: ${actual}; expected ${expected}`);
      }
    });
    expect(records.length).toBeGreaterThan(8000);
    expect(mismatches).toEqual([]);
  });
});

describe('portRange', () => {
  it('splits at 1023/1024 and 49151/49152', () => {
    expect([0, 1023, 1024, 49151, 49152, 65535].map(portRange)).toEqual([
      'system',
      'system',
      'user',
      'user',
      'dynamic',
      'dynamic',
    ]);
  });
});

describe('buildRegistry', () => {
  const data = {
    updated: '2001-02-03',
    records: [
      '',
      '10-20\t*\tu\t\tUnassigned',
      '15\tt\ta\tfoo\tFoo service\tfirst note',
      '15\tt\ta\tFOO\tFoo again',
      '15\tt\ta\tfoo\tFoo duplicate',
      '15\tu\tr\t\tReserved\tsecond note\tseen on 15',
      '12\tt\ta\tlate\tListed out of order',
      '50000\tt\ta\tdyn\tIn the dynamic range',
      '',
    ].join('\n'),
  };
  const small = buildRegistry(data);

  it('merges every record covering a port, assigned first, deduplicating names', () => {
    expect(small.updated).toBe('2001-02-03');
    expect(small.lookup(15, 'tcp')).toEqual({
      port: 15,
      protocol: 'tcp',
      range: 'system',
      status: 'assigned',
      services: [
        { name: 'foo', description: 'Foo service' },
        { name: 'FOO', description: 'Foo again' },
      ],
      notes: ['first note'],
    });
    expect(small.lookup(15, 'udp')).toEqual({
      port: 15,
      protocol: 'udp',
      range: 'system',
      status: 'reserved',
      services: [],
      notes: ['second note'],
      unauthorizedUse: ['seen on 15'],
    });
    expect(small.lookup(16, 'sctp')).toMatchObject({ status: 'unassigned', block: { start: 10, end: 20 } });
    // Records out of port order (hand-made data) are still found.
    expect(small.lookup(12, 'tcp')).toMatchObject({
      status: 'assigned',
      services: [{ name: 'late', description: 'Listed out of order' }],
    });
    expect(small.lookup(12, 'tcp').block).toBeUndefined();
    expect(small.lookup(13, 'tcp')).toMatchObject({ status: 'unassigned', block: { start: 10, end: 20 } });
    expect(small.lookup(21, 'tcp')).toEqual({
      port: 21,
      protocol: 'tcp',
      range: 'system',
      status: 'unassigned',
      services: [],
      notes: [],
    });
  });

  it('keeps dynamic status in 49152-65535 even where a record exists', () => {
    expect(small.lookup(50000, 'tcp')).toMatchObject({
      status: 'dynamic',
      services: [{ name: 'dyn', description: 'In the dynamic range' }],
    });
  });

  it('finds names case-insensitively without repeating a (port, protocol)', () => {
    expect(small.portsOf('Foo')).toEqual([{ port: 15, protocol: 'tcp' }]);
    expect(small.hasService('fOO')).toBe(true);
    expect(small.hasService('')).toBe(false);
  });

  it('throws on malformed data when first used', () => {
    const broken = buildRegistry({ updated: '2001-02-03', records: '80\tx\ta\thttp\tWeb' });
    expect(() => broken.lookup(80, 'tcp')).toThrow('malformed IANA registry data line');
  });
});

describe('isPlainlyUnassigned', () => {
  it('agrees with lookup on every port and protocol: unassigned with no note and no unauthorized use', () => {
    const registry = loadRegistry();
    const disagreements: string[] = [];
    for (const protocol of ['tcp', 'udp', 'sctp', 'dccp'] as const) {
      for (let port = 0; port <= 65535; port++) {
        const info = registry.lookup(port, protocol);
        const plain =
          info.status === 'unassigned' && info.notes.length === 0 && !info.unauthorizedUse?.length;
        if (registry.isPlainlyUnassigned(port, protocol) !== plain) disagreements.push(`${port}/${protocol}`);
      }
    }
    expect(disagreements).toEqual([]);
    expect(registry.isPlainlyUnassigned(968, 'tcp')).toBe(true);
    expect(registry.isPlainlyUnassigned(8080, 'tcp')).toBe(false);
    expect(registry.isPlainlyUnassigned(49152, 'tcp')).toBe(false);
  });
});
