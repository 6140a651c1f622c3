/**
 * Objects keyed by data from files, reports or the environment. A plain `{}` would let a key such as
 * `__proto__` replace its prototype, and a read such as `labels['constructor']` find an inherited value:
 * these objects have no prototype, and reads look at own properties only.
 */

/** An empty object without a prototype: `__proto__`, `constructor`, ... are ordinary keys in it. */
export function dictionary<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A prototype-less copy of `fields` (own enumerable properties only): nothing is read through inheritance. */
export function ownFields<T extends object>(fields: T): T {
  return Object.assign(Object.create(null) as T, fields);
}

/** `record[key]` when `record` has it as its own property, else undefined. */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
