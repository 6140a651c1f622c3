/**
 * Random damage to a valid manifest: characters inserted, deleted, replaced and duplicated, tokens
 * that mean something to some manifest syntax, changed line endings, truncation. Applied to valid
 * fixtures and generated manifests, it reaches the error paths no hand-written test thinks of.
 */
import fc from 'fast-check';

/** Characters and tokens with a meaning in at least one manifest syntax, plus encodings' odd corners. */
const TOKENS = [
  ':',
  '-',
  '- ',
  '{',
  '}',
  '[',
  ']',
  '"',
  "'",
  '\\',
  '$',
  '${',
  '}}',
  '{{',
  '$(',
  '#',
  '# ',
  ';',
  '=',
  ',',
  '/',
  '*',
  '&a ',
  '*a',
  '<<: ',
  '---\n',
  '...\n',
  '? ',
  '|\n',
  '>-\n',
  '!!binary ',
  '%YAML 1.2\n',
  '@',
  '\n',
  '\r',
  '\r\n',
  '\t',
  ' ',
  '  ',
  '\u0000',
  '\u00a0',
  '\ufeff',
  '\ufffd',
  '\u2028',
  '\u{1f4a5}',
  'é',
  '0',
  '8080',
  '-1',
  '65536',
  '99999999999999999999',
  '1e3',
  '0x50',
  '80-90',
  '90-80',
  '80/udp',
  '::',
  '[::]:',
  'EXPOSE ',
  'ports:',
  'listen ',
  'port = ',
  'PORT=',
  '<<EOF\n',
  '"""',
  "'''",
  '/*',
  '*/',
  '//',
  '\\\n',
  '`',
] as const;

export type Mutation =
  | { op: 'insert'; at: number; token: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'replace'; at: number; token: string }
  | { op: 'duplicate'; at: number; length: number; to: number }
  | { op: 'line-endings'; eol: '\n' | '\r\n' | '\r' }
  | { op: 'truncate'; at: number };

const at = fc.nat({ max: 100_000 });
const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 3, unit: 'grapheme-ascii' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 2, unit: 'grapheme' }) },
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('insert' as const), at, token }) },
  {
    weight: 3,
    arbitrary: fc.record({ op: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 20 }) }),
  },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('replace' as const), at, token }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('duplicate' as const),
      at,
      length: fc.integer({ min: 1, max: 200 }),
      to: at,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('line-endings' as const),
      eol: fc.constantFrom<'\n' | '\r\n' | '\r'>('\n', '\r\n', '\r'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at }) },
);

export const mutations = fc.array(mutation, { minLength: 1, maxLength: 6 });

export function applyMutation(text: string, m: Mutation): string {
  const index = (n: number): number => n % (text.length + 1);
  switch (m.op) {
    case 'insert':
      return text.slice(0, index(m.at)) + m.token + text.slice(index(m.at));
    case 'delete':
      return text.slice(0, index(m.at)) + text.slice(index(m.at) + m.length);
    case 'replace':
      return text.slice(0, index(m.at)) + m.token + text.slice(index(m.at) + 1);
    case 'duplicate': {
      const slice = text.slice(index(m.at), index(m.at) + m.length);
      return text.slice(0, index(m.to)) + slice + text.slice(index(m.to));
    }
    case 'line-endings':
      return text.replace(/\r\n|\r|\n/g, m.eol);
    case 'truncate':
      return text.slice(0, index(m.at));
  }
}

export function applyMutations(text: string, list: readonly Mutation[]): string {
  return list.reduce(applyMutation, text);
}
