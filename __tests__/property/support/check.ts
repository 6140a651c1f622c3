import fs from 'node:fs';
import { expect } from '@jest/globals';
import { kindModule } from '../../../src/parsers/index.js';
import type { ParseResult } from '../../../src/parsers/types.js';
import type { ManifestKind } from '../../../src/types.js';
import { sortTuples, type DiagnosticTuple, type GeneratedCase, type PortTuple } from './builder.js';
import { contractViolations } from './invariants.js';

/**
 * One parse of a small generated input takes milliseconds; a second means a super-linear path or a
 * loop. (A true infinite loop would hang the test run itself, which CI's job timeout reports.)
 */
export const PARSE_TIME_LIMIT_MS = 2000;

/** Parse with the kind's parser, failing on a throw, a slow parse or a broken contract. */
export function parseChecked(
  kind: ManifestKind,
  path: string,
  text: string,
  siblings: Record<string, string> = {},
): ParseResult {
  // PORTLINT_FUZZ_DUMP=<file> keeps every failing input (shrinking replays many) for a look outside jest.
  const dump = (problem: unknown): void => {
    if (!process.env.PORTLINT_FUZZ_DUMP) return;
    fs.appendFileSync(process.env.PORTLINT_FUZZ_DUMP, `${JSON.stringify({ kind, path, text, problem })}\n`);
  };
  const { parse } = kindModule(kind);
  const started = performance.now();
  let result: ParseResult;
  try {
    result = parse({ path, text, readSibling: (p) => siblings[p] });
  } catch (error) {
    dump(`threw: ${(error as Error).stack ?? String(error)}`);
    throw error;
  }
  const elapsed = performance.now() - started;
  const violations = contractViolations(kind, path, text, result);
  if (violations.length > 0) dump(violations);
  if (elapsed >= PARSE_TIME_LIMIT_MS) dump(`took ${Math.round(elapsed)} ms`);
  // The text is part of the failure message (a shrunk list of mutations is hard to replay by hand),
  // escaped down to ASCII: a no-break space or U+2028 is invisible in a terminal.
  const escaped = JSON.stringify(text).replace(
    /[^\x20-\x7e]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  expect({ violations, text: escaped }).toEqual({ violations: [], text: escaped });
  expect(elapsed).toBeLessThan(PARSE_TIME_LIMIT_MS);
  return result;
}

export function portTuples(result: ParseResult): PortTuple[] {
  return sortTuples(
    result.ports.map((p): PortTuple => [p.line, p.column, p.port, p.endPort, p.protocol, p.role]),
  );
}

export function diagnosticTuples(result: ParseResult): DiagnosticTuple[] {
  return sortTuples(result.diagnostics.map((d): DiagnosticTuple => [d.ruleId, d.line, d.column]));
}

/** A generated manifest yields exactly the ports and diagnostics written into it. */
export function expectGenerated(generated: GeneratedCase): void {
  const result = parseChecked(generated.kind, generated.path, generated.text, generated.siblings);
  expect({ ports: portTuples(result), diagnostics: diagnosticTuples(result) }).toEqual({
    ports: generated.ports,
    diagnostics: generated.diagnostics,
  });
}
