import { describe, expect, it } from '@jest/globals';
import { parseCompose } from '../../src/parsers/compose.js';
import { parseText, tuples } from '../helpers/parse.js';
import { factsOf } from '../../src/types.js';

const compose = (body: string, siblings: Record<string, string> = {}) =>
  parseText(parseCompose, 'app/compose.yaml', body, siblings);

describe('compose short syntax', () => {
  it('reads host and container ports as two entries with their own columns', () => {
    const { ports, diagnostics } = compose(
      [
        'services:',
        '  web:',
        '    image: nginx',
        '    ports:',
        '      - "80"',
        '      - "8080:80"',
        '      - 9000:9000',
        '      - 53',
        "      - '127.0.0.1:8081:81/udp'",
        '      - "[::1]:8082:82"',
        '      - "3000-3005:3000-3005"',
        '      - "9090-9091:8080-8081/sctp"',
        '      - "127.0.0.1::5000"',
        '      - ::1:6000:6001',
      ].join('\n'),
    );
    expect(diagnostics).toEqual([]);
    expect(tuples(ports)).toEqual([
      [5, 10, 80, 80, 'tcp', 'container'],
      [6, 10, 8080, 8080, 'tcp', 'host'],
      [6, 15, 80, 80, 'tcp', 'container'],
      [7, 9, 9000, 9000, 'tcp', 'host'],
      [7, 14, 9000, 9000, 'tcp', 'container'],
      [8, 9, 53, 53, 'tcp', 'container'],
      [9, 20, 8081, 8081, 'udp', 'host'],
      [9, 25, 81, 81, 'udp', 'container'],
      [10, 16, 8082, 8082, 'tcp', 'host'],
      [10, 21, 82, 82, 'tcp', 'container'],
      [11, 10, 3000, 3005, 'tcp', 'host'],
      [11, 20, 3000, 3005, 'tcp', 'container'],
      [12, 10, 9090, 9091, 'sctp', 'host'],
      [12, 20, 8080, 8081, 'sctp', 'container'],
      [13, 21, 5000, 5000, 'tcp', 'container'],
      [14, 13, 6000, 6000, 'tcp', 'host'],
      [14, 18, 6001, 6001, 'tcp', 'container'],
    ]);
    expect(ports[6]!.context).toEqual({ service: 'web', image: 'nginx', hostIp: '127.0.0.1' });
    expect(ports[8]!.context.hostIp).toBe('::1');
    expect(ports[14]!.context).toEqual({ service: 'web', image: 'nginx' });
    expect(ports[15]!.context.hostIp).toBe('::1');
    expect(
      ports.every((p) => p.kind === 'compose' && p.scope === 'compose:app' && p.file === 'app/compose.yaml'),
    ).toBe(true);
  });

  it('reports an address with one number as invalid, keeping the container port', () => {
    const { ports, diagnostics } = compose('services:\n  web:\n    ports:\n      - "127.0.0.1:3001"\n');
    expect(tuples(ports)).toEqual([[4, 20, 3001, 3001, 'tcp', 'container']]);
    expect(diagnostics).toEqual([
      {
        ruleId: 'invalid-port',
        messageId: 'addressAsHostPort',
        data: { spec: '127.0.0.1:3001', address: '127.0.0.1', port: '3001' },
        line: 4,
        column: 10,
      },
    ]);
  });

  it('keeps malformed and out-of-range numbers for invalid-port', () => {
    const { ports, diagnostics } = compose(
      'services:\n  web:\n    ports:\n      - "70000:80"\n      - "90-80:90-80"\n      - "abc:80"\n      - "80/foo"\n',
    );
    expect(tuples(ports)).toEqual([
      [4, 10, 70000, 70000, 'tcp', 'host'],
      [4, 16, 80, 80, 'tcp', 'container'],
      [5, 10, 90, 80, 'tcp', 'host'],
      [5, 16, 90, 80, 'tcp', 'container'],
      [6, 14, 80, 80, 'tcp', 'container'],
      [7, 10, 80, 80, 'tcp', 'container'],
    ]);
    expect(diagnostics.map((d) => [d.ruleId, d.line, d.column])).toEqual([
      ['invalid-port', 6, 10],
      ['invalid-port', 7, 13],
    ]);
  });
});

describe('compose long syntax and expose', () => {
  it('reads target, published (number, string, range), protocol and host_ip on their own lines', () => {
    const { ports } = compose(
      [
        'services:',
        '  dns:',
        '    image: coredns/coredns',
        '    ports:',
        '      - target: 53',
        '        published: 5353',
        '        protocol: udp',
        '        host_ip: 127.0.0.1',
        '      - target: 8080',
        '        published: "8000-8001"',
        '        name: web',
        '    expose:',
        '      - "9153"',
        '      - 7000-7002',
        '      - "514/udp"',
      ].join('\n'),
    );
    expect(tuples(ports)).toEqual([
      [5, 17, 53, 53, 'udp', 'container'],
      [6, 20, 5353, 5353, 'udp', 'host'],
      [9, 17, 8080, 8080, 'tcp', 'container'],
      [10, 21, 8000, 8001, 'tcp', 'host'],
      [13, 10, 9153, 9153, 'tcp', 'expose'],
      [14, 9, 7000, 7002, 'tcp', 'expose'],
      [15, 10, 514, 514, 'udp', 'expose'],
    ]);
    expect(ports[1]!.context).toEqual({ service: 'dns', image: 'coredns/coredns', hostIp: '127.0.0.1' });
    expect(ports[0]!.context.hostIp).toBeUndefined();
    expect(ports[3]!.context.portName).toBe('web');
  });
});

describe('compose interpolation', () => {
  it('resolves from the .env beside the file and from defaults, never from the process environment', () => {
    process.env.PORTLINT_TEST_ONLY_PORT = '1234';
    const { ports } = compose(
      [
        'services:',
        '  api:',
        '    image: ${IMAGE:-node}:22',
        '    ports:',
        '      - "${API_PORT}:3000"',
        '      - "${ADMIN_PORT:-9001}:9000"',
        '      - "${DEBUG_PORT-9229}:9229"',
        '      - "${PORTLINT_TEST_ONLY_PORT}:7000"',
        '      - target: 80',
        '        published: ${WEB_PORT:-8080}',
      ].join('\n'),
      { 'app/.env': 'API_PORT=3100\n' },
    );
    delete process.env.PORTLINT_TEST_ONLY_PORT;
    expect(ports.map((p) => [p.line, p.column, p.port, p.role, p.unresolvedVariable ?? null])).toEqual([
      [5, 10, 3100, 'host', null],
      [5, 22, 3000, 'container', null],
      [6, 10, 9001, 'host', null],
      [6, 30, 9000, 'container', null],
      [7, 10, 9229, 'host', null],
      [7, 29, 9229, 'container', null],
      [8, 10, null, 'host', 'PORTLINT_TEST_ONLY_PORT'],
      [8, 37, 7000, 'container', null],
      [9, 17, 80, 'container', null],
      [10, 20, 8080, 'host', null],
    ]);
    expect(ports[0]!.context.image).toBe('node:22');
    expect(ports[0]!.raw).toBe('${API_PORT}');
  });

  it('uses an empty .env value with "-" but the default with ":-"; ":81" publishes a random host port', () => {
    const { ports, diagnostics } = compose(
      'services:\n  a:\n    ports:\n      - "${A:-1111}:80"\n      - "${A-2222}:81"\n',
      { 'app/.env': 'A=\n' },
    );
    expect(ports.filter((p) => p.role === 'host').map((p) => [p.line, p.port])).toEqual([[4, 1111]]);
    // Compose interpolates first: `:81` is valid, as `docker run -p :81` is.
    expect(diagnostics).toEqual([]);
  });
});

describe('compose interpolates a whole port spec before splitting it', () => {
  const spec = (ports: string[], env: string) =>
    compose(['services:', '  sql:', '    ports:', ...ports.map((p) => `      - "${p}"`)].join('\n'), {
      'app/.env': env,
    });

  it('reads an address and a port from one default, and places both at the $ of the variable', () => {
    const { ports, diagnostics } = spec(['${SQL_PORT:-127.0.0.1:13306}:3306'], '');
    expect(diagnostics).toEqual([]);
    expect(ports.map((p) => [p.line, p.column, p.port, p.role, p.raw, p.context.hostIp ?? null])).toEqual([
      [4, 10, 13306, 'host', '${SQL_PORT:-127.0.0.1:13306}', '127.0.0.1'],
      [4, 39, 3306, 'container', '3306', null],
    ]);
  });

  it('applies -, :?, nested defaults and values from the .env; $$ is a literal dollar', () => {
    const { ports, diagnostics } = spec(
      [
        '${A-13307}:3306',
        '${B:?set B}:3306',
        '${C:-${D:-13309}}:3306',
        '${C:-${B}}:3306',
        '${B:+13311}:3306',
        '$${B}:3306',
        '127.0.0.1:${B}:3306',
      ],
      'A=14306\nB="14307" # quoted, then a comment\n',
    );
    expect(ports.filter((p) => p.role === 'host').map((p) => [p.line, p.column, p.port, p.raw])).toEqual([
      [4, 10, 14306, '${A-13307}'],
      [5, 10, 14307, '${B:?set B}'],
      [6, 10, 13309, '${C:-${D:-13309}}'],
      [7, 10, 14307, '${C:-${B}}'],
      [8, 10, 13311, '${B:+13311}'],
      [10, 20, 14307, '${B}'],
    ]);
    expect(ports.find((p) => p.line === 10)!.context.hostIp).toBe('127.0.0.1');
    // Compose reads `$${B}` as the text `${B}`, which is not a port.
    expect(diagnostics).toEqual([
      {
        ruleId: 'invalid-port',
        messageId: 'notANumberOrRangeIn',
        data: { raw: '${B}', where: '$${B}:3306' },
        line: 9,
        column: 10,
      },
    ]);
  });

  it('leaves a variable nothing resolves unresolved and still reads the rest of the spec', () => {
    const { ports, diagnostics } = spec(['${NOPE:?required}:3306', '${NOPE:-${ALSO_NOPE}}:3307'], '');
    expect(diagnostics).toEqual([]);
    expect(ports.map((p) => [p.line, p.column, p.port, p.role, p.unresolvedVariable ?? null])).toEqual([
      [4, 10, null, 'host', 'NOPE'],
      [4, 28, 3306, 'container', null],
      [5, 10, null, 'host', 'NOPE'],
      [5, 32, 3307, 'container', null],
    ]);
  });
});

describe('compose structure', () => {
  it('follows anchors and merge keys, and records the build context', () => {
    const { ports } = compose(
      [
        'x-ports: &shared',
        '  - "9100:9100"',
        'services:',
        '  a:',
        '    build: ./a',
        '    ports: *shared',
        '  b:',
        '    build:',
        '      context: ../b',
        '      dockerfile: docker/Prod.Dockerfile',
        '    expose: ["80"]',
      ].join('\n'),
    );
    expect(
      ports.map((p) => [
        p.line,
        p.column,
        p.port,
        p.role,
        p.context.service,
        factsOf(p, 'compose')?.buildDockerfile,
      ]),
    ).toEqual([
      [2, 6, 9100, 'host', 'a', 'app/a/Dockerfile'],
      [2, 11, 9100, 'container', 'a', 'app/a/Dockerfile'],
      [11, 15, 80, 'expose', 'b', 'b/docker/Prod.Dockerfile'],
    ]);
    expect(factsOf(ports[2]!, 'compose')?.buildContext).toBe('b');
  });

  it('counts lines from the top of a CRLF file', () => {
    const { ports } = compose('services:\r\n  web:\r\n    ports:\r\n      - "8080:80"\r\n');
    expect(tuples(ports)).toEqual([
      [4, 10, 8080, 8080, 'tcp', 'host'],
      [4, 15, 80, 80, 'tcp', 'container'],
    ]);
  });

  it('reports a YAML error at the parser position and a ports value that is not a list', () => {
    const broken = compose('services:\n  web:\n    ports: [ "80"\n');
    expect(broken.diagnostics.map((d) => [d.ruleId, d.line, d.column])).toEqual([['parse-error', 4, 1]]);
    const notList = compose('services:\n  web:\n    ports: "80:80"\n');
    expect(notList.diagnostics).toEqual([
      {
        ruleId: 'parse-error',
        messageId: 'composeNotAList',
        data: { key: 'ports', service: 'web' },
        line: 3,
        column: 12,
      },
    ]);
  });

  it('reads version-1 files whose services sit at the top level', () => {
    const { ports } = compose('web:\n  image: nginx\n  ports:\n    - "80:80"\n');
    expect(tuples(ports)).toEqual([
      [4, 8, 80, 80, 'tcp', 'host'],
      [4, 11, 80, 80, 'tcp', 'container'],
    ]);
  });

  it('does not report environment variables, healthchecks or commands as ports', () => {
    const { ports } = compose(
      [
        'services:',
        '  api:',
        '    environment:',
        '      PORT: 8080',
        '      - DB_URL=postgres://db:5432/app',
        '    command: ["--port", "9898"]',
        '    healthcheck:',
        '      test: ["CMD", "curl", "-f", "http://localhost:8080"]',
        '    # ports:',
        '    #   - "1234:1234"',
      ].join('\n'),
    );
    expect(ports).toEqual([]);
  });
});
