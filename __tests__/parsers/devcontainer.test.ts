import { describe, expect, it } from '@jest/globals';
import { parseDevcontainer, devcontainerKind } from '../../src/parsers/devcontainer.js';
import { contextTuples, expectPositionsInside, parserFor } from '../helpers/parse.js';
import { brokenFileCommentSpans, commentSpans } from '../helpers/comments.js';
import { diagnosticMessage } from '../../src/rules/messages.js';

const { parse, parseFixture } = parserFor(
  parseDevcontainer,
  'devcontainer',
  '.devcontainer/devcontainer.json',
);
const tuples = contextTuples;

describe('parseDevcontainer', () => {
  it('reads forwardPorts numbers and service:port strings, and portsAttributes keys not forwarded already', () => {
    const result = parseFixture('node-postgres/.devcontainer/devcontainer.json');
    const name = 'Node.js & PostgreSQL';
    expect(tuples(result)).toEqual([
      [9, 19, 3000, 3000, 'tcp', 'forward', { name }],
      [9, 29, 5432, 5432, 'tcp', 'forward', { name, service: 'db' }],
      [9, 51, 9229, 9229, 'tcp', 'forward', { name }],
      [14, 4, 40000, 40010, 'tcp', 'forward', { name }],
      [16, 4, 6006, 6006, 'tcp', 'forward', { name }],
    ]);
    expect(result.ports.map((p) => p.raw)).toEqual(['3000', '5432', '9229', '40000-40010', '6006']);
    expect(result.ports.every((p) => p.kind === 'devcontainer')).toBe(true);
    expect(result.ports[0]!.file).toBe('fixtures/devcontainer/node-postgres/.devcontainer/devcontainer.json');
    expect(result.diagnostics).toEqual([]);
  });

  it('reads appPort numbers, Docker publish strings and dev container variables', () => {
    const result = parseFixture('app-port/.devcontainer/python/devcontainer.json');
    const name = 'Python 3';
    expect(tuples(result)).toEqual([
      [4, 15, 8000, 8000, 'tcp', 'forward', { name }],
      [4, 32, 8080, 8080, 'tcp', 'forward', { name, hostIp: '127.0.0.1' }],
      [4, 37, 80, 80, 'tcp', 'forward', { name, hostIp: '127.0.0.1' }],
      [4, 43, 5353, 5353, 'udp', 'forward', { name }],
      [4, 48, 53, 53, 'udp', 'forward', { name }],
      [4, 58, null, null, 'tcp', 'forward', { name }],
      [4, 84, 8001, 8001, 'tcp', 'forward', { name }],
    ]);
    expect(result.ports[5]!.unresolvedVariable).toBe('DEBUG_PORT');
    expect(result.ports[5]!.raw).toBe('${localEnv:DEBUG_PORT}');
    expect(result.ports[6]!.unresolvedVariable).toBeUndefined();
  });

  it('reports a syntax error where it is and keeps what the tree yields', () => {
    const result = parseFixture('broken/.devcontainer.json');
    expect(tuples(result)).toEqual([
      [3, 20, 3000, 3000, 'tcp', 'forward', { name: 'broken' }],
      [3, 26, 3001, 3001, 'tcp', 'forward', { name: 'broken' }],
      [4, 14, 8080, 8080, 'tcp', 'forward', { name: 'broken' }],
      [6, 6, 9000, 9000, 'tcp', 'forward', { name: 'broken' }],
    ]);
    expect(result.diagnostics.map((d) => [d.ruleId, d.line, d.column, diagnosticMessage(d)])).toEqual([
      ['parse-error', 4, 3, 'JSON with comments: Comma expected'],
      ['parse-error', 7, 1, 'JSON with comments: Close brace expected'],
    ]);
  });

  it('counts positions the same with CRLF line endings and a single appPort', () => {
    const text =
      '{\r\n  // comment\r\n  "appPort": "3000:3000",\r\n  "forwardPorts": [\r\n    5000,\r\n  ],\r\n}\r\n';
    const result = parse(text);
    expect(tuples(result)).toEqual([
      [5, 5, 5000, 5000, 'tcp', 'forward', {}],
      [3, 15, 3000, 3000, 'tcp', 'forward', {}],
      [3, 20, 3000, 3000, 'tcp', 'forward', {}],
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it('flags entries that are not ports and skips non-numeric portsAttributes keys', () => {
    const text = [
      '{',
      '  "forwardPorts": ["web", 3000.5, true, 70000],',
      '  "portsAttributes": { "^node .*$": {}, "label": {}, "db:5432": {} }',
      '}',
    ].join('\n');
    const result = parse(text);
    expect(tuples(result)).toEqual([[2, 41, 70000, 70000, 'tcp', 'forward', {}]]);
    expect(result.diagnostics.map((d) => [d.ruleId, d.line, d.column])).toEqual([
      ['invalid-port', 2, 21],
      ['invalid-port', 2, 27],
      ['invalid-port', 2, 35],
    ]);
  });

  it('reads nothing from a file that is not an object, and never throws', () => {
    expect(parse('[3000]').ports).toEqual([]);
    for (const text of ['', '{', '{"forwardPorts": [', '/*', '"', '{"appPort": {}}']) {
      expect(() => parse(text)).not.toThrow();
    }
    expect(parse('').diagnostics.map((d) => [d.ruleId, d.line, d.column])).toEqual([['parse-error', 1, 1]]);
  });
  it('returns positions inside the text for any mix of its syntax', () => {
    expectPositionsInside(parse, [
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      '"',
      '"forwardPorts"',
      '"appPort"',
      '"portsAttributes"',
      '"name"',
      '3000',
      '"db:5432"',
      '//',
      '/*',
      '*/',
      '\n',
      '\r\n',
      ' ',
    ]);
  });
});

describe('comments (handed over when the text asks for them)', () => {
  it('keeps // and /* */ comments, never inside a string; an unclosed block runs to the end', () => {
    const text = [
      '{ // line',
      '  "name": "// not /* a */ comment",',
      '  /* block */ "forwardPorts": [3000 /**/],',
      '  "x": "a\\"//b" // after an escaped quote',
      '} /* unclosed',
    ].join('\n');
    expect(commentSpans(devcontainerKind, 'devcontainer.json', text)).toEqual([
      [2, 9, 4, 9, '// line'],
      [48, 59, 50, 57, '/* block */'],
      [82, 86, 84, 84, '/**/'],
      [105, 130, 107, 130, '// after an escaped quote'],
      [133, 144, 135, 144, '/* unclosed'],
    ]);
  });

  it('hands over every comment of a file it cannot parse', () => {
    const text = '[ // not an object\n1,, /* x */';
    expect(brokenFileCommentSpans(devcontainerKind, 'devcontainer.json', text)).toEqual([
      [2, 18, 4, 18, '// not an object'],
      [23, 30, 25, 28, '/* x */'],
    ]);
  });
});
