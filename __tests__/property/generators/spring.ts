/**
 * Spring Boot `application*.properties` (every separator, comments, continuations, `#---` documents)
 * and `application*.yml` (nested and dotted keys, several documents).
 */
import fc from 'fast-check';
import { Builder, type GeneratedCase, type Piece } from '../support/builder.js';
import { eol, validPort, variableName } from './common.js';

const PROPERTIES = ['server.port', 'management.server.port'] as const;

/** A value: a number, `${VAR:default}` (the default), `${VAR}` (unresolved), or 0 / -1 (not ports). */
type Value = { text: string; port: number | null; declared: boolean };
const value: fc.Arbitrary<Value> = fc.oneof(
  { weight: 4, arbitrary: validPort.map((n) => ({ text: String(n), port: n, declared: true })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(variableName, validPort)
      .map(([v, n]) => ({ text: `\${NOPE_${v}:${n}}`, port: n, declared: true })),
  },
  { weight: 1, arbitrary: variableName.map((v) => ({ text: `\${NOPE_${v}}`, port: null, declared: true })) },
  { weight: 1, arbitrary: fc.constantFrom('0', '-1').map((text) => ({ text, port: null, declared: false })) },
);

function valuePiece(v: Value): Piece {
  return v.declared
    ? { text: v.text, port: { port: v.port, endPort: v.port, protocol: 'tcp', role: 'listen' } }
    : { text: v.text };
}

const propertiesLine = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('port' as const),
      name: fc.constantFrom(...PROPERTIES),
      separator: fc.constantFrom('=', ' = ', ':', ': ', ' ', '\t'),
      value,
      continued: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('noise' as const),
      text: fc.constantFrom(
        '# server.port=1234',
        '! server.port=1234',
        'server.address=0.0.0.0',
        'spring.application.name=shop',
        '',
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant('document' as const), profile: fc.constantFrom('dev', 'prod') }),
  },
);

export const springPropertiesCase: fc.Arbitrary<GeneratedCase> = fc
  .record({ eol, lines: fc.array(propertiesLine, { maxLength: 8 }) })
  .map(({ eol: lineEnd, lines }) => {
    const b = new Builder(lineEnd);
    for (const line of lines) {
      if (line.type === 'noise') b.line(line.text);
      else if (line.type === 'document')
        b.line('#---').line(`spring.config.activate.on-profile=${line.profile}`);
      else {
        b.add(line.name + line.separator);
        // A trailing backslash continues the value on the next line, whose leading blanks are dropped.
        if (line.continued) b.add('\\\n    ');
        b.pieces([valuePiece(line.value)]).add('\n');
      }
    }
    return b.build('spring', 'src/main/resources/application.properties');
  });

type YamlEntry = { name: (typeof PROPERTIES)[number]; dotted: boolean; value: Value; quoted: boolean };
const yamlEntry = fc.record({
  name: fc.constantFrom(...PROPERTIES),
  dotted: fc.boolean(),
  value,
  quoted: fc.boolean(),
});

function writeYamlEntry(b: Builder, entry: YamlEntry): void {
  const piece = valuePiece(entry.value);
  const written =
    entry.quoted || entry.value.text.startsWith('$') ? [{ text: '"' }, piece, { text: '"' }] : [piece];
  if (entry.dotted) {
    b.add(`${entry.name}: `).pieces(written).add('\n');
    return;
  }
  const keys = entry.name.split('.');
  keys.forEach((key, i) => {
    b.add(`${'  '.repeat(i)}${key}:`);
    if (i < keys.length - 1) b.add('\n');
  });
  b.add(' ').pieces(written).add('\n');
}

export const springYamlCase: fc.Arbitrary<GeneratedCase> = fc
  .record({
    eol,
    documents: fc.array(
      fc.record({
        profile: fc.option(fc.constantFrom('dev', 'prod')),
        // One entry per property: a second `server:` key in the same document would be a duplicate key.
        entries: fc.uniqueArray(yamlEntry, { maxLength: 2, selector: (e) => e.name }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map(({ eol: lineEnd, documents }) => {
    const b = new Builder(lineEnd);
    documents.forEach((doc, i) => {
      if (i > 0) b.line('---');
      b.line('spring:').line('  application:').line('    name: shop');
      if (doc.profile) b.line('  config:').line('    activate:').line(`      on-profile: ${doc.profile}`);
      for (const entry of doc.entries) writeYamlEntry(b, entry);
      b.line('logging.level.root: info');
    });
    return b.build('spring', 'src/main/resources/application.yml');
  });
