import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parse as parseToml, stringify as stringifyToml } from 'smol-toml';
import { parseFly, flyKind } from '../../src/parsers/fly.js';
import { locateTomlScalars, tomlDataFromLocations } from '../../src/parsers/toml-locator.js';
import { contextTuples, diagnosticTuples, parserFor } from '../helpers/parse.js';
import { diagnosticMessage } from '../../src/rules/messages.js';
import { LineIndex } from '../../src/parsers/text-position.js';
import { brokenFileCommentSpans, commentSpans } from '../helpers/comments.js';

const { parse, parseFixture, folder: FIXTURES } = parserFor(parseFly, 'fly', 'fly.toml');
const tuples = contextTuples;
const diagnostics = diagnosticTuples;

/** [path, line, column, raw] of every located scalar. */
function located(text: string): unknown[][] {
  const index = new LineIndex(text);
  return locateTomlScalars(text).map((l) => {
    const at = index.positionAt(l.offset);
    return [l.path.join('.'), at.line, at.column, l.raw];
  });
}

describe('parseFly', () => {
  it('reads http_service and services internal ports, services.ports and port ranges', () => {
    const result = parseFixture('fly.toml');
    const app = { name: 'shop-api' };
    expect(tuples(result)).toEqual([
      [12, 19, 8080, 8080, 'tcp', 'container', app],
      [21, 19, 5432, 5432, 'tcp', 'container', app],
      [29, 12, 5432, 5432, 'tcp', 'service', app],
      [35, 19, 5353, 5353, 'udp', 'container', app],
      [39, 13, 53, 53, 'udp', 'service', app],
      [42, 18, 10000, 10010, 'udp', 'service', app],
    ]);
    expect(result.ports.map((p) => p.raw)).toEqual(['8080', '5432', '5432', '5353', '53', '10000-10010']);
    expect(result.ports.every((p) => p.kind === 'fly' && p.file === 'fixtures/fly/fly.toml')).toBe(true);
    // [checks] and [metrics] ports are references to the app's port, not declarations.
    expect(result.ports.some((p) => p.line >= 44)).toBe(false);
    expect(result.diagnostics).toEqual([]);
  });

  it('locates inline-table ports in a CRLF file', () => {
    const result = parseFixture('fly.crlf.toml');
    expect(readFileSync(new URL('fly.crlf.toml', FIXTURES), 'utf8')).toContain('\r\n');
    const app = { name: 'crlf-app' };
    expect(tuples(result)).toEqual([
      [4, 19, 3000, 3000, 'tcp', 'container', app],
      [6, 14, 80, 80, 'tcp', 'service', app],
      [7, 14, 443, 443, 'tcp', 'service', app],
    ]);
  });

  it('reports a TOML syntax error where smol-toml stops and still reads the ports around it', () => {
    const result = parseFixture('broken.toml');
    expect(diagnostics(result)).toEqual([['parse-error', 8, 18]]);
    expect(diagnosticMessage(result.diagnostics[0]!)).toMatch(/^TOML: /);
    const app = { name: 'half-written' };
    expect(tuples(result)).toEqual([
      [4, 19, 8080, 8080, 'tcp', 'container', app],
      [7, 19, 9000, 9000, 'tcp', 'container', app],
      [10, 12, 9443, 9443, 'tcp', 'service', app],
    ]);
  });

  it('flags values that are not ports and keeps out-of-range numbers', () => {
    const result = parse('[http_service]\ninternal_port = "web"\n[[services]]\ninternal_port = 70000\n');
    expect(diagnostics(result)).toEqual([['invalid-port', 2, 18]]);
    expect(tuples(result)).toEqual([[4, 17, 70000, 70000, 'tcp', 'container', {}]]);
  });

  it('reads dotted keys and quoted keys', () => {
    const result = parse(
      'app = "x"\nhttp_service.internal_port = 3000\n[[services]]\n"internal_port" = 4000\n',
    );
    expect(tuples(result)).toEqual([
      [2, 30, 3000, 3000, 'tcp', 'container', { name: 'x' }],
      [4, 19, 4000, 4000, 'tcp', 'container', { name: 'x' }],
    ]);
  });
});

describe('locateTomlScalars', () => {
  it('indexes arrays of tables per parent element and follows sub-tables to the latest element', () => {
    const text = [
      '[[services]]',
      'internal_port = 1',
      '[[services.ports]]',
      'port = 10',
      '[[services.ports]]',
      'port = 11',
      '[[services]]',
      'internal_port = 2',
      '[services.concurrency]',
      'hard_limit = 5',
      '[[services.ports]]',
      'port = 20',
    ].join('\n');
    expect(located(text)).toEqual([
      ['services.0.internal_port', 2, 17, '1'],
      ['services.0.ports.0.port', 4, 8, '10'],
      ['services.0.ports.1.port', 6, 8, '11'],
      ['services.1.internal_port', 8, 17, '2'],
      ['services.1.concurrency.hard_limit', 10, 14, '5'],
      ['services.1.ports.0.port', 12, 8, '20'],
    ]);
  });

  it('reads strings of every kind, arrays, inline tables and comments', () => {
    const text = [
      "a = 'lit' # comment",
      'b = """',
      'multi"""',
      'c = [1, [2, 3], { d = "x" }] # trailing',
      'e = { f.g = 4, "h i" = 5 }',
      't = 1979-05-27 07:32:00Z',
    ].join('\n');
    expect(located(text)).toEqual([
      ['a', 1, 6, 'lit'],
      ['b', 3, 1, 'multi'],
      ['c.0', 4, 6, '1'],
      ['c.1.0', 4, 10, '2'],
      ['c.1.1', 4, 13, '3'],
      ['c.2.d', 4, 24, 'x'],
      ['e.f.g', 5, 13, '4'],
      ['e.h i', 5, 24, '5'],
      ['t', 6, 5, '1979-05-27 07:32:00Z'],
    ]);
  });

  it('finds a value for every scalar smol-toml reads, at text that spells it', () => {
    const text = readFileSync(new URL('fly.toml', FIXTURES), 'utf8');
    const data = parseToml(text) as Record<string, unknown>;
    const locations = locateTomlScalars(text);
    const rebuilt = tomlDataFromLocations(locations) as Record<string, unknown>;
    expect(JSON.stringify(rebuilt)).toBe(
      JSON.stringify(data, (_k, v) => (typeof v === 'boolean' ? String(v) : v)),
    );
    for (const l of locations) expect(text.slice(l.offset, l.offset + l.raw.length)).toBe(l.raw);
  });

  it('rebuilds exactly what smol-toml parses from any document smol-toml writes', () => {
    const key = fc.stringMatching(/^[a-z][a-z0-9_ -]{0,6}$/);
    const scalar = fc.oneof(
      fc.integer({ min: -1000, max: 70000 }),
      fc.stringMatching(/^[A-Za-z0-9 .:]{0,8}$/),
    );
    const { tree } = fc.letrec((tie) => ({
      tree: fc.dictionary(
        key,
        fc.oneof(
          { depthSize: 'small' },
          scalar,
          tie('tree'),
          fc.array(tie('tree'), { minLength: 1, maxLength: 3 }),
          fc.array(scalar, { minLength: 1, maxLength: 3 }),
        ),
        { minKeys: 1, maxKeys: 4 },
      ),
    }));
    fc.assert(
      fc.property(tree, (data) => {
        const text = stringifyToml(data);
        const expected = JSON.stringify(parseToml(text), (_k, v) => (typeof v === 'number' ? String(v) : v));
        const rebuilt = JSON.stringify(tomlDataFromLocations(locateTomlScalars(text)), (_k, v) =>
          typeof v === 'number' ? String(v) : v,
        );
        // Tables and arrays are never empty here: an empty one leaves no scalar to locate.
        expect(rebuilt).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and never loops on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        locateTomlScalars(text);
        parse(text);
      }),
    );
    const started = Date.now();
    locateTomlScalars('a = """x\n'.repeat(20_000));
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('comments (handed over when the text asks for them)', () => {
  it('keeps # outside strings, multi-line strings included', () => {
    const text = [
      '# top',
      'app = "a#b" # after a string',
      "motd = '''",
      '# inside a multi-line string',
      "'''",
      'x = "unterminated # string',
      '[http_service] # header',
      '  internal_port = 8080#tight',
    ].join('\n');
    expect(commentSpans(flyKind, 'fly.toml', text)).toEqual([
      [0, 5, 1, 5, '# top'],
      [18, 34, 19, 34, '# after a string'],
      [121, 129, 122, 129, '# header'],
      [152, 158, 153, 158, '#tight'],
    ]);
  });

  it('hands over every comment of a file it cannot parse', () => {
    const text = 'app = "a\n[[services]] # after the error\n';
    expect(brokenFileCommentSpans(flyKind, 'fly.toml', text)).toEqual([
      [22, 39, 23, 39, '# after the error'],
    ]);
  });
});
