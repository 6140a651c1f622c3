import { readFileSync } from 'node:fs';
import { expect } from '@jest/globals';
import fc from 'fast-check';
import type { ParseResult, Parser } from '../../src/parsers/types.js';
import type { DeclaredPort, Diagnostic } from '../../src/types.js';
import { diagnosticMessage } from '../../src/rules/messages.js';

/** Run a parser on inline text, with optional sibling files keyed by relative path. */
export function parseText(
  parser: Parser,
  path: string,
  text: string,
  siblings: Record<string, string> = {},
): ParseResult {
  return parser({ path, text, readSibling: (p) => siblings[p] });
}

/** The fields a position test asserts: [line, column, port, endPort, protocol, role]. */
export function tuples(
  ports: readonly DeclaredPort[],
): Array<[number, number, number | null, number | null, string, string]> {
  return ports.map((p) => [p.line, p.column, p.port, p.endPort, p.protocol, p.role]);
}

/**
 * `parse(text, path?, siblings?)` and `parseFixture(name)` for one parser and its fixture folder
 * (`folder`); a fixture is parsed under the path `fixturePath` + its name.
 */
export function parserFor(
  parser: Parser,
  fixtureFolder: string,
  defaultPath: string,
  fixturePath = `fixtures/${fixtureFolder}/`,
) {
  const folder = new URL(`../fixtures/${fixtureFolder}/`, import.meta.url);
  const parse = (text: string, path = defaultPath, siblings: Record<string, string> = {}): ParseResult =>
    parseText(parser, path, text, siblings);
  const parseFixture = (name: string): ParseResult =>
    parse(readFileSync(new URL(name, folder), 'utf8'), `${fixturePath}${name}`);
  return { parse, parseFixture, folder };
}

/** [line, column, port, endPort, protocol, role, context] of every port. */
export function contextTuples(result: ParseResult): unknown[][] {
  return result.ports.map((p) => [p.line, p.column, p.port, p.endPort, p.protocol, p.role, p.context]);
}

/** [ruleId, line, column] of every diagnostic. */
export function diagnosticTuples(result: ParseResult): unknown[][] {
  return result.diagnostics.map((d) => [d.ruleId, d.line, d.column]);
}

/** Diagnostics as their findings show them: the message rendered in place of messageId and data. */
export function withMessages(
  diagnostics: readonly Diagnostic[],
): Array<Omit<Diagnostic, 'messageId' | 'data'> & { message: string }> {
  return diagnostics.map((d) => {
    const { messageId: _messageId, data: _data, ...shown } = d;
    return { ...shown, message: diagnosticMessage(d) };
  });
}

/** For any mix of a format's syntax pieces, every reported position lies inside the text. */
export function expectPositionsInside(
  parse: (text: string) => ParseResult,
  pieces: string[],
  numRuns = 300,
): void {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      const result = parse(text);
      const lineCount = text.split(/\r\n|\n|\r/).length;
      for (const found of [...result.ports, ...result.diagnostics]) {
        expect(found.line).toBeGreaterThanOrEqual(1);
        expect(found.line).toBeLessThanOrEqual(lineCount);
        expect(found.column).toBeGreaterThanOrEqual(1);
      }
    }),
    { numRuns, seed: 42 },
  );
}
