/**
 * Structured generators: random but well-formed manifests of each kind, each built with the exact
 * ports (and diagnostics) written into it. The parser must find exactly those, at exactly those
 * positions, whatever the layout, comments, quoting and line endings (LF, CRLF, lone CR).
 */
import fc from 'fast-check';
import { describe, it } from '@jest/globals';
import type { GeneratedCase } from './support/builder.js';
import { expectGenerated } from './support/check.js';
import { fuzzParameters, PROPERTY_TIMEOUT } from './support/fuzz.js';
import { composeCase } from './generators/compose.js';

const GENERATORS: Array<[string, fc.Arbitrary<GeneratedCase>]> = [['compose', composeCase]];

describe('generated manifests yield exactly the ports written into them', () => {
  for (const [kind, generator] of GENERATORS) {
    it(
      kind,
      () => {
        fc.assert(
          fc.property(generator, (generated) => expectGenerated(generated)),
          fuzzParameters(150),
        );
      },
      PROPERTY_TIMEOUT,
    );
  }
});
