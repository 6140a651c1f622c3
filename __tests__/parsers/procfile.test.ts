import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parseProcfile, procfileKind } from '../../src/parsers/procfile.js';
import { commentSpans } from '../helpers/comments.js';
import { contextTuples, diagnosticTuples, parserFor } from '../helpers/parse.js';

const { parse, parseFixture, folder: FIXTURES } = parserFor(parseProcfile, 'procfile', 'Procfile');
const tuples = contextTuples;
const diagnostics = diagnosticTuples;

describe('parseProcfile', () => {
  it('reads --port, -p, PORT= and gunicorn --bind / -b in every process', () => {
    const result = parseFixture('Procfile');
    expect(tuples(result)).toEqual([
      [2, 30, null, null, 'tcp', 'listen', { service: 'web' }],
      [3, 49, 8000, 8000, 'tcp', 'listen', { service: 'api' }],
      [4, 13, 5000, 5000, 'tcp', 'listen', { service: 'admin' }],
      [6, 36, 3000, 3000, 'tcp', 'listen', { service: 'rails' }],
      [7, 32, 50051, 50051, 'tcp', 'listen', { service: 'grpc' }],
      [8, 23, 9102, 9102, 'tcp', 'listen', { service: 'metrics' }],
      [9, 30, 8081, 8081, 'tcp', 'listen', { service: 'legacy' }],
      [12, 28, 4000, 4000, 'tcp', 'listen', { service: 'shell' }],
    ]);
    expect(result.ports.map((p) => p.raw)).toEqual([
      '$PORT',
      '8000',
      '5000',
      '${PORT:-3000}',
      '50051',
      '9102',
      '8081',
      '4000',
    ]);
    expect(result.ports[0]!.unresolvedVariable).toBe('PORT');
    expect(result.ports.slice(1).every((p) => p.unresolvedVariable === undefined)).toBe(true);
    expect(result.ports.every((p) => p.kind === 'procfile' && p.file === 'fixtures/procfile/Procfile')).toBe(
      true,
    );
    expect(result.diagnostics).toEqual([]);
  });

  it('handles CRLF line endings', () => {
    const result = parseFixture('Procfile.crlf');
    expect(readFileSync(new URL('Procfile.crlf', FIXTURES), 'utf8')).toContain('\r\n');
    expect(tuples(result)).toEqual([
      [1, 23, null, null, 'tcp', 'listen', { service: 'web' }],
      [2, 28, 8000, 8000, 'tcp', 'listen', { service: 'api' }],
    ]);
  });

  it('reports an unterminated quote and a non-numeric --port, and keeps the other processes', () => {
    const result = parseFixture('Procfile.broken');
    expect(diagnostics(result)).toEqual([
      ['parse-error', 2, 11],
      ['invalid-port', 4, 25],
    ]);
    expect(tuples(result)).toEqual([[1, 28, 3000, 3000, 'tcp', 'listen', { service: 'web' }]]);
  });

  it('ignores URLs, other flags, -p values that are not ports, and env assignments after the program', () => {
    const result = parse(
      [
        'web: curl http://localhost:8080/ --retry-port 9 && mkdir -p logs',
        'run: docker run -p 8080:80 nginx',
        'job: node worker.js PORT=7000',
        'cmd: python -m http.server 8000',
      ].join('\n'),
    );
    expect(result.ports).toEqual([]);
    expect(result.diagnostics).toEqual([]);
  });

  it('reads assignments after env and after && as a new command', () => {
    const result = parse("web: cd app && env API_PORT='7000' PORT=7001 node server.js");
    expect(tuples(result)).toEqual([
      [1, 30, 7000, 7000, 'tcp', 'listen', { service: 'web' }],
      [1, 41, 7001, 7001, 'tcp', 'listen', { service: 'web' }],
    ]);
  });

  it('splits a bind address with variables at the colon outside ${...}', () => {
    const result = parse('web: gunicorn -b ${HOST:-0.0.0.0}:${PORT:-8000} app:app');
    expect(tuples(result)).toEqual([[1, 35, 8000, 8000, 'tcp', 'listen', { service: 'web' }]]);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const result = parse(`web: ${text}`);
        for (const p of result.ports) expect(p.column).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it('gives a connection setting before the program the role connect', () => {
    const result = parse(
      'web: DB_HOST=db DB_PORT=5432 SMTP_PORT=25 PORT=5050 node app.js\nworker: CACHE_PORT=7070 run',
    );
    expect(result.ports.map((p) => [p.line, p.column, p.port, p.role])).toEqual([
      [1, 25, 5432, 'connect'],
      [1, 40, 25, 'connect'],
      [1, 48, 5050, 'listen'],
      [2, 20, 7070, 'listen'],
    ]);
  });
});

describe('comments (handed over when the text asks for them)', () => {
  it('keeps # at a word start; an apostrophe inside a word opens no string', () => {
    const text = [
      "web: bin/web --name=it's -p 80 # after it's",
      "worker: bin/w --motto '# no' # yes",
      '# whole line',
      'x: y#z',
    ].join('\n');
    expect(commentSpans(procfileKind, 'Procfile', text)).toEqual([
      [31, 43, 32, 43, "# after it's"],
      [73, 78, 74, 78, '# yes'],
      [79, 91, 80, 91, '# whole line'],
    ]);
  });
});
