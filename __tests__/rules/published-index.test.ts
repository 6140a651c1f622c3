import { describe, expect, it } from '@jest/globals';
import { PublishedIndex } from '../../src/rules/published-index.js';
import type { ClassifiedPort } from '../../src/types.js';

function port(line: number, start: number, end = start, protocol: 'tcp' | 'udp' = 'tcp'): ClassifiedPort {
  return {
    file: 'compose.yaml',
    line,
    column: 9,
    port: start,
    endPort: end,
    protocol,
    role: 'host',
    kind: 'compose',
    context: { service: `s${line}` },
    raw: `${start}`,
  };
}

describe('PublishedIndex', () => {
  it('finds the earliest added port that overlaps, across single numbers, ranges and wide ranges', () => {
    const index = new PublishedIndex();
    const wide = port(1, 1000, 9000);
    const range = port(2, 8079, 8081);
    const single = port(3, 8080);
    const udp = port(4, 8080, 8080, 'udp');
    for (const p of [range, single, udp]) index.add(p);
    expect(index.firstMatch(port(9, 8080), () => true)).toBe(range);
    expect(index.firstMatch(port(9, 8080), (e) => e !== range)).toBe(single);
    expect(index.firstMatch(port(9, 8080, 8080, 'udp'), () => true)).toBe(udp);
    expect(index.firstMatch(port(9, 7000), () => true)).toBeUndefined();
    index.add(wide);
    expect(index.firstMatch(port(9, 7000), () => true)).toBe(wide);
    expect(index.firstMatch(port(9, 1, 65535), (e) => e.protocol === 'udp')).toBe(udp);
  });
});
