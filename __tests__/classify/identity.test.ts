import { describe, expect, it } from '@jest/globals';
import { createMatcher, imageName } from '../../src/classify/match.js';
import { recordComposeBuilds } from '../../src/link/compose-builds.js';
import { parseCompose } from '../../src/parsers/compose.js';
import { parseDockerfile } from '../../src/parsers/dockerfile.js';
import { parseHelmValues } from '../../src/parsers/helm-values.js';
import { factsOf, type DeclaredPort, type PortContext } from '../../src/types.js';

const matcher = createMatcher();

function port(
  kind: DeclaredPort['kind'],
  file: string,
  context: PortContext,
  extra: Partial<DeclaredPort> = {},
) {
  const declared: DeclaredPort = {
    file,
    line: 1,
    column: 1,
    port: 5050,
    endPort: 5050,
    protocol: 'tcp',
    role: 'container',
    kind,
    context,
    raw: '5050',
    ...extra,
  };
  return declared;
}

/** [label, software, source] */
function who(p: DeclaredPort): unknown[] {
  const identity = matcher.identify(p);
  return [identity.label, identity.software, identity.source];
}

const names = (...list: string[]) => list.map((name) => ({ name, description: '' }));

describe('imageName', () => {
  it.each([
    ['docker.io/bitnami/rabbitmq:3.13@sha256:0123abcd', 'rabbitmq'],
    ['localhost:5000/team/postgres:15-alpine', 'postgres'],
    ['mcr.microsoft.com/mssql/server:2022-latest', 'mssql'],
    ['${REGISTRY_URI:-instantlinux}/rsyslogd:${VERSION:-latest}', 'rsyslogd'],
  ])('%s -> %s', (image, expected) => {
    expect(imageName(image)).toBe(expected);
  });

  it.each(['$SERVICE_NAME', '${IMAGE}', 'ubuntu:24.04', 'node:22-alpine', 'gcr.io/distroless/static'])(
    '%s names no software',
    (image) => {
      expect(imageName(image)).toBeUndefined();
    },
  );
});

describe('identify: evidence, best first', () => {
  it('takes the image before the service and container names', () => {
    expect(
      who(port('compose', 'compose.yaml', { service: 'queue', image: 'bitnami/rabbitmq:3.13' })),
    ).toEqual(['rabbitmq', 'rabbitmq', 'image']);
  });

  it('takes the Compose service that builds a Dockerfile before its folder and base image', () => {
    const compose = parseCompose({
      path: 'compose.yaml',
      text: 'services:\n  rabbitmq:\n    build: ./docker\n    ports: ["5672:5672"]\n',
      readSibling: () => undefined,
    }).ports;
    const dockerfile = parseDockerfile({
      path: 'docker/Dockerfile',
      text: 'FROM alpine:3.20 AS runtime\nEXPOSE 5672\n',
      readSibling: () => undefined,
    }).ports;
    recordComposeBuilds([...compose, ...dockerfile]);
    expect(factsOf(dockerfile[0]!, 'dockerfile')?.builtBy).toEqual([{ service: 'rabbitmq' }]);
    expect(dockerfile[0]!.valueFrom).toEqual(['compose.yaml']);
    expect(who(dockerfile[0]!)).toEqual(['rabbitmq', 'rabbitmq', 'build']);
    expect(matcher.matches(dockerfile[0]!, names('amqp'))).toBe(true);
  });

  it("names Helm values after the chart's Chart.yaml", () => {
    const files: Record<string, string> = { 'deploy/helm/Chart.yaml': 'apiVersion: v2\nname: grafana\n' };
    const [values] = parseHelmValues({
      path: 'deploy/helm/values.yaml',
      text: 'service:\n  port: 3000\n',
      readSibling: (path) => (Object.hasOwn(files, path) ? files[path] : undefined),
    }).ports;
    expect(factsOf(values!, 'helm-values')?.chart).toBe('grafana');
    expect(values!.valueFrom).toEqual(['deploy/helm/Chart.yaml']);
    expect(who(values!)).toEqual(['grafana', 'grafana', 'chart']);
  });

  it('ignores a Chart.yaml name that is a template', () => {
    const [values] = parseHelmValues({
      path: 'chart/values.yaml',
      text: 'service:\n  port: 3000\n',
      readSibling: () => 'name: "{{ .Values.name }}"\n',
    }).ports;
    expect(factsOf(values!, 'helm-values')?.chart).toBeUndefined();
  });

  it('takes app.kubernetes.io/name, then app, from pod labels and selectors', () => {
    const labels = { 'app.kubernetes.io/name': 'keycloak', app: 'auth' };
    expect(
      who(
        port(
          'kubernetes',
          'k8s/a.yaml',
          { container: 'main' },
          { facts: { kind: 'kubernetes', podLabels: labels } },
        ),
      ),
    ).toEqual(['keycloak', 'keycloak', 'label']);
    expect(
      who(
        port(
          'kubernetes',
          'k8s/a.yaml',
          { service: 'front' },
          { facts: { kind: 'kubernetes', selector: { app: 'auth' } } },
        ),
      ),
    ).toEqual(['auth', 'auth', 'label']);
  });

  it('falls back to the nearest folder that is not a generic word', () => {
    expect(who(port('helm-values', 'images/rsyslogd/helm/values.yaml', { keyPath: 'service.port' }))).toEqual(
      ['rsyslogd', 'rsyslogd', 'folder'],
    );
    expect(who(port('dockerfile', 'rabbitmq/4.0/alpine/Dockerfile', { image: 'alpine:3.20' }))).toEqual([
      'rabbitmq',
      'rabbitmq',
      'folder',
    ]);
  });

  it('never names a build stage, a resource address, a key path or a variable', () => {
    const unnamed = [
      port('dockerfile', 'Dockerfile', { stage: 'production', image: 'ubuntu:24.04' }),
      port('terraform', 'infra/main.tf', { object: 'aws_security_group.instance' }),
      port('helm-values', 'values.yaml', { keyPath: 'deployment.containerPorts[0].containerPort' }),
      port('dotenv', 'shop/.env', { name: '_APP_DB_PORT' }),
      port('kubernetes', 'k8s/a.yaml', { container: '$SERVICE_NAME', image: '$SERVICE_NAME' }),
    ];
    expect(unnamed.map((p) => matcher.identify(p).software)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('matching names on their parts', () => {
  it.each([
    ['mysqldb', 'mysql'],
    ['rsyslogd', 'syslog'],
    ['opentelemetrycollector', 'opentelemetry'],
    ['otelcol', 'opentelemetry'],
    ['postgresql-ha', 'postgresql'],
    ['redis-master', 'redis'],
    ['mongo1', 'mongodb'],
    ['spark-ui-proxy', 'http'],
    ['docker-pi-hole', 'domain'],
    ['phpldapadmin', 'http'],
  ])('%s is %s', (container, service) => {
    expect(matcher.matches(port('kubernetes', 'k8s/a.yaml', { container }), names(service))).toBe(true);
  });

  it.each([
    ['hello-app', 'hello'],
    ['base', 'base'],
    ['redis-exporter', 'redis'],
    ['mongo-express', 'mongodb'],
    ['pi-hole-exporter', 'domain'],
    ['suppressions-dockerfile', 'docker-s'],
  ])('%s is not %s', (container, service) => {
    const p = port('kubernetes', 'k8s/a.yaml', { container });
    expect(matcher.matches(p, names(service))).toBe(false);
    expect(matcher.serviceNames(p)).not.toContain(service);
  });

  it('never matches a build stage name', () => {
    const p = port('dockerfile', 'api/Dockerfile', { stage: 'base', image: 'node:22' });
    expect(matcher.matches(p, names('base'))).toBe(false);
  });
});
