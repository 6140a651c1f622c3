import type { ManifestKind } from '../types.js';

/** What discovery knows around a path besides its name. */
export interface PathFacts {
  /** Folders (relative, forward slashes, `.` for the top) that hold a Chart.yaml. */
  chartFolders: ReadonlySet<string>;
}

/**
 * How discovery recognises one manifest kind: the half of a kind module (src/parsers/types.ts) that
 * reads paths, so that discovery never depends on the parsers.
 */
export interface KindMatcher {
  kind: ManifestKind;
  /**
   * Whether the path (relative, forward slashes) is this kind. Without `head`, by its name alone:
   * `maybe` asks to be called again with the file's text as `head`, which then decides.
   */
  matches(path: string, facts: PathFacts, head?: string): boolean | 'maybe';
}

/** What a name alone cannot tell: the file's text decides its kind, if any (kindOf with `head`). */
export const KIND_FROM_TEXT = 'maybe' as const;

/**
 * The kind of a path (relative, forward slashes): the first of `kinds` that matches it. Without
 * `head`, by its name alone, KIND_FROM_TEXT when a kind needs the text to tell; with `head` (the
 * text), the kind, where a kind the text rules out leaves the path to the kinds after it.
 */
export function kindOf(
  kinds: readonly KindMatcher[],
  path: string,
  facts: PathFacts,
): ManifestKind | typeof KIND_FROM_TEXT | undefined;
export function kindOf(
  kinds: readonly KindMatcher[],
  path: string,
  facts: PathFacts,
  head: string,
): ManifestKind | undefined;
export function kindOf(
  kinds: readonly KindMatcher[],
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
