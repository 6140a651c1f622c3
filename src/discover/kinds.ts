import type { ManifestKind } from '../types.js';
import type { ManifestKindModule, PathFacts } from '../parsers/types.js';

/** What a name alone cannot tell: the file's text decides its kind, if any (kindOf with `head`). */
export const KIND_FROM_TEXT = 'maybe' as const;

/**
 * The kind of a path (relative, forward slashes): the first of `kinds` that matches it. Without
 * `head`, by its name alone, KIND_FROM_TEXT when a kind needs the text to tell; with `head` (the
 * text), the kind, where a kind the text rules out leaves the path to the kinds after it.
 */
export function kindOf(
  kinds: readonly ManifestKindModule[],
  path: string,
  facts: PathFacts,
): ManifestKind | typeof KIND_FROM_TEXT | undefined;
export function kindOf(
  kinds: readonly ManifestKindModule[],
  path: string,
  facts: PathFacts,
  head: string,
): ManifestKind | undefined;
export function kindOf(
  kinds: readonly ManifestKindModule[],
  path: string,
  facts: PathFacts,
  head?: string,
): ManifestKind | typeof KIND_FROM_TEXT | undefined {
  for (const candidate of kinds) {
    const answer = candidate.matches(path, facts, head);
    if (answer === true) return candidate.kind;
    if (answer === 'maybe' && head === undefined) return KIND_FROM_TEXT;
  }
  return undefined;
}
