import type { Protocol } from '../types.js';

/** The transport protocols Docker (EXPOSE, `-p`, Compose) and Kubernetes accept. */
export const CONTAINER_PROTOCOLS: readonly Protocol[] = ['tcp', 'udp', 'sctp'];

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
