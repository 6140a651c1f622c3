import { describe, expect, it } from '@jest/globals';
import { parseNginx, nginxKind } from '../../src/parsers/nginx.js';
import { contextTuples, diagnosticTuples, expectPositionsInside, parserFor } from '../helpers/parse.js';
import { commentSpans } from '../helpers/comments.js';
import { diagnosticMessage } from '../../src/rules/messages.js';

const { parse, parseFixture } = parserFor(parseNginx, 'nginx', 'nginx.conf');
const tuples = contextTuples;

const diagnostics = diagnosticTuples;

describe('parseNginx', () => {
  it('reads every listen form of a full nginx.conf, skipping upstream servers, comments and Lua', () => {
    const result = parseFixture('nginx.conf');
    const api = 'api.example.com';
    expect(tuples(result)).toEqual([
      [26, 16, 80, 80, 'tcp', 'listen', { name: 'example.com' }],
      [27, 21, 80, 80, 'tcp', 'listen', { name: 'example.com', hostIp: '::' }],
      [35, 26, 8443, 8443, 'tcp', 'listen', { name: api, hostIp: '127.0.0.1' }],
      [36, 22, 8443, 8443, 'tcp', 'listen', { name: api, hostIp: '::1' }],
      [37, 16, 443, 443, 'udp', 'listen', { name: api }],
      [39, 13, 443, 443, 'tcp', 'listen', { name: api }],
      [42, 18, 8000, 8000, 'tcp', 'listen', { name: api }],
      [43, 26, 9000, 9000, 'tcp', 'listen', { name: api, hostIp: 'localhost' }],
      [60, 16, 53, 53, 'udp', 'listen', { name: 'server' }],
      [61, 16, 5353, 5355, 'udp', 'listen', { name: 'server' }],
      [68, 16, 25, 25, 'tcp', 'listen', { name: 'server' }],
    ]);
    expect(result.diagnostics).toEqual([]);
    expect(result.ports.every((p) => p.kind === 'nginx' && p.file === 'fixtures/nginx/nginx.conf')).toBe(
      true,
    );
    expect(result.ports.map((p) => p.raw)).toContain('5353-5355');
  });

  it('names ports after the first server_name, even when it follows the listen', () => {
    expect(tuples(parseFixture('sites-available/example.com'))).toEqual([
      [2, 10, 8080, 8080, 'tcp', 'listen', { name: '_' }],
      [3, 15, 8080, 8080, 'tcp', 'listen', { name: '_', hostIp: '::' }],
    ]);
  });

  it('leaves envsubst variables unresolved and resolves a written default', () => {
    const result = parseFixture('templates/default.conf.template');
    const name = { name: '${NGINX_HOST}' };
    expect(tuples(result)).toEqual([
      [2, 18, null, null, 'tcp', 'listen', name],
      [3, 18, null, null, 'tcp', 'listen', { ...name, hostIp: '::' }],
      [4, 12, 9090, 9090, 'tcp', 'listen', name],
      [5, 12, null, null, 'tcp', 'listen', name],
    ]);
    expect(result.ports.map((p) => [p.raw, p.unresolvedVariable])).toEqual([
      ['${NGINX_PORT}', 'NGINX_PORT'],
      ['${NGINX_PORT}', 'NGINX_PORT'],
      ['${ADMIN_PORT:-9090}', undefined],
      ['$port', 'port'],
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it('reports a block that is never closed at its brace and keeps the ports found', () => {
    const result = parseFixture('broken/unbalanced.conf');
    expect(tuples(result)).toEqual([
      [2, 12, 8080, 8080, 'tcp', 'listen', { name: 'broken.example' }],
      [9, 12, 8081, 8081, 'tcp', 'listen', { name: 'server' }],
    ]);
    expect(diagnostics(result)).toEqual([['parse-error', 5, 16]]);
    expect(diagnosticMessage(result.diagnostics[0]!)).toContain('"location" block is not closed');
  });

  it('reports an unexpected closing brace and reads on', () => {
    const result = parseFixture('broken/extra-brace.conf');
    expect(tuples(result)).toEqual([
      [2, 12, 8080, 8080, 'tcp', 'listen', { name: 'server' }],
      [6, 12, 8082, 8082, 'tcp', 'listen', { name: 'server' }],
    ]);
    expect(diagnostics(result)).toEqual([['parse-error', 4, 1]]);
  });

  it('counts positions the same with CRLF line endings', () => {
    const text = 'server {\r\n  server_name a.example b.example;\r\n  listen\r\n    8443 ssl;\r\n}\r\n';
    const result = parse(text);
    expect(tuples(result)).toEqual([[4, 5, 8443, 8443, 'tcp', 'listen', { name: 'a.example' }]]);
    expect(result.diagnostics).toEqual([]);
  });

  it('treats # as a comment only where a token starts, never inside quotes', () => {
    const text = [
      'server {',
      '  add_header X-Note "#1 choice; { not a block";',
      "  set $a 'x#y';#listen 81;",
      '  listen 82;# trailing comment { ',
      '}',
    ].join('\n');
    const result = parse(text);
    expect(tuples(result)).toEqual([[4, 10, 82, 82, 'tcp', 'listen', { name: 'server' }]]);
    expect(result.diagnostics).toEqual([]);
  });

  it('reads a listen at the top of a snippet file but not one outside a server block', () => {
    const snippet = parse('listen 443 ssl;\nlisten [::]:443 ssl;\n', 'snippets/ssl-listen.conf');
    expect(tuples(snippet)).toEqual([
      [1, 8, 443, 443, 'tcp', 'listen', { name: 'server' }],
      [2, 13, 443, 443, 'tcp', 'listen', { name: 'server', hostIp: '::' }],
    ]);
    const misplaced = parse('http {\n  listen 80;\n  upstream u { server 127.0.0.1:9000; }\n}\n');
    expect(misplaced.ports).toEqual([]);
  });

  it('reads nothing from unix sockets and address-only listens, and flags a non-numeric port', () => {
    const text =
      'server {\n  listen unix:/run/a.sock;\n  listen 127.0.0.1;\n  listen 127.0.0.1:http;\n  listen 80a;\n}\n';
    const result = parse(text);
    expect(result.ports).toEqual([]);
    expect(diagnostics(result)).toEqual([
      ['invalid-port', 4, 20],
      ['invalid-port', 5, 10],
    ]);
  });

  it('keeps out-of-range numbers as written', () => {
    const result = parse('server { listen 70000; listen 0; }');
    expect(result.ports.map((p) => [p.port, p.endPort, p.column])).toEqual([
      [70000, 70000, 17],
      [0, 0, 31],
    ]);
  });

  it('reports an unterminated quoted string and an unterminated Lua block', () => {
    const quote = parse('server {\n  listen 8080;\n  return 200 "oops;\n}\n');
    expect(tuples(quote)).toEqual([[2, 10, 8080, 8080, 'tcp', 'listen', { name: 'server' }]]);
    expect(diagnostics(quote)).toEqual([
      ['parse-error', 3, 14],
      ['parse-error', 3, 3],
      ['parse-error', 1, 8],
    ]);

    const lua = parse('server {\n  listen 8080;\n  content_by_lua_block {\n    if x then\n');
    expect(tuples(lua)).toEqual([[2, 10, 8080, 8080, 'tcp', 'listen', { name: 'server' }]]);
    expect(diagnostics(lua)).toEqual([['parse-error', 3, 24]]);
  });

  it('blanks Go template actions so that their braces are not blocks', () => {
    const text = [
      '{{range services}}',
      'upstream {{.Name}} {',
      '  {{range .Nodes}}server {{.Address}}:{{.Port}};{{end}}',
      '}',
      '{{end}}',
      'server {',
      '  listen 8080;',
      '  listen {{ .Values.port }};',
      '}',
    ].join('\n');
    const result = parse(text);
    expect(tuples(result)).toEqual([[7, 10, 8080, 8080, 'tcp', 'listen', { name: 'server' }]]);
    expect(result.diagnostics).toEqual([]);
  });

  it('never throws or hangs on arbitrary text', () => {
    for (const text of [
      '',
      '}',
      '{',
      '"',
      "'",
      'listen',
      'server { listen',
      '${',
      '{{',
      'a_by_lua_block {',
      '#',
    ]) {
      expect(() => parse(text)).not.toThrow();
    }
    const deep = 'server { '.repeat(5000) + 'listen 1;';
    const result = parse(deep);
    expect(result.diagnostics[0]!.ruleId).toBe('parse-error');
  });
  it('returns positions inside the text for any mix of its syntax', () => {
    expectPositionsInside(parse, [
      'server',
      'listen',
      ' ',
      '\n',
      '\r\n',
      '{',
      '}',
      ';',
      '#',
      '"',
      "'",
      '80',
      '[::]:',
      '$',
      '${P}',
      'x_by_lua_block',
      '--[[',
      ']]',
      '{{',
      '}}',
      'udp',
    ]);
  });
});

describe('comments (handed over when the text asks for them)', () => {
  it('keeps # at a token start (after blanks, ";", "{" or "}"), never inside quotes or a word', () => {
    const text = [
      'server { # after a brace',
      '  listen 80;#after a semicolon',
      '  return 200 "a # in quotes";',
      "  add_header X '# single';",
      '  location /a#b { }# after a closing brace',
      '}',
    ].join('\n');
    expect(commentSpans(nginxKind, 'nginx.conf', text)).toEqual([
      [9, 24, 10, 24, '# after a brace'],
      [37, 55, 38, 55, '#after a semicolon'],
      [132, 155, 133, 155, '# after a closing brace'],
    ]);
  });
});
