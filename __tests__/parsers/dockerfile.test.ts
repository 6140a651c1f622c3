import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  expandWords,
  finalImagePorts,
  mayExpose,
  parseDockerfile,
  parseExposeSpec,
  dockerfileKind,
} from '../../src/parsers/dockerfile.js';
import type { ParseResult } from '../../src/parsers/types.js';
import { factsOf } from '../../src/types.js';
import { commentSpans } from '../helpers/comments.js';
import { diagnosticTuples, parserFor, withMessages } from '../helpers/parse.js';

const { parse, parseFixture, folder: FIXTURES } = parserFor(parseDockerfile, 'dockerfile', 'Dockerfile');

/** [line, column, port, endPort, protocol, role, context.stage, context.image] */
function tuples(result: ParseResult): unknown[][] {
  return result.ports.map((p) => [
    p.line,
    p.column,
    p.port,
    p.endPort,
    p.protocol,
    p.role,
    p.context.stage,
    p.context.image,
  ]);
}

/** [line, column, port, protocol, scope, inFinalImage, unresolvedVariable] */
function scoping(result: ParseResult): unknown[][] {
  return result.ports.map((p) => [
    p.line,
    p.column,
    p.port,
    p.protocol,
    p.scope,
    factsOf(p, 'dockerfile')?.inFinalImage,
    p.unresolvedVariable,
  ]);
}

const diagnostics = diagnosticTuples;

describe('parseDockerfile: EXPOSE forms', () => {
  it('reads several ports on one line, protocols and a range', () => {
    const result = parse('FROM alpine:3.20\nEXPOSE 80 443/tcp 53/udp 8000-8010\n');
    expect(tuples(result)).toEqual([
      [2, 8, 80, 80, 'tcp', 'expose', undefined, 'alpine:3.20'],
      [2, 11, 443, 443, 'tcp', 'expose', undefined, 'alpine:3.20'],
      [2, 19, 53, 53, 'udp', 'expose', undefined, 'alpine:3.20'],
      [2, 26, 8000, 8010, 'tcp', 'expose', undefined, 'alpine:3.20'],
    ]);
    expect(result.ports.map((p) => p.raw)).toEqual(['80', '443/tcp', '53/udp', '8000-8010']);
    expect(result.ports.every((p) => p.kind === 'dockerfile' && p.file === 'Dockerfile')).toBe(true);
    expect(result.diagnostics).toEqual([]);
  });

  it('reads a lower-case instruction, indentation, tabs, SCTP and an upper-case protocol', () => {
    const result = parse('from debian:12 as app\nexpose 80\n  EXPOSE\t3868/sctp 161/UDP\n');
    expect(tuples(result)).toEqual([
      [2, 8, 80, 80, 'tcp', 'expose', 'app', 'debian:12'],
      [3, 10, 3868, 3868, 'sctp', 'expose', 'app', 'debian:12'],
      [3, 20, 161, 161, 'udp', 'expose', 'app', 'debian:12'],
    ]);
  });

  it('keeps out-of-range and reversed values as written for invalid-port, without a diagnostic', () => {
    const result = parse('FROM x\nEXPOSE 70000 90-80 0 080\n');
    expect(tuples(result).map((t) => t.slice(0, 5))).toEqual([
      [2, 8, 70000, 70000, 'tcp'],
      [2, 14, 90, 80, 'tcp'],
      [2, 20, 0, 0, 'tcp'],
      [2, 22, 80, 80, 'tcp'],
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it('reports text that is not a port as invalid-port at the token, and keeps reading', () => {
    const result = parse('FROM x\nEXPOSE abc 80/foo 80- ["8080"] 81/dccp 9000\n');
    expect(diagnostics(result)).toEqual([
      ['invalid-port', 2, 8],
      ['invalid-port', 2, 12],
      ['invalid-port', 2, 19],
      ['invalid-port', 2, 23],
      ['invalid-port', 2, 32],
    ]);
    expect(withMessages(result.diagnostics)[1]).toMatchObject({
      port: 80,
      message: expect.stringContaining('"foo"'),
    });
    expect(tuples(result)).toEqual([[2, 40, 9000, 9000, 'tcp', 'expose', undefined, 'x']]);
  });

  it('points at the number past an opening quote and reads quoted words as Docker does', () => {
    const result = parse('FROM x\nEXPOSE "8080" \'9090/udp\' 8"0"81\n');
    expect(tuples(result).map((t) => t.slice(0, 5))).toEqual([
      [2, 9, 8080, 8080, 'tcp'],
      [2, 16, 9090, 9090, 'udp'],
      [2, 26, 8081, 8081, 'tcp'],
    ]);
    expect(result.ports[0]!.raw).toBe('"8080"');
  });

  it('takes the container part of a host:container spec (Docker ignores the rest)', () => {
    const result = parse('FROM x\nEXPOSE 8080:80 127.0.0.1:5353:53/udp\n');
    expect(tuples(result).map((t) => t.slice(0, 5))).toEqual([
      [2, 13, 80, 80, 'tcp'],
      [2, 31, 53, 53, 'udp'],
    ]);
  });

  it('reports an EXPOSE without arguments as parse-error', () => {
    const result = parse('FROM x\nEXPOSE\nEXPOSE 80\n');
    expect(diagnostics(result)).toEqual([['parse-error', 2, 1]]);
    expect(tuples(result)).toEqual([[3, 8, 80, 80, 'tcp', 'expose', undefined, 'x']]);
  });

  it('does not report an ONBUILD trigger: it exposes in a downstream image', () => {
    expect(parse('FROM x\nONBUILD EXPOSE 80\n').ports).toEqual([]);
  });
});

describe('parseDockerfile: lines, continuations, comments, directives, heredocs', () => {
  it('reads a CRLF file with a continuation at the right columns', () => {
    const text = readFileSync(new URL('crlf.Dockerfile', FIXTURES), 'utf8');
    expect(text).toContain('\r\n'); // guards the fixture against line-ending normalization
    const result = parse(text, 'crlf.Dockerfile');
    const image = 'nginx:1.27-alpine';
    expect(tuples(result)).toEqual([
      [3, 8, 80, 80, 'tcp', 'expose', undefined, image],
      [4, 8, 443, 443, 'tcp', 'expose', undefined, image],
      [5, 8, 8000, 8010, 'tcp', 'expose', undefined, image],
    ]);
    expect(result.ports.map((p) => p.raw)).toEqual(['80', '443/tcp', '8000-8010']);
    expect(result.diagnostics).toEqual([]);
  });

  it('skips comment lines and empty lines inside a continuation (also with CRLF)', () => {
    const result = parse(
      'FROM x\r\nEXPOSE 80 \\\r\n# not 77\r\n\r\n    # not 78\r\n  443 \\  \r\n  8443\r\n',
    );
    expect(tuples(result).map((t) => t.slice(0, 4))).toEqual([
      [2, 8, 80, 80],
      [6, 3, 443, 443],
      [7, 3, 8443, 8443],
    ]);
  });

  it('honours `# escape=`` with backtick continuations; a trailing backslash is then plain text', () => {
    const result = parseFixture('windows/Dockerfile');
    const image = 'mcr.microsoft.com/windows/servercore:ltsc2022';
    expect(tuples(result)).toEqual([
      [5, 8, 9000, 9000, 'tcp', 'expose', undefined, image],
      [7, 8, 80, 80, 'tcp', 'expose', undefined, image],
      [8, 8, 443, 443, 'tcp', 'expose', undefined, image],
      [9, 8, 5986, 5986, 'tcp', 'expose', undefined, image],
      [11, 8, 8080, 8080, 'tcp', 'expose', undefined, image],
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it('ignores an escape directive that is not at the very top (after a blank line)', () => {
    const result = parse('\n# escape=`\nFROM x\nEXPOSE 80 `\nEXPOSE 81\n');
    expect(tuples(result).map((t) => t.slice(0, 3))).toEqual([
      [4, 8, 80],
      [5, 8, 81],
    ]);
    expect(diagnostics(result)).toEqual([['invalid-port', 4, 11]]);
  });

  it('never reads heredoc bodies as instructions (RUN, COPY <<-"X", and BuildKit fd form 3<<EOF)', () => {
    const result = parseFixture('heredoc/Dockerfile');
    expect(tuples(result)).toEqual([[13, 8, 8000, 8000, 'tcp', 'expose', undefined, 'python:3.12-slim']]);
    expect(result.diagnostics).toEqual([]);
  });

  it('keeps positions of later lines exact after an fd heredoc (CRLF)', () => {
    const result = parse('FROM x\r\nRUN cat 0<<EOF\r\nEXPOSE 1\r\nEOF\r\n  EXPOSE 2\r\n');
    expect(tuples(result).map((t) => t.slice(0, 3))).toEqual([[5, 10, 2]]);
  });
});

describe('parseDockerfile: ARG/ENV substitution and stages', () => {
  it('resolves ARG/ENV per stage with Docker scoping (fixture)', () => {
    const result = parseFixture('multistage/Dockerfile');
    const image = 'node:${NODE_VERSION}-alpine';
    expect(tuples(result)).toEqual([
      [11, 8, null, null, 'tcp', 'expose', 'build', image],
      [13, 8, 9229, 9229, 'tcp', 'expose', 'build', image],
      [22, 8, 3000, 3000, 'tcp', 'expose', 'runtime', image],
      [22, 20, 9100, 9100, 'tcp', 'expose', 'runtime', image],
      [22, 40, 8081, 8081, 'udp', 'expose', 'runtime', image],
      [24, 5, 8443, 8443, 'tcp', 'expose', 'runtime', image],
      [24, 25, 8444, 8444, 'tcp', 'expose', 'runtime', image],
      [24, 44, null, null, 'tcp', 'expose', 'runtime', image],
    ]);
    const file = 'fixtures/dockerfile/multistage/Dockerfile';
    expect(scoping(result)).toEqual([
      [11, 8, null, 'tcp', `${file}#stage0`, undefined, 'APP_PORT'],
      [13, 8, 9229, 'tcp', `${file}#stage0`, undefined, undefined],
      [22, 8, 3000, 'tcp', `${file}#stage1`, true, undefined],
      [22, 20, 9100, 'tcp', `${file}#stage1`, true, undefined],
      [22, 40, 8081, 'udp', `${file}#stage1`, true, undefined],
      [24, 5, 8443, 'tcp', `${file}#stage1`, true, undefined],
      [24, 25, 8444, 'tcp', `${file}#stage1`, true, undefined],
      [24, 44, null, 'tcp', `${file}#stage1`, true, 'NOPE'],
    ]);
    expect(result.ports.map((p) => p.raw)).toEqual([
      '$APP_PORT',
      '${DEBUG_PORT}',
      '${APP_PORT}',
      '${METRICS_PORT}/tcp',
      '${HEALTH_PORT:-9999}/udp',
      '${ADMIN_PORT:-8443}',
      '${ADMIN_PORT-8444}',
      '$NOPE',
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it('leaves an unknown variable unresolved, keeping a written protocol', () => {
    const result = parse('FROM x\nEXPOSE $NOPE ${NOPE}/udp ${NOPE:?required}\n');
    expect(scoping(result)).toEqual([
      [2, 8, null, 'tcp', 'Dockerfile#stage0', true, 'NOPE'],
      [2, 14, null, 'udp', 'Dockerfile#stage0', true, 'NOPE'],
      [2, 26, null, 'tcp', 'Dockerfile#stage0', true, 'NOPE'],
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it('applies `-` only when unset and `:-` also when empty', () => {
    const result = parse('FROM x\nARG EMPTY=\nEXPOSE ${EMPTY:-8080} ${EMPTY-9090} ${UNSET-7070}\n');
    expect(tuples(result).map((t) => t.slice(0, 3))).toEqual([
      [3, 8, 8080],
      [3, 37, 7070],
    ]);
  });

  it('gives a bare stage ARG the global default, and none when the global has no value', () => {
    const text = [
      'ARG BASE=8000',
      'ARG PORT=${BASE}',
      'ARG NOVALUE',
      'FROM x AS one',
      'ARG PORT',
      'ARG NOVALUE',
      'ARG LOCAL=4000',
      'EXPOSE $PORT $NOVALUE $LOCAL',
      'FROM x AS two',
      'EXPOSE $PORT $LOCAL',
    ].join('\n');
    expect(scoping(parse(text))).toEqual([
      [8, 8, 8000, 'tcp', 'Dockerfile#stage0', undefined, undefined],
      [8, 14, null, 'tcp', 'Dockerfile#stage0', undefined, 'NOVALUE'],
      [8, 23, 4000, 'tcp', 'Dockerfile#stage0', undefined, undefined],
      [10, 8, null, 'tcp', 'Dockerfile#stage1', true, 'PORT'],
      [10, 14, null, 'tcp', 'Dockerfile#stage1', true, 'LOCAL'],
    ]);
  });

  it('lets ENV win over ARG, and evaluates one ENV against the scope before it', () => {
    const text = [
      'FROM x',
      'ENV P=8080',
      'ARG P=9090',
      'ENV A=8001',
      'ENV A=8002 B=$A',
      'ENV C="${A}" D=\'$A\'',
      'EXPOSE $P $A $B $C',
    ].join('\n');
    expect(tuples(parse(text)).map((t) => t.slice(0, 3))).toEqual([
      [7, 8, 8080],
      [7, 11, 8002],
      [7, 14, 8001],
      [7, 17, 8002],
    ]);
    // D is the literal text `$A`, not a port.
    expect(diagnostics(parse(`${text} $D`))).toEqual([['invalid-port', 7, 20]]);
  });

  it('reads a legacy `ENV K V` and a variable range (as vsftpd images write it)', () => {
    const text =
      'FROM alpine\nENV PASV_MIN_PORT 30091\nENV PASV_MAX_PORT=30100\nEXPOSE 21 $PASV_MIN_PORT-$PASV_MAX_PORT\n';
    expect(tuples(parse(text)).map((t) => t.slice(0, 5))).toEqual([
      [4, 8, 21, 21, 'tcp'],
      [4, 11, 30091, 30100, 'tcp'],
    ]);
  });

  it('splits a variable holding several ports into several ports at the same position', () => {
    const result = parse('FROM x\nARG PORTS="80 443/udp"\nEXPOSE $PORTS "$PORTS"\n');
    expect(tuples(result).map((t) => t.slice(0, 5))).toEqual([
      [3, 8, 80, 80, 'tcp'],
      [3, 8, 443, 443, 'udp'],
    ]);
    // Quoted, it stays one word, which is not a port.
    expect(diagnostics(result)).toEqual([['invalid-port', 3, 16]]);
  });

  it('inherits ENV and EXPOSE from the stage a stage is built FROM (case-insensitive), for the final image', () => {
    const result = parseFixture('inherit/Containerfile');
    const file = 'fixtures/dockerfile/inherit/Containerfile';
    expect(tuples(result)).toEqual([
      [3, 8, 5000, 5000, 'tcp', 'expose', 'base', 'golang:1.23'],
      [6, 8, 6060, 6060, 'tcp', 'expose', 'tools', 'base'],
      [9, 8, 7070, 7070, 'tcp', 'expose', 'test', 'golang:1.23'],
      [12, 8, 5000, 5000, 'udp', 'expose', 'final', 'BASE'],
    ]);
    expect(result.ports.map((p) => [p.scope, factsOf(p, 'dockerfile')?.inFinalImage])).toEqual([
      [`${file}#stage0`, true],
      [`${file}#stage1`, undefined],
      [`${file}#stage2`, undefined],
      [`${file}#stage3`, true],
    ]);
    expect(finalImagePorts(result.ports, file).map((p) => p.line)).toEqual([3, 12]);
  });

  it('marks nothing as in the image when the last stage exposes nothing of its own', () => {
    const result = parse(
      'FROM node:20 AS build\nEXPOSE 3000\nFROM nginx:1.27\nCOPY --from=build /app /usr/share/nginx/html\n',
    );
    expect(scoping(result)).toEqual([[2, 8, 3000, 'tcp', 'Dockerfile#stage0', undefined, undefined]]);
    expect(finalImagePorts(result.ports, 'Dockerfile')).toEqual([]);
  });

  it('never reads the process environment', () => {
    process.env.PORTLINT_DOCKERFILE_TEST_PORT = '1234';
    try {
      const result = parse('FROM x\nEXPOSE $PORTLINT_DOCKERFILE_TEST_PORT\n');
      expect(result.ports[0]).toMatchObject({
        port: null,
        unresolvedVariable: 'PORTLINT_DOCKERFILE_TEST_PORT',
      });
    } finally {
      delete process.env.PORTLINT_DOCKERFILE_TEST_PORT;
    }
  });
});

describe('parseDockerfile: bad input', () => {
  it('returns what it can from garbage, and flags EXPOSE before FROM', () => {
    const text = 'EXPOSE 80\n\u0000\u0001\u00ff garbage\n\uFFFD\uFFFD EXPOSE 81\nFROM x\nEXPOSE 82\n';
    const result = parse(text);
    expect(scoping(result)).toEqual([
      [1, 8, 80, 'tcp', 'Dockerfile', undefined, undefined],
      [5, 8, 82, 'tcp', 'Dockerfile#stage0', true, undefined],
    ]);
    expect(result.ports[0]!.context).toEqual({});
    expect(diagnostics(result)).toEqual([['parse-error', 1, 1]]);
  });

  it('does not throw on a binary file', () => {
    const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7919 + (i >> 3)) % 256));
    const result = parse(bytes.toString('latin1'));
    expect(Array.isArray(result.ports)).toBe(true);
    expect(result.ports.every((p) => p.line >= 1 && p.column >= 1)).toBe(true);
  });

  it('never throws and keeps positions inside the text, for any input', () => {
    const alphabet = fc.constantFrom(
      'FROM x AS a\n',
      'EXPOSE ',
      'expose ',
      '80',
      '-',
      '/udp',
      '$P',
      '${P:-9',
      '}',
      ' ',
      '\\\n',
      '`\n',
      '\r\n',
      '# escape=`\n',
      '# c\n',
      'RUN <<EOF\n',
      '2<<EOF ',
      'EOF\n',
      'ARG P=1\n',
      'ENV P ',
      '"',
      "'",
      '\n',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const lineCount = text.split(/\r\n|\n|\r/).length;
        const result = parse(text);
        for (const item of [...result.ports, ...result.diagnostics]) {
          if (item.line < 1 || item.line > lineCount || item.column < 1) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

describe('expandWords / parseExposeSpec', () => {
  const values = new Map([
    ['A', '80'],
    ['SPACED', '1 2'],
  ]);
  const lookup = (name: string): string | undefined => values.get(name);

  it('handles quotes, escapes and nested defaults like BuildKit', () => {
    const texts = (text: string, escape = '\\'): string[] =>
      expandWords(text, escape, lookup, true).map((w) => w.text);
    expect(texts('$A "$A" \'$A\' \\$A ${B:-${A}1}')).toEqual(['80', '80', '$A', '$A', '801']);
    expect(texts('`$A $A', '`')).toEqual(['$A', '80']);
    expect(texts('$SPACED "$SPACED"')).toEqual(['1', '2', '1 2']);
    expect(texts('$EMPTY_UNSET_IS_KEPT ""')).toEqual(['$EMPTY_UNSET_IS_KEPT', '']);
    expect(expandWords('${A:+9}${B:+9}', '\\', lookup, true)).toEqual([
      { text: '9${B:+9}', unresolved: ['B'] },
    ]);
    expect(expandWords('${A%0}', '\\', lookup, true)).toEqual([{ text: '${A%0}', unresolved: ['A'] }]);
  });

  it('parses Docker port specs', () => {
    expect(parseExposeSpec('8000-8010/UDP')).toEqual({
      port: 8000,
      endPort: 8010,
      protocol: 'udp',
      offset: 0,
    });
    expect(parseExposeSpec('80/')).toEqual({ port: 80, endPort: 80, protocol: 'tcp', offset: 0 });
    expect(parseExposeSpec('1.2.3.4:80:81')).toEqual({ port: 81, endPort: 81, protocol: 'tcp', offset: 11 });
    expect(parseExposeSpec('80-')).toHaveProperty('problem');
    expect(parseExposeSpec('+80')).toHaveProperty('problem');
  });
});

describe('comments (handed over when the text asks for them)', () => {
  it("keeps Docker's whole-line comments only: not a # after an instruction; continued lines and heredocs count", () => {
    const text = [
      '# syntax=docker/dockerfile:1',
      'FROM alpine',
      'EXPOSE 80 # not a comment',
      'RUN echo a \\',
      '  # inside a continued line  ',
      '  && echo b',
      'RUN <<EOF',
      '# a heredoc line',
      'EOF',
      '\t#tab',
    ].join('\n');
    expect(commentSpans(dockerfileKind, 'Dockerfile', text)).toEqual([
      [0, 28, 1, 28, '# syntax=docker/dockerfile:1'],
      [82, 107, 83, 107, '# inside a continued line'],
      [132, 148, 133, 148, '# a heredoc line'],
      [154, 158, 155, 158, '#tab'],
    ]);
  });
});

describe('mayExpose: a Dockerfile without EXPOSE is not parsed', () => {
  it.each([
    ['EXPOSE 80', true],
    ['expose 80', true],
    ['FROM node:22\nRUN npm ci \\\n  && npm test\nCMD ["node", "."]', false],
    // Docker joins continued lines before it reads the keyword.
    ['FROM node:22\nEX\\\nPOSE 80', true],
    ['# escape=`\nFROM node:22\nEXP`\r\n  # a comment\n\n  OSE 80', true],
    ['FROM scratch\nCOPY app /app', false],
  ])('%j: %s', (text, expected) => {
    expect(mayExpose(text)).toBe(expected);
  });

  it('reports the EXPOSE of a keyword split by a continuation, like one written whole', () => {
    const split = parseDockerfile({
      path: 'Dockerfile',
      text: 'FROM node:22\nEX\\\nPOSE 8080\n',
      readSibling: () => undefined,
    });
    expect(split.ports.map((p) => [p.line, p.column, p.port])).toEqual([[3, 6, 8080]]);
  });
});
