/**
 * The config's globs are matched by src/policy/glob.ts at a bounded cost; for the syntax it accepts,
 * it must agree with picomatch (`dot: true`), which matched them before, on repository paths.
 */
import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from '@jest/globals';
import { globMatcher } from '../../src/discover/glob.js';
import { fuzzParameters, PROPERTY_TIMEOUT } from './support/fuzz.js';

const NAMES = ['a', 'b', 'ab', 'ba', 'aab', '.a', 'x.yml', 'x.yaml', 'c-d', 'a_b'];
const GLOB_PARTS = [
  ...NAMES,
  '*',
  '*.yml',
  'a*',
  '*a',
  '*a*',
  'a*b',
  '?',
  '?b',
  'a?',
  '[ab]',
  '[^a]*',
  '[a-c]b',
  '{a,b}',
  '{a,ab}*',
  'x.{yml,yaml}',
  '*.{yml,yaml}',
  '{a,b/c}',
  'a{,b}',
  '{1..3}',
  '\\*',
  '**a',
  'a**',
];

const repositoryPath = fc
  .array(fc.constantFrom(...NAMES, 'c', '1', '2', '*'), { minLength: 1, maxLength: 5 })
  .map((s) => s.join('/'));
const segment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...GLOB_PARTS) },
  { weight: 1, arbitrary: fc.constant('**') },
);
const glob = fc
  .tuple(fc.boolean(), fc.array(segment, { minLength: 1, maxLength: 5 }))
  .map(([dotSlash, parts]) => (dotSlash ? './' : '') + parts.join('/'));

describe('globMatcher agrees with picomatch', () => {
  it(
    'on random globs and repository paths',
    () => {
      fc.assert(
        fc.property(glob, fc.array(repositoryPath, { minLength: 1, maxLength: 8 }), (pattern, paths) => {
          const ours = globMatcher([pattern]);
          const theirs = picomatch(pattern, { dot: true });
          expect(paths.map((p) => [pattern, p, ours(p)])).toEqual(paths.map((p) => [pattern, p, theirs(p)]));
        }),
        fuzzParameters(2000, 1),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
