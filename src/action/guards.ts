/** Type guards for JSON read from outside (event payloads, API responses, reports). */

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A full commit SHA: 40 hex digits (SHA-1) or 64 (SHA-256). */
export function isCommitSha(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(value);
}
