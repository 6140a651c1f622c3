/** Host-address overlap for published ports, shared by the Compose and Kubernetes duplicate checks. */

type Family = 4 | 6;

function family(address: string): Family {
  return address.includes(':') ? 6 : 4;
}

function normalizeAddress(address: string): string {
  const bare = address.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' ? '127.0.0.1' : bare;
}

const WILDCARDS = new Set(['0.0.0.0', '::']);

/**
 * Whether two host addresses can collide: no address means every address, `0.0.0.0` and `::`
 * cover their own family, otherwise only the same address.
 */
export function addressesOverlap(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  const left = normalizeAddress(a);
  const right = normalizeAddress(b);
  if (WILDCARDS.has(left) || WILDCARDS.has(right)) return family(left) === family(right);
  return left === right;
}
