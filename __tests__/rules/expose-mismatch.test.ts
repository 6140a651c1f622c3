import { describe, expect, it } from '@jest/globals';
import { exposeMismatch } from '../../src/rules/expose-mismatch.js';
import { parseDockerfile } from '../../src/parsers/dockerfile.js';
import type { RuleContext, RuleHit } from '../../src/rules/types.js';
import type { ClassifiedPort, Protocol } from '../../src/types.js';

/**
 * A Compose port of a service that builds `app/` (defaults: service web, container 80/tcp at 8:9);
 * `buildDockerfile` (its Compose fact) may be overridden, `undefined` for a service that builds nothing.
 */
function compose(overrides: Partial<ClassifiedPort> & { buildDockerfile?: string } = {}): ClassifiedPort {
  const { buildDockerfile, ...rest } = { buildDockerfile: 'app/Dockerfile', ...overrides };
  return {
    file: 'compose.yaml',
    line: 8,
    column: 9,
    port: 80,
    endPort: 80,
    protocol: 'tcp',
    role: 'container',
    kind: 'compose',
    context: { service: 'web' },
    raw: '80',
    scope: '.',
    facts: {
      kind: 'compose',
      buildContext: 'app',
      ...(buildDockerfile !== undefined && { buildDockerfile }),
    },
    ...rest,
  };
}

/** An EXPOSE of the final image of app/Dockerfile. */
function exposed(
  port: number | null,
  protocol: Protocol = 'tcp',
  endPort: number | null = port,
  line = 5,
): ClassifiedPort {
  return {
    file: 'app/Dockerfile',
    line,
    column: 8,
    port,
    endPort,
    protocol,
    role: 'expose',
    kind: 'dockerfile',
    context: { image: 'node:20' },
    raw: String(port),
    scope: 'app/Dockerfile#stage1',
    facts: { kind: 'dockerfile', inFinalImage: true },
  };
}

function check(ports: ClassifiedPort[]): RuleHit[] {
  const context: RuleContext = { ports, registry: {} as never, matcher: {} as never, options: {} };
  return exposeMismatch.check!(context);
}

/** [file, line, column, port, protocol, message, suggestion] */
function hits(ports: ClassifiedPort[]): unknown[][] {
  return check(ports).map((h) => [h.file, h.line, h.column, h.port, h.protocol, h.message, h.suggestion]);
}

describe('expose-mismatch', () => {
  it('has its metadata', () => {
    expect(exposeMismatch).toMatchObject({ id: 'expose-mismatch', defaultSeverity: 'warning' });
    expect(exposeMismatch.description).toMatch(/\.$/);
    expect(exposeMismatch.rationale.length).toBeGreaterThan(20);
  });

  it('reports a published container port the Dockerfile does not expose, at the Compose port', () => {
    const published = compose();
    const result = check([published, exposed(8080)]);
    expect(result).toEqual([
      {
        file: 'compose.yaml',
        line: 8,
        column: 9,
        port: 80,
        protocol: 'tcp',
        message: 'service "web" publishes container port 80/tcp, but app/Dockerfile exposes 8080/tcp',
        suggestion: 8080,
        declared: published,
      },
    ]);
  });

  it('is silent when a port or a range covers the container port', () => {
    expect(hits([compose(), exposed(80)])).toEqual([]);
    expect(hits([compose({ port: 8005, endPort: 8005 }), exposed(8000, 'tcp', 8010)])).toEqual([]);
    // A published range covered by two exposed ranges together.
    expect(
      hits([
        compose({ port: 8000, endPort: 8010 }),
        exposed(8000, 'tcp', 8005),
        exposed(8006, 'tcp', 8010, 6),
      ]),
    ).toEqual([]);
  });

  it('requires the same protocol, and lists every exposed port in file order', () => {
    const published = compose({ port: 53, endPort: 53, protocol: 'udp', raw: '53/udp' });
    expect(
      hits([
        published,
        exposed(9000, 'udp', 9010, 7),
        exposed(53, 'tcp', 53, 5),
        exposed(8080, 'tcp', 8080, 6),
      ]),
    ).toEqual([
      [
        'compose.yaml',
        8,
        9,
        53,
        'udp',
        'service "web" publishes container port 53/udp, but app/Dockerfile exposes 53/tcp, 8080/tcp, 9000-9010/udp',
        undefined,
      ],
    ]);
  });

  it('reports a published range that is only partly exposed', () => {
    expect(
      hits([compose({ port: 8000, endPort: 8012, raw: '8000-8012' }), exposed(8000, 'tcp', 8010)]),
    ).toEqual([
      [
        'compose.yaml',
        8,
        9,
        8000,
        'tcp',
        'service "web" publishes container port 8000-8012/tcp, but app/Dockerfile exposes 8000-8010/tcp',
        undefined,
      ],
    ]);
  });

  it('makes no claim when the Dockerfile is not scanned, exposes nothing in its image, or exposes a variable', () => {
    expect(hits([compose()])).toEqual([]);
    expect(
      hits([compose(), { ...exposed(8080), facts: { kind: 'dockerfile' }, scope: 'app/Dockerfile#stage0' }]),
    ).toEqual([]);
    expect(hits([compose(), exposed(8080), { ...exposed(null), unresolvedVariable: 'PORT' }])).toEqual([]);
    expect(hits([compose({ buildDockerfile: 'other/Dockerfile' }), exposed(8080)])).toEqual([]);
  });

  it('only checks container ports with a number of services that build', () => {
    expect(hits([compose({ role: 'host' }), exposed(8080)])).toEqual([]);
    expect(hits([compose({ port: null, endPort: null, unresolvedVariable: 'P' }), exposed(8080)])).toEqual(
      [],
    );
    expect(hits([compose({ buildDockerfile: undefined }), exposed(8080)])).toEqual([]);
  });

  it('matches a Dockerfile path written with ./ or a custom dockerfile name', () => {
    expect(hits([compose({ buildDockerfile: './app/Dockerfile' }), exposed(8080)])).toHaveLength(1);
    const custom = { ...exposed(8080), file: 'app/Dockerfile.prod' };
    expect(hits([compose({ buildDockerfile: 'app/Dockerfile.prod' }), custom]).map((h) => h[5])).toEqual([
      'service "web" publishes container port 80/tcp, but app/Dockerfile.prod exposes 8080/tcp',
    ]);
  });

  it('works on real parser output: only the final image counts, including stages it is built FROM', () => {
    const parse = (text: string): ClassifiedPort[] =>
      parseDockerfile({ path: 'app/Dockerfile', text, readSibling: () => undefined }).ports;
    // The build stage exposes 3000, but the image is nginx with no EXPOSE of its own: no claim.
    const nginx = parse('FROM node:20 AS build\nEXPOSE 3000\nFROM nginx:1.27\nCOPY --from=build /app /srv\n');
    expect(hits([compose({ port: 80 }), ...nginx])).toEqual([]);
    // The final stage is built FROM base, so it exposes base's 5000 and its own 9090.
    const inherited = parse(
      'FROM node:20 AS base\nEXPOSE 5000\nFROM node:20 AS dev\nEXPOSE 7000\nFROM base\nEXPOSE 9090\n',
    );
    expect(hits([compose({ port: 5000, endPort: 5000 }), ...inherited])).toEqual([]);
    expect(hits([compose({ port: 7000, endPort: 7000 }), ...inherited]).map((h) => h[5])).toEqual([
      'service "web" publishes container port 7000/tcp, but app/Dockerfile exposes 5000/tcp, 9090/tcp',
    ]);
  });
});
