import type { ParseResult, Parser } from '../../src/parsers/types.js';
import type { DeclaredPort } from '../../src/types.js';

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
