/**
 * Length caps for text a report shows. A report read back in `from-report` mode comes from a fork,
 * so every field may be megabytes long; each is cut before it is escaped, so a cut never splits
 * an HTML entity or a `\u{..}` escape.
 */

/** Longest text shown per field, in UTF-16 code units before escaping (ellipsis included). */
export const FIELD_LIMITS = Object.freeze({
  version: 64,
  date: 32,
  path: 512,
  message: 1000,
  name: 200,
  ruleId: 100,
  title: 200,
});

const ELLIPSIS = '…';

/** `text` cut to at most `max` code units, ending with `…` when cut; never splits a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - ELLIPSIS.length);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end) + ELLIPSIS;
}
