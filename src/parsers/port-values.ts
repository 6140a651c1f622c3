import type { Protocol } from '../types.js';
import { interpolate } from './variables.js';

/** The transport protocols Docker (EXPOSE, `-p`, Compose) and Kubernetes accept. */
const CONTAINER_PROTOCOLS: readonly Protocol[] = ['tcp', 'udp', 'sctp'];

/** `word` as one of the `allowed` protocols, in any case; undefined when it names none of them. */
export function protocolOf(
  word: string,
  allowed: readonly Protocol[] = CONTAINER_PROTOCOLS,
): Protocol | undefined {
  const lower = word.toLowerCase();
  return allowed.find((protocol) => protocol === lower);
}

const PORT_OR_RANGE = /^(\d+)(?:-(\d+))?$/;

/**
 * `8080` as [8080, 8080] and `8000-8100` as [8000, 8100]; undefined for anything else, or when a
 * number has more than `maxDigits` digits. Values are not range-checked: invalid-port reports them.
 */
export function portRangeOf(text: string, maxDigits = Infinity): [number, number] | undefined {
  const match = PORT_OR_RANGE.exec(text);
  if (!match || match[1]!.length > maxDigits || (match[2]?.length ?? 0) > maxDigits) return undefined;
  const start = Number(match[1]);
  return [start, match[2] === undefined ? start : Number(match[2])];
}

/** A whole-number token as written (`8080`, `-1`, `070`); undefined for anything else. */
export function parsePortNumber(text: string): number | undefined {
  return /^-?\d{1,12}$/.test(text) ? Number(text) : undefined;
}

/** What a port value turned into: a number, an unresolved variable, or text that is not a port. */
export type PortValue =
  | { kind: 'number'; port: number }
  | { kind: 'unresolved'; variable: string }
  | { kind: 'invalid' }
  | { kind: 'empty' };

/**
 * Resolve a value as a shell would (`8080`, `${PORT:-3000}`, `$OTHER`, `${HOST}${SUFFIX}`) against the
 * variables known so far. The linter never reads its own environment.
 */
export function resolvePortValue(value: string, values: ReadonlyMap<string, string>): PortValue {
  if (value === '') return { kind: 'empty' };
  const literal = parsePortNumber(value);
  if (literal !== undefined) return { kind: 'number', port: literal };
  if (!value.includes('$')) return { kind: 'invalid' };
  const { value: expanded, unresolved } = interpolate(value, values);
  if (unresolved.length > 0) return { kind: 'unresolved', variable: unresolved[0]! };
  const port = parsePortNumber(expanded.trim());
  return port === undefined ? { kind: 'invalid' } : { kind: 'number', port };
}
