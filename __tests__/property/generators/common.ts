/** Arbitraries shared by the manifest generators. */
import fc from 'fast-check';
import type { Protocol } from '../../../src/types.js';

/** Line endings: LF mostly, CRLF and a lone CR (classic Mac) too. */
export const eol = fc.constantFrom('\n', '\n', '\r\n', '\r');

/** Ports as written: mostly valid, sometimes 0 or out of range (kept as written for invalid-port). */
export const portNumber = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 65535 }) },
  { weight: 1, arbitrary: fc.constantFrom(80, 443, 8080, 5432, 3000) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 99999 }) },
);

/** A valid port (for the places where 0 means "none": hostPort, nodePort, Spring's random port). */
export const validPort = fc.integer({ min: 1, max: 65535 });

/** `start-end`, sometimes reversed (kept as written). */
export const portRange = fc
  .tuple(portNumber, fc.integer({ min: 0, max: 50 }), fc.boolean())
  .map(
    ([start, size, reversed]) =>
      (reversed ? [start + size, start] : [start, start + size]) as [number, number],
  );

const RESERVED_WORDS = new Set(['true', 'false', 'null', 'nan', 'inf', 'yes', 'no', 'on', 'off', 'y', 'n']);
/** A lowercase identifier that no YAML/TOML reader takes for a boolean or null. */
export const identifier = fc
  .stringMatching(/^[a-z][a-z0-9]{0,8}$/)
  .filter((name) => !RESERVED_WORDS.has(name));

/** Upper-case variable name; `NOPE_` ones are never defined by any generator. */
export const variableName = fc.stringMatching(/^[A-Z][A-Z0-9_]{0,6}$/);

export const protocol = fc.constantFrom<Protocol>('tcp', 'udp', 'sctp');

/** Spaces or tabs (at least one). */
export const blank = fc.constantFrom(' ', ' ', '  ', '\t', ' \t');

/** Pick `count` items from `items` in generated order (for shuffling keys of a mapping). */
export function shuffled<T>(items: readonly T[]): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });
}

/** A `/protocol` suffix as written, with the protocol it means. */
export const protocolSuffix = fc.constantFrom<[string, Protocol]>(
  ['', 'tcp'],
  ['', 'tcp'],
  ['/tcp', 'tcp'],
  ['/udp', 'udp'],
  ['/UDP', 'udp'],
  ['/sctp', 'sctp'],
);

/** A protocol name as written (`protocol: UDP`), with the protocol it means. */
export const protocolName = fc.constantFrom<[string, Protocol]>(
  ['tcp', 'tcp'],
  ['TCP', 'tcp'],
  ['udp', 'udp'],
  ['UDP', 'udp'],
  ['sctp', 'sctp'],
);
