import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseCompose } from '../../src/parsers/compose.js';
import { parseDevcontainer } from '../../src/parsers/devcontainer.js';
import { parseDockerfile } from '../../src/parsers/dockerfile.js';
import { parseDotenv } from '../../src/parsers/dotenv.js';
import { parseFly } from '../../src/parsers/fly.js';
import { parseKubernetes } from '../../src/parsers/kubernetes.js';
import { parseNginx } from '../../src/parsers/nginx.js';
import { parseProcfile } from '../../src/parsers/procfile.js';
import { parseSpring } from '../../src/parsers/spring.js';
import { parseSystemdSocket } from '../../src/parsers/systemd-socket.js';
import { parseTerraform } from '../../src/parsers/terraform.js';
import type { Parser } from '../../src/parsers/types.js';
import { notScanned } from '../../src/pipeline/parse-file.js';
import { readManifest } from '../../src/discover/read-file.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { diagnosticMessage } from '../../src/rules/messages.js';
import type { Diagnostic } from '../../src/types.js';
import { parseText } from '../helpers/parse.js';

/** One input per parser message: the parser, the file's path and text, and the wording it must give. */
type Example = [messageId: string, parser: Parser, path: string, text: string, message: string];

const compose = (ports: string) => `services:\n  web:\n    ports:\n${ports}`;

const INVALID_PORT: Example[] = [
  [
    'notANumber',
    parseKubernetes,
    'k8s/app.yaml',
    podWithPort('eighty'),
    'containerPort "eighty" is not a port number',
  ],
  [
    'valueNotANumber',
    parseProcfile,
    'Procfile',
    'web: node app.js --port abc\n',
    '"abc" is not a port number',
  ],
  ['assignmentNotANumber', parseDotenv, '.env', 'PORT=abc\n', 'PORT=abc is not a port number'],
  [
    'attributeNotANumber',
    parseTerraform,
    'main.tf',
    'resource "aws_security_group" "x" {\n  ingress {\n    from_port = "abc"\n    to_port = 80\n    protocol = "tcp"\n  }\n}\n',
    'from_port = "abc" is not a port number',
  ],
  [
    'arrayNotANumber',
    parseFly,
    'fly.toml',
    '[http_service]\ninternal_port = [1]\n',
    'internal_port is an array, not a port number',
  ],
  [
    'tableNotANumber',
    parseFly,
    'fly.toml',
    '[http_service]\ninternal_port = { a = 1 }\n',
    'internal_port is a table, not a port number',
  ],
  [
    'notANumberIn',
    parseSystemdSocket,
    'a.socket',
    '[Socket]\nListenStream=0.0.0.0:abc\n',
    '"abc" in "0.0.0.0:abc" is not a port number',
  ],
  [
    'notASocketAddress',
    parseSystemdSocket,
    'a.socket',
    '[Socket]\nListenStream=abc\n',
    '"abc" is not a port, "address:port", socket path or abstract name',
  ],
  [
    'sequentialPacketNotIp',
    parseSystemdSocket,
    'a.socket',
    '[Socket]\nListenSequentialPacket=8080\n',
    'ListenSequentialPacket= only takes AF_UNIX sockets; systemd ignores "8080"',
  ],
  [
    'notANumberOrRangeIn',
    parseCompose,
    'compose.yaml',
    compose('      - "abc:80"\n'),
    '"abc" is not a port number or range in "abc:80"',
  ],
  ['emptyPortIn', parseCompose, 'compose.yaml', compose('      - target: " "\n'), 'empty port in "target"'],
  [
    'unknownProtocolInSpec',
    parseCompose,
    'compose.yaml',
    compose('      - "80/xyz"\n'),
    'unknown protocol "xyz" in port "80/xyz"',
  ],
  [
    'addressAsHostPort',
    parseCompose,
    'compose.yaml',
    compose('      - "127.0.0.1:3001"\n'),
    '"127.0.0.1:3001" makes "127.0.0.1" the host port, which Compose rejects (invalid hostPort); write "127.0.0.1::3001" or "127.0.0.1:3001:3001"',
  ],
  [
    'composeUnknownProtocol',
    parseCompose,
    'compose.yaml',
    compose('      - target: 80\n        protocol: quic\n'),
    'unknown protocol "quic" (Compose accepts tcp, udp, sctp)',
  ],
  [
    'composeNotAPortEntry',
    parseCompose,
    'compose.yaml',
    compose('      - [80]\n'),
    'an entry of "ports" of service "web" is neither a port nor a port mapping',
  ],
  [
    'exposeNotAPort',
    parseDockerfile,
    'Dockerfile',
    'FROM a\nEXPOSE abc\n',
    'EXPOSE "abc": not a port number, a range or port/protocol',
  ],
  [
    'exposeExpandedNotAPort',
    parseDockerfile,
    'Dockerfile',
    'FROM a\nARG P=abc\nEXPOSE $P\n',
    'EXPOSE "$P" (= "abc"): not a port number, a range or port/protocol',
  ],
  [
    'exposeUnknownProtocol',
    parseDockerfile,
    'Dockerfile',
    'FROM a\nEXPOSE 80/foo\n',
    'EXPOSE "80/foo": unknown protocol "foo" (Docker accepts tcp, udp, sctp)',
  ],
  [
    'exposeExpandedUnknownProtocol',
    parseDockerfile,
    'Dockerfile',
    'FROM a\nARG P=80/foo\nEXPOSE $P\n',
    'EXPOSE "$P" (= "80/foo"): unknown protocol "foo" (Docker accepts tcp, udp, sctp)',
  ],
  [
    'forwardPortsEntry',
    parseDevcontainer,
    '.devcontainer/devcontainer.json',
    '{"forwardPorts": [true]}',
    'forwardPorts entries are numbers or "host:port" strings',
  ],
  [
    'appPortValue',
    parseDevcontainer,
    '.devcontainer/devcontainer.json',
    '{"appPort": [true]}',
    'appPort is a number, a "host:container" string or an array of them',
  ],
  ['listenNotAPort', parseNginx, 'nginx.conf', 'server { listen 80x; }\n', '"80x" in "listen" is not a port'],
  [
    'listenPortNotAPort',
    parseNginx,
    'nginx.conf',
    'server { listen 127.0.0.1:abc; }\n',
    '"abc" in "listen 127.0.0.1:abc" is not a port',
  ],
];

const PARSE_ERROR: Example[] = [
  [
    'yaml',
    parseCompose,
    'compose.yaml',
    'services: [\n',
    'YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
  ],
  [
    'jsonWithComments',
    parseDevcontainer,
    '.devcontainer/devcontainer.json',
    '{"appPort": 1,, }',
    'JSON with comments: Property name expected',
  ],
  ['toml', parseFly, 'fly.toml', 'a = \n', 'TOML: '],
  ['hcl', parseTerraform, 'main.tf', 'a = "open\n', 'HCL: Unterminated string'],
  ['exposeWithoutPort', parseDockerfile, 'Dockerfile', 'FROM a\nEXPOSE\n', 'EXPOSE needs at least one port'],
  [
    'exposeBeforeFrom',
    parseDockerfile,
    'Dockerfile',
    'EXPOSE 80\n',
    'EXPOSE before the first FROM: Docker rejects this file',
  ],
  [
    'composeNotAList',
    parseCompose,
    'compose.yaml',
    'services:\n  web:\n    ports: "80:80"\n',
    '"ports" of service "web" must be a list',
  ],
  ['unterminatedQuotedValue', parseDotenv, '.env', 'A="x\n', 'Unterminated double-quoted value'],
  [
    'unterminatedQuoteInCommand',
    parseProcfile,
    'Procfile',
    'web: node "app.js\n',
    'Unterminated quote in command',
  ],
  [
    'malformedUnicodeEscape',
    parseSpring,
    'application.properties',
    'server.port=\\u12\n',
    'Malformed \\uxxxx escape',
  ],
  [
    'systemdSectionHeader',
    parseSystemdSocket,
    'a.socket',
    '[Socket\nListenStream=80\n',
    'systemd: invalid section header "[Socket" (missing "]"); systemd stops reading the file here',
  ],
  [
    'nginxUnterminatedString',
    parseNginx,
    'nginx.conf',
    'listen "80;\n',
    'nginx: unterminated double-quoted string',
  ],
  ['nginxUnexpected', parseNginx, 'nginx.conf', '}\n', 'nginx: unexpected "}"'],
  [
    'nginxBlockNotClosed',
    parseNginx,
    'nginx.conf',
    'content_by_lua_block {\n',
    'nginx: "content_by_lua_block" block is not closed: unexpected end of file, expecting "}"',
  ],
  [
    'nginxBlockNotClosedAt',
    parseNginx,
    'nginx.conf',
    'server {\n  listen 80;\n',
    'nginx: "server" block is not closed: unexpected end of file at line 2, expecting "}"',
  ],
  ['nginxTooDeep', parseNginx, 'nginx.conf', 'a {'.repeat(101), 'nginx: blocks nested more than 100 deep'],
  [
    'nginxUnterminatedDirective',
    parseNginx,
    'nginx.conf',
    'server { listen 80 }\n',
    'nginx: "listen" directive is not terminated by ";"',
  ],
];

/** Messages only a crash, a hostile file or the file reader gives: their wording is asserted where named. */
const ASSERTED_ELSEWHERE: ReadonlyMap<string, string> = new Map([
  ['parse-error/yamlTooDeep', '__tests__/hostile/yaml-and-nesting.test.ts'],
  ['parse-error/yamlExcessiveAliasing', '__tests__/hostile/parser-regressions.test.ts'],
  ['parse-error/jsonTooDeep', '__tests__/hostile/yaml-and-nesting.test.ts'],
  ['parse-error/json', 'below: a crash of the JSON reader'],
  ['parse-error/dockerfile', 'below: a crash of dockerfile-ast'],
  ['parse-error/dockerfileInstruction', 'below: a crash on one instruction'],
  ['parse-error/parserCrash', 'below: parse-file.ts'],
  ['parse-error/invalidUtf8', 'below: read-file.ts'],
  ['skipped-file/notScanned', 'below: parse-file.ts'],
  // The rule's own check words these, not a parser.
  ['invalid-port/notAPort', '__tests__/rules/invalid-port.test.ts'],
  ['invalid-port/reversed', '__tests__/rules/invalid-port.test.ts'],
]);

/** The rules whose messages parsers and the file reader write. */
const REPORTED_BY_PARSERS: ReadonlySet<string> = new Set(['invalid-port', 'parse-error', 'skipped-file']);

function podWithPort(port: string): string {
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n    - name: a\n      ports:\n        - containerPort: ${port}\n`;
}

/** The diagnostics of one example with the messageId it names. */
function reported(ruleId: string, [messageId, parser, file, text]: Example): Diagnostic[] {
  return parseText(parser, file, text).diagnostics.filter(
    (d) => d.ruleId === ruleId && d.messageId === messageId,
  );
}

describe('parser messages', () => {
  it.each(INVALID_PORT.map((example) => [example[0], example] as const))(
    'invalid-port %s renders with the data its parser gives',
    (_, example) => {
      const [found] = reported('invalid-port', example);
      expect(found && diagnosticMessage(found)).toBe(example[4]);
    },
  );

  it.each(PARSE_ERROR.map((example) => [example[0], example] as const))(
    'parse-error %s renders with the data its parser gives',
    (_, example) => {
      const [found] = reported('parse-error', example);
      // A library's own wording (`detail`) is only checked to start as the template does.
      expect(found && diagnosticMessage(found)).toMatch(new RegExp(`^${escapeRegExp(example[4])}`));
    },
  );

  it('renders what a crash or the file reader reports', () => {
    const render = (d: Omit<Diagnostic, 'line' | 'column'>) =>
      diagnosticMessage({ ...d, line: 1, column: 1 });
    expect(render({ ruleId: 'parse-error', messageId: 'json', data: { detail: 'boom' } })).toBe('JSON: boom');
    expect(render({ ruleId: 'parse-error', messageId: 'dockerfile', data: { detail: 'boom' } })).toBe(
      'cannot parse Dockerfile: boom',
    );
    expect(
      render({
        ruleId: 'parse-error',
        messageId: 'dockerfileInstruction',
        data: { keyword: 'ENV', detail: 'x' },
      }),
    ).toBe('cannot read ENV: x');
    expect(
      render({ ruleId: 'parse-error', messageId: 'parserCrash', data: { kind: 'compose', detail: 'boom' } }),
    ).toBe('portlint could not read this compose file: boom');
    expect(diagnosticMessage(notScanned('a/b', 'it is a binary file, not text'))).toBe(
      'not scanned: it is a binary file, not text',
    );
    const folder = realpathSync(mkdtempSync(path.join(tmpdir(), 'portlint-messages-')));
    try {
      writeFileSync(path.join(folder, '.env'), Buffer.from([0x61, 0x0a, 0xff]));
      const read = readManifest(path.join(folder, '.env'), [folder]);
      expect('text' in read && read.notices.map(diagnosticMessage)).toEqual([
        'the file is not valid UTF-8; invalid bytes were read as U+FFFD',
      ]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('has an example for every message of every rule the parsers report', () => {
    const covered = new Set([
      ...INVALID_PORT.map(([id]) => `invalid-port/${id}`),
      ...PARSE_ERROR.map(([id]) => `parse-error/${id}`),
      ...ASSERTED_ELSEWHERE.keys(),
    ]);
    const all = ALL_RULES.filter((rule) => REPORTED_BY_PARSERS.has(rule.id)).flatMap((rule) =>
      Object.keys(rule.messages ?? {}).map((id) => `${rule.id}/${id}`),
    );
    expect(all.filter((id) => !covered.has(id))).toEqual([]);
    expect([...covered].filter((id) => !all.includes(id))).toEqual([]);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
