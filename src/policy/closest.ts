/** Levenshtein distance, for "did you mean" suggestions on short keys. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** The valid word nearest to `word`, when it is close enough to be a plausible typo. */
export function closest(word: string, valid: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of valid) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= typoDistance(best) ? best : undefined;
}

/**
 * The valid words close enough to `word` to be its typo, nearest first (ties in the order given),
 * at most `limit`. A candidate whose length alone puts it too far is not compared.
 */
export function nearestWords(word: string, valid: Iterable<string>, limit: number): string[] {
  const near: Array<{ candidate: string; distance: number }> = [];
  const lower = word.toLowerCase();
  for (const candidate of valid) {
    const allowed = typoDistance(candidate);
    if (Math.abs(candidate.length - word.length) > allowed) continue;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance <= allowed) near.push({ candidate, distance });
  }
  return near
    .sort((a, b) => a.distance - b.distance)
    .slice(0, limit)
    .map((n) => n.candidate);
}

/** The largest edit distance at which a word is still taken for a typo of `candidate`. */
function typoDistance(candidate: string): number {
  return Math.max(2, Math.floor(candidate.length / 3));
}

/** `; did you mean "x"?` when a valid word is close enough to `word` to be its typo, else ''. */
export function didYouMean(word: string, valid: readonly string[]): string {
  return suggestionText(closest(word, valid));
}

/** `; did you mean "x"?` for a suggestion found by other means (a bounded search), else ''. */
export function suggestionText(suggestion: string | undefined): string {
  return suggestion ? `; did you mean "${suggestion}"?` : '';
}

/** `; did you mean "a", "b" or "c"?` for the suggestions given, else ''. */
export function suggestionsText(suggestions: readonly string[]): string {
  const quoted = suggestions.map((s) => `"${s}"`);
  const last = quoted.pop();
  if (last === undefined) return '';
  return `; did you mean ${quoted.length ? `${quoted.join(', ')} or ${last}` : last}?`;
}

/** Whether `value` is one of `valid`: narrows a string to the union the list holds. */
export function isOneOf<T extends string>(value: string, valid: readonly T[]): value is T {
  return (valid as readonly string[]).includes(value);
}
