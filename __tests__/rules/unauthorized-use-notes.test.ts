import { describe, expect, it } from '@jest/globals';
import { unauthorizedUseDetail, unauthorizedUsesOf } from '../../src/rules/format.js';
import type { PortInfo } from '../../src/types.js';

function info(unauthorizedUse: string[]): PortInfo {
  return {
    port: 6000,
    protocol: 'tcp',
    range: 'user',
    status: 'assigned',
    services: [],
    notes: [],
    unauthorizedUse,
  };
}

describe("IANA's unauthorized-use notes", () => {
  it('keep only the notes about this very port of a block', () => {
    const x11 = info(['Known Unauthorized Use on port 6003']);
    expect(unauthorizedUsesOf({ port: 6000, info: x11 })).toEqual([]);
    expect(unauthorizedUsesOf({ port: 6003, info: x11 })).toEqual(['Known Unauthorized Use on port 6003']);
    expect(unauthorizedUsesOf({ port: 4444, info: info(['krb524 assigned the port, nv used it']) })).toEqual([
      'krb524 assigned the port, nv used it',
    ]);
  });

  it('say nothing more for a note that only restates the fact', () => {
    expect(unauthorizedUseDetail(['Known Unauthorized Use on port 6003'])).toBe('');
    expect(unauthorizedUseDetail(['yes'])).toBe('');
    expect(unauthorizedUseDetail(['yes', 'krb524 assigned the port, nv used it'])).toBe(
      ': krb524 assigned the port, nv used it',
    );
  });
});
