/**
 * Watching and restoring the built-in prototypes around tests that feed `__proto__` and friends, so
 * a regression fails one test instead of poisoning every later one.
 */
const WATCHED: ReadonlyArray<[string, object]> = [
  ['Object', Object.prototype],
  ['Array', Array.prototype],
  ['Function', Function.prototype],
  ['String', String.prototype],
  ['Number', Number.prototype],
];

export type PrototypeSnapshot = Record<string, string[]>;

/** The own property names of each watched prototype. */
export function prototypeSnapshot(): PrototypeSnapshot {
  return Object.fromEntries(
    WATCHED.map(([name, proto]) => [name, Reflect.ownKeys(proto).map(String).sort()]),
  );
}

/** Delete every property added since `snapshot` was taken. */
export function restorePrototypes(snapshot: PrototypeSnapshot): void {
  for (const [name, proto] of WATCHED) {
    const before = new Set(snapshot[name]);
    for (const key of Reflect.ownKeys(proto))
      if (!before.has(String(key))) delete (proto as Record<PropertyKey, unknown>)[key];
  }
}

/** Put `fields` on Object.prototype (tests restore it with restorePrototypes). */
export function polluteObjectPrototype(fields: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(fields))
    Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true });
}
