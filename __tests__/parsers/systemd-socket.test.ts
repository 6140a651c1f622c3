import { describe, expect, it } from '@jest/globals';
import { parseSystemdSocket, systemdSocketKind } from '../../src/parsers/systemd-socket.js';
import { contextTuples, diagnosticTuples, expectPositionsInside, parserFor } from '../helpers/parse.js';
import { commentSpans } from '../helpers/comments.js';

const { parse, parseFixture } = parserFor(parseSystemdSocket, 'systemd', 'deploy/app.socket');
const tuples = contextTuples;

const diagnostics = diagnosticTuples;

describe('parseSystemdSocket', () => {
  it('reads every IP form of ListenStream and ListenDatagram in [Socket], skipping paths, names and vsock', () => {
    const result = parseFixture('app.socket');
    const name = 'app.socket';
    expect(tuples(result)).toEqual([
      [7, 14, 8080, 8080, 'tcp', 'listen', { name }],
      [8, 26, 8081, 8081, 'tcp', 'listen', { name, hostIp: '127.0.0.1' }],
      [9, 19, 8082, 8082, 'tcp', 'listen', { name, hostIp: '::' }],
      [10, 20, 8083, 8083, 'tcp', 'listen', { name, hostIp: '::1' }],
      [11, 22, 8084, 8084, 'tcp', 'listen', { name, hostIp: '0.0.0.0' }],
      [12, 16, 5353, 5353, 'udp', 'listen', { name }],
      [18, 20, 5354, 5354, 'udp', 'listen', { name, hostIp: 'fe80::1%eth0' }],
    ]);
    expect(
      result.ports.every((p) => p.kind === 'systemd-socket' && p.file === 'fixtures/systemd/app.socket'),
    ).toBe(true);
    expect(result.diagnostics).toEqual([]);
  });

  it('drops earlier Listen settings at an empty assignment and applies SocketProtocol=sctp to streams', () => {
    const name = 'reset.socket';
    expect(tuples(parseFixture('reset.socket'))).toEqual([
      [5, 14, 7002, 7002, 'sctp', 'listen', { name }],
      [7, 16, 7003, 7003, 'udp', 'listen', { name }],
    ]);
  });

  it('reports a section header without "]" and keeps the ports read before it', () => {
    const result = parseFixture('broken.socket');
    expect(tuples(result)).toEqual([[5, 14, 9100, 9100, 'tcp', 'listen', { name: 'broken.socket' }]]);
    expect(diagnostics(result)).toEqual([['parse-error', 6, 1]]);
  });

  it('flags values that are not ports, and IP addresses on ListenSequentialPacket, which systemd ignores', () => {
    const result = parseFixture('invalid.socket');
    expect(tuples(result)).toEqual([[6, 14, 70000, 70000, 'tcp', 'listen', { name: 'invalid.socket' }]]);
    expect(diagnostics(result)).toEqual([
      ['invalid-port', 2, 24],
      ['invalid-port', 3, 14],
      ['invalid-port', 4, 24],
    ]);
  });

  it('leaves the %i specifier of a template unit unresolved, and resolves it from an instance name', () => {
    const template = parseFixture('proxy@.socket');
    expect(tuples(template)).toEqual([
      [2, 24, null, null, 'tcp', 'listen', { name: 'proxy@.socket', hostIp: '127.0.0.1' }],
    ]);
    expect(template.ports[0]!.unresolvedVariable).toBe('%i');

    const instance = parse('[Socket]\nListenStream=%i\n', 'units/proxy@9090.socket');
    expect(tuples(instance)).toEqual([[2, 14, 9090, 9090, 'tcp', 'listen', { name: 'proxy@9090.socket' }]]);
  });

  it('counts positions the same with CRLF line endings and continuations', () => {
    const text =
      '[Unit]\r\nDescription=x\r\n\r\n[Socket]\r\n# c\r\nListenStream=\\\r\n  [::]:9443\r\nListenDatagram=9444\r\n';
    expect(tuples(parse(text))).toEqual([
      [7, 8, 9443, 9443, 'tcp', 'listen', { name: 'app.socket', hostIp: '::' }],
      [8, 16, 9444, 9444, 'udp', 'listen', { name: 'app.socket' }],
    ]);
  });

  it('ignores Listen keys outside [Socket], comments, other keys and lines without "="', () => {
    const text = [
      'ListenStream=1000',
      '[Service]',
      'ListenStream=1001',
      '[Socket]',
      '#ListenStream=1002',
      '; ListenStream=1003',
      'listenstream=1004',
      'ListenStream',
      'Accept=yes',
    ].join('\n');
    const result = parse(text);
    expect(result.ports).toEqual([]);
    expect(result.diagnostics).toEqual([]);
  });

  it('never throws on arbitrary text', () => {
    for (const text of ['', '[', '\\', '[Socket]\nListenStream=\\', '[Socket]\nListenStream=[', '=']) {
      expect(() => parse(text)).not.toThrow();
    }
  });
  it('returns positions inside the text for any mix of its syntax', () => {
    expectPositionsInside(parse, [
      '[Socket]',
      '[Unit',
      ']',
      'ListenStream',
      'ListenDatagram',
      '=',
      '8080',
      '[::]:',
      '127.0.0.1:',
      '\\',
      '\n',
      '\r\n',
      '#',
      ';',
      ' ',
      '%i',
      '/run/x',
      '@a',
    ]);
  });
});

describe('comments (handed over when the text asks for them)', () => {
  it('keeps whole lines starting with # or ;, also past a header that stops the reading', () => {
    const text = [
      '# top',
      '[Socket]',
      'ListenStream=80 # not a comment',
      '; semicolon',
      '[Broken',
      '  # after the header systemd refuses',
    ].join('\n');
    expect(commentSpans(systemdSocketKind, 'a.socket', text)).toEqual([
      [0, 5, 1, 5, '# top'],
      [47, 58, 48, 58, '; semicolon'],
      [69, 103, 70, 103, '# after the header systemd refuses'],
    ]);
  });
});
