import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { isPortKey, parseDotenv, resolvePortValue } from '../../src/parsers/dotenv.js';
import type { ParseResult } from '../../src/parsers/types.js';

const FIXTURES = new URL('../fixtures/dotenv/', import.meta.url);

function parse(text: string, path = '.env'): ParseResult {
  return parseDotenv({ path, text, readSibling: () => undefined });
}

function parseFixture(name: string): ParseResult {
  return parse(readFileSync(new URL(name, FIXTURES), 'utf8'), `fixtures/dotenv/${name}`);
}

/** [line, column, port, endPort, protocol, role, context] */
function tuples(result: ParseResult): unknown[][] {
  return result.ports.map((p) => [p.line, p.column, p.port, p.endPort, p.protocol, p.role, p.context]);
}

function diagnostics(result: ParseResult): unknown[][] {
  return result.diagnostics.map((d) => [d.ruleId, d.line, d.column]);
}

describe('parseDotenv', () => {
  it('reads PORT and *_PORT assignments of a realistic .env', () => {
    const result = parseFixture('.env');
    expect(tuples(result)).toEqual([
      [6, 6, 8080, 8080, 'tcp', 'listen', { name: 'PORT' }],
      [7, 17, 9000, 9000, 'tcp', 'listen', { name: 'API_PORT' }],
      [8, 10, 5432, 5432, 'tcp', 'listen', { name: 'DB_PORT' }],
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
    expect(result.diagnostics[0]!.message).toMatch(/Unterminated double-quoted value/);
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
