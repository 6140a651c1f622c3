import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseHelmValues } from '../../src/parsers/helm-values.js';
import { contextTuples, parserFor } from '../helpers/parse.js';

const { parse, parseFixture } = parserFor(parseHelmValues, 'helm', 'charts/web/values.yaml', 'charts/');
const tuples = contextTuples;

describe('parseHelmValues', () => {
  it('reads nested port keys, ports lists, named-port maps and merged anchors; skips probes, annotations, env and args', () => {
    const result = parseFixture('web/values.yaml');
    expect(tuples(result)).toEqual([
      [10, 9, 80, 80, 'tcp', 'service', { keyPath: 'service.port' }],
      [11, 15, 8080, 8080, 'tcp', 'target', { keyPath: 'service.targetPort' }],
      [12, 13, 30080, 30080, 'tcp', 'node', { keyPath: 'service.nodePort' }],
      [16, 16, 8080, 8080, 'tcp', 'container', { keyPath: 'containerPort' }],
      // A numeric string is a number; hostPort 0, null, a template string and false are not ports.
      [17, 15, 9090, 9090, 'tcp', 'service', { keyPath: 'metricsPort' }],
      [26, 20, 8080, 8080, 'tcp', 'container', { keyPath: 'ports[0].containerPort', portName: 'http' }],
      [28, 20, 5514, 5514, 'udp', 'container', { keyPath: 'ports[1].containerPort', portName: 'syslog_udp' }],
      [30, 5, 9000, 9000, 'tcp', 'service', { keyPath: 'ports[2]' }],
      [35, 13, 80, 80, 'tcp', 'service', { keyPath: 'gateway.service.ports.http', portName: 'http' }],
      [36, 14, 443, 443, 'tcp', 'service', { keyPath: 'gateway.service.ports.https', portName: 'https' }],
      // Declared once, where it is written; `sidecar` merges it (`<<: *meshDefaults`).
      [56, 9, 15090, 15090, 'tcp', 'service', { keyPath: 'mesh.port' }],
      [59, 14, 15000, 15000, 'tcp', 'service', { keyPath: 'sidecar.adminPort' }],
    ]);
    expect(result.diagnostics).toEqual([]);
    for (const port of result.ports) {
      expect(port).toMatchObject({
        file: 'charts/web/values.yaml',
        kind: 'helm-values',
        scope: 'charts/web#values',
      });
    }
    expect(result.ports[4]!.raw).toBe('9090');
  });

  it('scopes every values file of a chart to the chart folder', () => {
    const result = parseFixture('web/values-production.yaml');
    expect(tuples(result)).toEqual([[3, 9, 443, 443, 'tcp', 'service', { keyPath: 'service.port' }]]);
    expect(result.ports[0]!.scope).toBe('charts/web#values');
    expect(parse('port: 80\n', 'values.yaml').ports[0]!.scope).toBe('.#values');
  });

  it('takes the role from the key and ignores keys that are not port keys', () => {
    const text = [
      'a:',
      '  hostPort: 8443',
      '  httpNodePort: 30902',
      '  nodePortTls: 30443',
      '  servicePort: 10901',
      '  http_port: 3000',
      '  portName: 8080',
      '  ports: 80',
      '  import: 1',
      '  extraPorts:',
      '    - {name: grpc, port: 9095, targetPort: 9095, protocol: TCP}',
      '  containerPorts: [7000]',
    ].join('\n');
    expect(tuples(parse(text))).toEqual([
      [2, 13, 8443, 8443, 'tcp', 'host', { keyPath: 'a.hostPort' }],
      [3, 17, 30902, 30902, 'tcp', 'node', { keyPath: 'a.httpNodePort' }],
      [4, 16, 30443, 30443, 'tcp', 'node', { keyPath: 'a.nodePortTls' }],
      [5, 16, 10901, 10901, 'tcp', 'service', { keyPath: 'a.servicePort' }],
      [11, 26, 9095, 9095, 'tcp', 'service', { keyPath: 'a.extraPorts[0].port', portName: 'grpc' }],
      [11, 44, 9095, 9095, 'tcp', 'target', { keyPath: 'a.extraPorts[0].targetPort', portName: 'grpc' }],
      [12, 20, 7000, 7000, 'tcp', 'container', { keyPath: 'a.containerPorts[0]' }],
    ]);
  });

  it('skips references: ingress backends, network policies, service monitors, probes under other keys', () => {
    const text = [
      'ingress:',
      '  servicePort: 80',
      'thanosIngress:',
      '  nodePort: 30901',
      'networkPolicy:',
      '  egress: {port: 443}',
      'serviceMonitor:',
      '  port: 9090',
      'liveness:',
      '  probe:',
      '    httpGet: {port: 9091}',
      'startupProbe: {tcpSocket: {port: 1}}',
      'extraEnv: [{name: PORT, value: "8080"}]',
    ].join('\n');
    expect(parse(text)).toEqual({ ports: [], diagnostics: [] });
  });

  it('survives an alias bomb: each anchored node is walked once', () => {
    const lines = ['a: &a [{port: 1}, {port: 2}]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `l${i}: &l${i} [${Array(10)
          .fill(i === 1 ? '*a' : `*l${i - 1}`)
          .join(', ')}]`,
      );
    lines.push('m1: &m1 {port: 3}', 'm2: &m2 {<<: [*m1, *m1]}', 'm3: {<<: [*m2, *m2]}');
    const started = Date.now();
    const result = parse(lines.join('\n'));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(tuples(result)).toEqual([
      [1, 15, 1, 1, 'tcp', 'service', { keyPath: 'a[0].port' }],
      [1, 26, 2, 2, 'tcp', 'service', { keyPath: 'a[1].port' }],
      [13, 16, 3, 3, 'tcp', 'service', { keyPath: 'm1.port' }],
    ]);
  });

  it('caps the depth of the walk at 100', () => {
    const nested = (depth: number): string =>
      Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}a:`).join('\n') +
      `\n${' '.repeat(depth)}port: 80\n`;
    expect(parse(nested(99)).ports.map((p) => p.port)).toEqual([80]);
    expect(parse(nested(300))).toEqual({ ports: [], diagnostics: [] });
  });

  it('reports a YAML error as a parse-error and keeps the other documents', () => {
    const result = parse('port: 80\n---\nservice:\n  port: [\n---\nmetricsPort: 9100\n');
    expect(tuples(result)).toEqual([
      [1, 7, 80, 80, 'tcp', 'service', { keyPath: 'port' }],
      [6, 14, 9100, 9100, 'tcp', 'service', { keyPath: 'metricsPort' }],
    ]);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]!.ruleId).toBe('parse-error');
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(Array.isArray(parse(`ports:\n${text}`).ports)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('gives a server the chart connects to the role connect, and keeps its own ports', () => {
    const result = parse(
      [
        'service:',
        '  port: 7070',
        'server:',
        '  host: 0.0.0.0',
        '  port: 5050',
        'externalDatabase:',
        '  host: pg.example.com',
        '  port: 1521',
        'externalRedis:',
        '  redis:',
        '    port: 6380',
        'database:',
        '  port: 3306',
        'smtp:',
        '  port: 25',
        'adapter:',
        '  prometheus:',
        '    url: http://prometheus.monitoring.svc',
        '    port: 9100',
        'postfixIp: 192.0.2.10',
        'postfixPort: 3425',
        'metricsPort: 9102',
        'redis:',
        '  tag: 7.2-alpine',
        '  port: 6379',
        'ports:',
        '  - name: db',
        '    port: 5432',
        '    host: db',
      ].join('\n'),
    );
    expect(result.ports.map((p) => [p.line, p.column, p.port, p.role, p.context.keyPath])).toEqual([
      [2, 9, 7070, 'service', 'service.port'],
      [5, 9, 5050, 'service', 'server.port'],
      [8, 9, 1521, 'connect', 'externalDatabase.port'],
      [11, 11, 6380, 'connect', 'externalRedis.redis.port'],
      [13, 9, 3306, 'connect', 'database.port'],
      [15, 9, 25, 'connect', 'smtp.port'],
      [19, 11, 9100, 'connect', 'adapter.prometheus.port'],
      [21, 14, 3425, 'connect', 'postfixPort'],
      [22, 14, 9102, 'service', 'metricsPort'],
      // A redis the chart runs (it has an image tag) listens on its own port.
      [25, 9, 6379, 'service', 'redis.port'],
      // An item of a ports list declares a port, whatever its neighbours say.
      [28, 11, 5432, 'service', 'ports[0].port'],
    ]);
  });
});
