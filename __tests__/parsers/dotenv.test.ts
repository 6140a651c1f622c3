import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { isPortKey, parseDotenv, dotenvKind } from '../../src/parsers/dotenv.js';
import { resolvePortValue } from '../../src/parsers/port-values.js';
import { dotenvValues, readDotenv } from '../../src/parsers/dotenv-reader.js';
import { commentSpans } from '../helpers/comments.js';
import { contextTuples, diagnosticTuples, parserFor } from '../helpers/parse.js';
import { diagnosticMessage } from '../../src/rules/messages.js';

const { parse, parseFixture, folder: FIXTURES } = parserFor(parseDotenv, 'dotenv', '.env');
const tuples = contextTuples;
const diagnostics = diagnosticTuples;

describe('parseDotenv', () => {
  it('reads PORT and *_PORT assignments of a realistic .env', () => {
    const result = parseFixture('.env');
    expect(tuples(result)).toEqual([
      [6, 6, 8080, 8080, 'tcp', 'listen', { name: 'PORT' }],
      // API_ADDR=api:${API_PORT} says another service listens there; DB names a backing service.
      [7, 17, 9000, 9000, 'tcp', 'connect', { name: 'API_PORT' }],
      [8, 10, 5432, 5432, 'tcp', 'connect', { name: 'DB_PORT' }],
      [9, 13, 6379, 6379, 'tcp', 'listen', { name: 'CACHE_PORT' }],
      [12, 11, 3000, 3000, 'tcp', 'listen', { name: 'HOST_PORT' }],
      [13, 10, 9000, 9000, 'tcp', 'listen', { name: 'WEB_PORT' }],
      [14, 12, null, null, 'tcp', 'listen', { name: 'ADMIN_PORT' }],
      [15, 11, 50051, 50051, 'tcp', 'listen', { name: 'GRPC_PORT' }],
    ]);
    expect(result.ports.map((p) => p.raw)).toEqual([
      '8080',
      '9000',
      '5432',
      '6379',
      '${X:-3000}',
      '$API_PORT',
      '${ADMIN_OVERRIDE}',
      '50051',
    ]);
    expect(result.ports[6]!.unresolvedVariable).toBe('ADMIN_OVERRIDE');
    expect(result.ports.filter((p) => p.unresolvedVariable !== undefined)).toHaveLength(1);
    expect(result.ports.every((p) => p.kind === 'dotenv' && p.file === 'fixtures/dotenv/.env')).toBe(true);
    // QUEUE_PORT=abc is text where a port must be.
    expect(diagnostics(result)).toEqual([['invalid-port', 20, 12]]);
  });

  it('keeps CRLF out of values and positions, including across a multi-line quoted value', () => {
    const result = parseFixture('crlf.env');
    expect(readFileSync(new URL('crlf.env', FIXTURES), 'utf8')).toContain('\r\n');
    expect(tuples(result)).toEqual([
      [1, 6, 8080, 8080, 'tcp', 'listen', { name: 'PORT' }],
      [4, 10, 9000, 9000, 'tcp', 'listen', { name: 'API_PORT' }],
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it('reports an unterminated quote as a parse-error at the quote and still reads the other lines', () => {
    const result = parseFixture('broken.env');
    expect(diagnostics(result)).toEqual([['parse-error', 2, 10]]);
    expect(diagnosticMessage(result.diagnostics[0]!)).toMatch(/Unterminated double-quoted value/);
    expect(tuples(result)).toEqual([
      [1, 6, 3000, 3000, 'tcp', 'listen', { name: 'PORT' }],
      [3, 12, 9090, 9090, 'tcp', 'listen', { name: 'ADMIN_PORT' }],
    ]);
  });

  it('reads a value that a multi-line quote swallows as part of that value, as dotenv loaders do', () => {
    const result = parse('MOTD="hello\nPORT=1"\nPORT=2\n');
    expect(tuples(result)).toEqual([[3, 6, 2, 2, 'tcp', 'listen', { name: 'PORT' }]]);
  });

  it('ignores comments, blank values, non-assignments and keys that only contain PORT', () => {
    const result = parse(
      [
        '# PORT=1',
        '  # API_PORT=2',
        'PORT=',
        'PORTS=80',
        'PORT_RANGE=1-2',
        'SUPPORT=3',
        'just words',
        'export',
      ].join('\n'),
    );
    expect(result.ports).toEqual([]);
    expect(result.diagnostics).toEqual([]);
  });

  it('keeps out-of-range and zero values as written for the invalid-port rule', () => {
    expect(tuples(parse('PORT=70000\nAPI_PORT=0\n'))).toEqual([
      [1, 6, 70000, 70000, 'tcp', 'listen', { name: 'PORT' }],
      [2, 10, 0, 0, 'tcp', 'listen', { name: 'API_PORT' }],
    ]);
  });

  it('points at the number inside padded quotes and treats single-quoted $ as text', () => {
    const result = parse('PORT=" 8080 "\nAPI_PORT=\'$PORT\'\n');
    expect(tuples(result)).toEqual([[1, 8, 8080, 8080, 'tcp', 'listen', { name: 'PORT' }]]);
    expect(diagnostics(result)).toEqual([['invalid-port', 2, 11]]);
  });

  it('resolves chained and composite references, and an empty :- default falls back', () => {
    const result = parse('BASE=80\nEMPTY=\nA_PORT=${BASE}80\nB_PORT=${EMPTY:-81}\nC_PORT=${EMPTY-82}\n');
    expect(result.ports.map((p) => [p.port, p.raw])).toEqual([
      [8080, '${BASE}80'],
      [81, '${EMPTY:-81}'],
    ]);
    // `${EMPTY-82}`: EMPTY is set (to nothing), so the value is empty text, not a port.
    expect(diagnostics(result)).toEqual([['invalid-port', 5, 8]]);
  });

  it('keeps a reference to an unresolved value unresolved', () => {
    const result = parse('A_PORT=${X}\nB_PORT=$A_PORT\n');
    expect(result.ports.map((p) => [p.line, p.column, p.port, p.unresolvedVariable])).toEqual([
      [1, 8, null, 'X'],
      [2, 8, null, 'A_PORT'],
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it('accepts PORT and *_PORT keys only', () => {
    expect(['PORT', 'API_PORT', 'db_port', 'A.B_PORT'].every(isPortKey)).toBe(true);
    expect(['PORTS', 'PORT_RANGE', 'SUPPORT', 'EXPORT', 'X_PORT_GRPC', 'APIPORT'].some(isPortKey)).toBe(
      false,
    );
  });

  it('resolvePortValue classifies values', () => {
    const values = new Map([['P', '8080']]);
    expect(resolvePortValue('$P', values)).toEqual({ kind: 'number', port: 8080 });
    expect(resolvePortValue('${Q}', values)).toEqual({ kind: 'unresolved', variable: 'Q' });
    expect(resolvePortValue('x', values)).toEqual({ kind: 'invalid' });
    expect(resolvePortValue('', values)).toEqual({ kind: 'empty' });
  });

  it('never throws and stays fast on arbitrary text, including many stray quotes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = parse(text);
        for (const p of result.ports) expect(p.line).toBeGreaterThanOrEqual(1);
      }),
    );
    const started = Date.now();
    // Each quote closes at the next line's quote; the odd last one never closes.
    const result = parse('A="x\n'.repeat(20_001));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(diagnostics(result)).toEqual([['parse-error', 20_001, 3]]);
  });
});

describe('connection settings in a .env (role connect)', () => {
  it('tells the app own ports from where other services listen', () => {
    const result = parse(
      [
        'PORT=5050',
        'WEB_PORT=8080',
        'APP_PORT=3000',
        'HTTP_PORT=8081',
        'SERVER_PORT=9000',
        'CHECKOUT_PORT=7070',
        'DB_HOST=db.internal',
        'DB_PORT=5432',
        '_APP_DB_PORT=3306',
        'EMAIL_PORT=25',
        'CLAMAV_PORT=3310',
        'REDIS_PORT=6379',
        'SMTP_PORT=587',
        'POSTGRES_PORT=5433',
        'CACHE_HOSTNAME=cache',
        'CACHE_PORT=11211',
        'WORKER_HOST=0.0.0.0',
        'WORKER_PORT=7071',
      ].join('\n'),
    );
    expect(result.ports.map((p) => [p.line, p.column, p.port, p.role, p.context.name])).toEqual([
      [1, 6, 5050, 'listen', 'PORT'],
      [2, 10, 8080, 'listen', 'WEB_PORT'],
      [3, 10, 3000, 'listen', 'APP_PORT'],
      [4, 11, 8081, 'listen', 'HTTP_PORT'],
      [5, 13, 9000, 'listen', 'SERVER_PORT'],
      [6, 15, 7070, 'listen', 'CHECKOUT_PORT'],
      [8, 9, 5432, 'connect', 'DB_PORT'],
      [9, 14, 3306, 'connect', '_APP_DB_PORT'],
      [10, 12, 25, 'connect', 'EMAIL_PORT'],
      [11, 13, 3310, 'connect', 'CLAMAV_PORT'],
      [12, 12, 6379, 'connect', 'REDIS_PORT'],
      [13, 11, 587, 'connect', 'SMTP_PORT'],
      [14, 15, 5433, 'connect', 'POSTGRES_PORT'],
      [16, 12, 11211, 'connect', 'CACHE_PORT'],
      // A bind-all address beside the port is where this process listens.
      [18, 13, 7071, 'listen', 'WORKER_PORT'],
    ]);
  });

  it('still reports an invalid connection setting', () => {
    expect(diagnostics(parse('DB_HOST=db\nDB_PORT=70000x\n'))).toEqual([['invalid-port', 2, 9]]);
  });
});

describe('the one .env reader (as Compose reads it)', () => {
  it('bounds expansion: a value that references a large value many times stays unknown', () => {
    const text = `A=${'x'.repeat(100_000)}\nB=${'$A'.repeat(50_000)}\nB_PORT=\${B}\n`;
    const started = Date.now();
    const { entries } = readDotenv(text);
    const values = dotenvValues(entries);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(values.has('B')).toBe(false);
    expect(parse(text).ports.map((p) => p.unresolvedVariable)).toEqual(['B']);
  });

  it('reads quotes, export, comments after whitespace, # inside quotes, escapes and multi-line values', () => {
    const result = parse(
      [
        'WEB_PORT="8080" # web',
        "export ADMIN_PORT='9090' # '#' stays inside quotes",
        'NOTE="say \\"hi\\" # not a comment"',
        'MOTD="line one',
        'line two with PORT=1"',
        'API_PORT=${WEB_PORT}#not-a-comment',
        'TLS_PORT="${WEB_PORT}" trailing text after the quote is ignored',
        'PRICE="\\$PORT"',
      ].join('\n'),
    );
    // `#` right after a value is part of it, so API_PORT is not a number.
    expect(diagnostics(result)).toEqual([['invalid-port', 6, 10]]);
    expect(result.ports.map((p) => [p.line, p.column, p.port, p.raw])).toEqual([
      [1, 11, 8080, '8080'],
      [2, 20, 9090, '9090'],
      [7, 11, 8080, '${WEB_PORT}'],
    ]);
  });

  it('gives Compose the same values (quoted value with a comment, expanded references, \\$ literal)', () => {
    const { entries } = readDotenv(
      'WEB_PORT="8080" # web\nB=${WEB_PORT}1\nC="\\$WEB_PORT"\nD=\'$WEB_PORT\'\n',
    );
    expect([...dotenvValues(entries)]).toEqual([
      ['WEB_PORT', '8080'],
      ['B', '80801'],
      ['C', '$WEB_PORT'],
      ['D', '$WEB_PORT'],
    ]);
  });
});

describe('comments (handed over when the text asks for them)', () => {
  it('keeps # at a word start, never inside a value or quotes (a quote left open runs to its line end)', () => {
    const text = [
      '# top',
      'PORT=80 # after a blank',
      'SECRET=a#b',
      'QUOTED="x # y" # after quotes',
      "SINGLE='# no'",
      'OPEN="unclosed # still a string',
      'NEXT=1 #next',
    ].join('\n');
    expect(commentSpans(dotenvKind, '.env', text)).toEqual([
      [0, 5, 1, 5, '# top'],
      [14, 29, 15, 29, '# after a blank'],
      [56, 70, 57, 70, '# after quotes'],
      [124, 129, 125, 129, '#next'],
    ]);
  });
});
