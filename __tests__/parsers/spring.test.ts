import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseSpring } from '../../src/parsers/spring.js';
import { contextTuples, diagnosticTuples, parserFor } from '../helpers/parse.js';

const { parse, parseFixture } = parserFor(parseSpring, 'spring', 'src/main/resources/application.properties');
const tuples = contextTuples;
const diagnostics = diagnosticTuples;

const server = (keyPath = 'server.port') => ({ name: 'server', keyPath });
const management = (keyPath = 'management.server.port') => ({ name: 'management', keyPath });

describe('parseSpring: .properties', () => {
  it('reads server.port and management.server.port across #--- documents with profiles', () => {
    const result = parseFixture('application.properties');
    expect(tuples(result)).toEqual([
      [3, 13, 8080, 8080, 'tcp', 'listen', server()],
      [4, 26, 9090, 9090, 'tcp', 'listen', management()],
      // A `\` continuation: the value is written on the next line.
      [13, 5, 9091, 9091, 'tcp', 'listen', management('management.server.port@dev')],
      // Relaxed binding: `Server.Port` is server.port.
      [14, 14, 8082, 8082, 'tcp', 'listen', server('server.port@dev')],
    ]);
    expect(result.ports.map((p) => p.raw)).toEqual(['${PORT:8080}', '9090', '9091', '8082']);
    expect(result.ports.every((p) => p.kind === 'spring' && p.unresolvedVariable === undefined)).toBe(true);
    expect(result.diagnostics).toEqual([]);
  });

  it('reads CRLF files, continuations included', () => {
    const result = parse('# x\r\nserver.port=8080\r\nmanagement.server.port=\\\r\n  9000\r\n');
    expect(tuples(result)).toEqual([
      [2, 13, 8080, 8080, 'tcp', 'listen', server()],
      [4, 3, 9000, 9000, 'tcp', 'listen', management()],
    ]);
  });

  it('reports a malformed \\u escape as a parse-error and keeps the other properties', () => {
    const result = parseFixture('broken.properties');
    expect(diagnostics(result)).toEqual([['parse-error', 2, 20]]);
    expect(tuples(result)).toEqual([
      [1, 13, 8443, 8443, 'tcp', 'listen', server()],
      [3, 24, 9443, 9443, 'tcp', 'listen', management()],
    ]);
  });

  it('resolves placeholders: defaults, nested defaults, the file own properties; else unresolved', () => {
    const result = parse(
      [
        'app.port=7000',
        'server.port=${app.port}',
        'management.server.port=${MGMT_PORT:${OTHER:9100}}',
        '#---',
        'spring.config.activate.on-profile=prod',
        'server.port=${PORT}',
      ].join('\n'),
    );
    expect(result.ports.map((p) => [p.line, p.column, p.port, p.raw, p.unresolvedVariable ?? null])).toEqual([
      [2, 13, 7000, '${app.port}', null],
      [3, 24, 9100, '${MGMT_PORT:${OTHER:9100}}', null],
      [6, 13, null, '${PORT}', 'PORT'],
    ]);
  });

  it('does not report 0 (random port) or -1 (disabled), and flags text that is not a port', () => {
    const result = parse('server.port=0\nmanagement.server.port=-1\n#---\nserver.port=http\n');
    expect(result.ports).toEqual([]);
    expect(diagnostics(result)).toEqual([['invalid-port', 4, 13]]);
  });

  it('takes the profile from the file name', () => {
    const result = parse('server.port 8081', 'src/main/resources/application-dev.properties');
    expect(tuples(result)).toEqual([[1, 13, 8081, 8081, 'tcp', 'listen', server('server.port@dev')]]);
  });

  it('ignores other keys that end in port and commented lines', () => {
    const result = parse(
      'spring.datasource.port=5432\n# server.port=1\n  ! server.port=2\nserver.portal=3\n',
    );
    expect(result.ports).toEqual([]);
  });
});

describe('parseSpring: YAML', () => {
  const path = (name: string) => `fixtures/spring/${name}`;

  it('reads nested and dotted keys across documents with on-profile and legacy spring.profiles', () => {
    const result = parseFixture('application-docker.yml');
    expect(tuples(result)).toEqual([
      [7, 9, null, null, 'tcp', 'listen', server('server.port@docker')],
      [10, 11, 8081, 8081, 'tcp', 'listen', management('management.server.port@docker')],
      [16, 15, 9000, 9000, 'tcp', 'listen', server('server.port@cloud')],
    ]);
    expect(result.ports[0]!.unresolvedVariable).toBe('SERVER_PORT');
    expect(result.ports[0]!.file).toBe(path('application-docker.yml'));
  });

  it('reports a broken document as a parse-error and reads the others', () => {
    const result = parseFixture('application-broken.yml');
    expect(diagnostics(result)).toEqual([['parse-error', 6, 1]]);
    expect(tuples(result)).toEqual([
      [2, 9, 8080, 8080, 'tcp', 'listen', server('server.port@broken')],
      [7, 25, 9001, 9001, 'tcp', 'listen', management('management.server.port@broken')],
    ]);
  });

  it('reads flow maps, profile lists and CRLF', () => {
    const result = parse(
      'server: {port: 8080}\r\n---\r\nspring.config.activate.on-profile: [dev, test]\r\nserver:\r\n  port: 8081\r\n',
      'application.yaml',
    );
    expect(tuples(result)).toEqual([
      [1, 16, 8080, 8080, 'tcp', 'listen', server()],
      [5, 9, 8081, 8081, 'tcp', 'listen', server('server.port@dev | test')],
    ]);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        parse(text);
        parse(text, 'application.yml');
      }),
    );
  });
});
