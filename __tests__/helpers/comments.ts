import { expect } from '@jest/globals';
import type { ManifestKindModule } from '../../src/parsers/types.js';

/**
 * [start, end, bodyStart, bodyEnd, comment text] of every comment a kind gives for `text`, as the
 * scan reads them (handed over by its parser, else found by the kind); also checks that a parse
 * without wantComments hands over none.
 */
export function commentSpans(kind: ManifestKindModule, path: string, text: string): unknown[][] {
  const input = { path, text, readSibling: () => undefined };
  expect(kind.parse(input).comments).toBeUndefined();
  const comments = kind.parse({ ...input, wantComments: true }).comments ?? kind.comments?.(text, path);
  expect(comments).toBeDefined();
  return comments!.map((c) => [c.start, c.end, c.bodyStart, c.bodyEnd, text.slice(c.start, c.end)]);
}

/** As commentSpans, for a text the kind's parser must report a parse-error on. */
export function brokenFileCommentSpans(kind: ManifestKindModule, path: string, text: string): unknown[][] {
  const { diagnostics } = kind.parse({ path, text, readSibling: () => undefined });
  expect(diagnostics.map((d) => d.ruleId)).toContain('parse-error');
  return commentSpans(kind, path, text);
}
