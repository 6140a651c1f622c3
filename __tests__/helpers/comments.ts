import { expect } from '@jest/globals';
import type { Parser } from '../../src/parsers/types.js';

/**
 * [start, end, bodyStart, bodyEnd, comment text] of every comment a parser hands over for `text`;
 * also checks that the same parse without wantComments hands over none.
 */
export function commentSpans(parser: Parser, path: string, text: string): unknown[][] {
  const input = { path, text, readSibling: () => undefined };
  expect(parser(input).comments).toBeUndefined();
  const comments = parser({ ...input, wantComments: true }).comments;
  expect(comments).toBeDefined();
  return comments!.map((c) => [c.start, c.end, c.bodyStart, c.bodyEnd, text.slice(c.start, c.end)]);
}

/** As commentSpans, for a text the parser must report a parse-error on. */
export function brokenFileCommentSpans(parser: Parser, path: string, text: string): unknown[][] {
  const { diagnostics } = parser({ path, text, readSibling: () => undefined });
  expect(diagnostics.map((d) => d.ruleId)).toContain('parse-error');
  return commentSpans(parser, path, text);
}
