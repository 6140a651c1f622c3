import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseKubernetes } from '../../src/parsers/kubernetes.js';
import { factsOf } from '../../src/types.js';
import { contextTuples, parserFor, withMessages } from '../helpers/parse.js';

const {
  parse,
  parseFixture,
  folder: FIXTURES,
} = parserFor(parseKubernetes, 'kubernetes', 'k8s/app.yaml', 'k8s/');
const tuples = contextTuples;

describe('parseKubernetes: workloads', () => {
  it('reads containers and initContainers of a Deployment, with names, protocols, hostPort and hostIP', () => {
    const result = parseFixture('shop/deployment.yaml');
    const web = { namespace: 'shop', object: 'Deployment/web' };
    const app = { ...web, container: 'app', image: 'ghcr.io/example/shop:1.4' };
    const dns = { ...web, container: 'dns-cache', image: 'coredns/coredns:1.11.1' };
    expect(tuples(result)).toEqual([
      [
        27,
        30,
        8081,
        8081,
        'tcp',
        'container',
        {
          ...web,
          container: 'migrate',
          image: 'ghcr.io/example/shop-migrate:1.4',
          portName: 'migrate-admin',
        },
      ],
      [38, 30, 8080, 8080, 'tcp', 'container', { ...app, portName: 'http' }],
      [40, 30, 9090, 9090, 'tcp', 'container', { ...app, portName: 'metrics' }],
      [53, 30, 53, 53, 'udp', 'container', { ...dns, portName: 'dns' }],
      [54, 25, 5353, 5353, 'udp', 'host', { ...dns, portName: 'dns', hostIp: '127.0.0.1' }],
      // A quoted number: the position is the digit after the quote.
      [58, 31, 53, 53, 'tcp', 'container', { ...dns, portName: 'dns-tcp' }],
    ]);
    expect(result.diagnostics).toEqual([]);
    for (const port of result.ports) {
      expect(port).toMatchObject({
        file: 'k8s/shop/deployment.yaml',
        kind: 'kubernetes',
        scope: 'shop/Deployment/web',
        facts: { kind: 'kubernetes', podLabels: { app: 'web', tier: 'frontend' } },
      });
      expect(factsOf(port, 'kubernetes')?.selector).toBeUndefined();
    }
    expect(result.ports[5]!.raw).toBe('53');
  });

  it('does not report probe ports, the prometheus.io/port annotation, env values or args flags', () => {
    const lines = parseFixture('shop/deployment.yaml').ports.map((p) => p.line);
    // 21 prometheus.io/port, 32 args, 35 env PORT, 45 livenessProbe httpGet.port, 48 readinessProbe tcpSocket.port
    for (const line of [21, 32, 35, 45, 48]) expect(lines).not.toContain(line);
  });

  it('reads a CronJob through spec.jobTemplate.spec.template, and a Pod with ephemeralContainers', () => {
    const result = parseFixture('cronjob.yaml');
    expect(tuples(result)).toEqual([
      [
        19,
        34,
        9102,
        9102,
        'tcp',
        'container',
        {
          object: 'CronJob/report',
          container: 'exporter',
          image: 'ghcr.io/example/report:2.0',
          portName: 'metrics',
        },
      ],
      [
        33,
        26,
        80,
        80,
        'tcp',
        'container',
        { object: 'Pod/debug-target', container: 'main', image: 'nginx:1.27' },
      ],
      [
        38,
        26,
        2345,
        2345,
        'sctp',
        'container',
        { object: 'Pod/debug-target', container: 'debugger', image: 'busybox:1.36' },
      ],
    ]);
    expect(result.ports.map((p) => [p.scope, factsOf(p, 'kubernetes')?.podLabels])).toEqual([
      ['default/CronJob/report', { app: 'report' }],
      ['default/Pod/debug-target', { app: 'debug' }],
      ['default/Pod/debug-target', { app: 'debug' }],
    ]);
  });

  it('reads the items of a List', () => {
    const result = parseFixture('list.yaml');
    expect(tuples(result)).toEqual([
      [
        20,
        34,
        6379,
        6379,
        'tcp',
        'container',
        { object: 'StatefulSet/cache', container: 'redis', image: 'redis:7.2', portName: 'redis' },
      ],
      [30, 17, 6379, 6379, 'tcp', 'service', { object: 'Service/cache', service: 'cache' }],
      [31, 23, null, null, 'tcp', 'target', { object: 'Service/cache', service: 'cache' }],
    ]);
    expect(result.ports[2]).toMatchObject({
      portRef: 'redis',
      raw: 'redis',
      facts: { kind: 'kubernetes', selector: { app: 'cache' } },
    });
  });

  it('reads variables as unresolved ports, a default as its value, and reports text that is not a number', () => {
    const result = parseFixture('variables.yaml');
    const context = {
      object: 'Pod/templated-by-envsubst',
      container: 'app',
      image: 'ghcr.io/example/app:1.0',
    };
    expect(tuples(result)).toEqual([
      [10, 26, null, null, 'tcp', 'container', context],
      [11, 26, null, null, 'tcp', 'container', context],
      [12, 26, 9001, 9001, 'tcp', 'container', context],
      // Out of range: kept as written for the invalid-port rule.
      [14, 26, 70000, 70000, 'tcp', 'container', context],
    ]);
    expect(result.ports.map((p) => [p.raw, p.unresolvedVariable])).toEqual([
      ['$(APP_PORT)', 'APP_PORT'],
      ['${METRICS_PORT}', 'METRICS_PORT'],
      ['${ADMIN_PORT:-9001}', undefined],
      ['70000', undefined],
    ]);
    const notANumber = { ruleId: 'invalid-port', messageId: 'notANumber' };
    expect(result.diagnostics).toEqual([
      { ...notANumber, data: { key: 'containerPort', raw: 'eighty' }, line: 13, column: 26 },
      { ...notANumber, data: { key: 'containerPort', raw: '8080.5' }, line: 15, column: 26 },
    ]);
  });

  it('reads hostPort: 0 and nodePort: 0 as unset, as Kubernetes does', () => {
    const text = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: p}',
      'spec:',
      '  containers:',
      '    - name: c',
      '      ports:',
      '        - {containerPort: 80, hostPort: 0}',
    ].join('\n');
    expect(tuples(parse(text))).toEqual([
      [8, 27, 80, 80, 'tcp', 'container', { object: 'Pod/p', container: 'c' }],
    ]);
  });
});

describe('parseKubernetes: Services', () => {
  it('reads port, numeric and named targetPort, nodePort, selector and namespace', () => {
    const result = parseFixture('shop/service.yaml');
    const web = { namespace: 'shop', object: 'Service/web', service: 'web' };
    const mirror = { namespace: 'mirror', object: 'Service/web-mirror', service: 'web-mirror' };
    const external = { namespace: 'shop', object: 'Service/external-web', service: 'external-web' };
    expect(tuples(result)).toEqual([
      [12, 13, 80, 80, 'tcp', 'service', { ...web, portName: 'http' }],
      [13, 19, null, null, 'tcp', 'target', { ...web, portName: 'http' }],
      [14, 17, 30080, 30080, 'tcp', 'node', { ...web, portName: 'http' }],
      [16, 13, 9090, 9090, 'tcp', 'service', { ...web, portName: 'metrics' }],
      // targetPort: "9090" is a number, not a name.
      [17, 20, 9090, 9090, 'tcp', 'target', { ...web, portName: 'metrics' }],
      [19, 13, 53, 53, 'udp', 'service', { ...web, portName: 'dns' }],
      [20, 19, null, null, 'udp', 'target', { ...web, portName: 'dns' }],
      [33, 13, 80, 80, 'tcp', 'service', mirror],
      [34, 19, null, null, 'tcp', 'target', mirror],
      [44, 13, 80, 80, 'tcp', 'service', external],
      [45, 19, null, null, 'tcp', 'target', external],
    ]);
    expect(result.ports.map((p) => p.portRef)).toEqual([
      undefined,
      'http',
      undefined,
      undefined,
      undefined,
      undefined,
      'dns',
      undefined,
      'http',
      undefined,
      'http',
    ]);
    expect(result.ports[0]).toMatchObject({
      scope: 'shop/Service/web',
      facts: { kind: 'kubernetes', selector: { app: 'web' } },
    });
    expect(factsOf(result.ports[9]!, 'kubernetes')?.selector).toBeUndefined();
    expect(result.ports[9]!.scope).toBe('shop/Service/external-web');
  });

  it('reads a CRLF file with the same positions', () => {
    const text = readFileSync(new URL('service-crlf.yaml', FIXTURES), 'utf8');
    expect(text).toContain('\r\n');
    const result = parse(text);
    const context = { object: 'Service/windows-edited', service: 'windows-edited', portName: 'web' };
    expect(tuples(result)).toEqual([
      [10, 13, 8088, 8088, 'tcp', 'service', context],
      [11, 19, 80, 80, 'tcp', 'target', context],
    ]);
    expect(result.ports[0]!.raw).toBe('8088');
    expect(result.diagnostics).toEqual([]);
  });
});

describe('parseKubernetes: what is not a declared port', () => {
  it('ignores ServiceMonitor, Ingress, webhook port references and a Knative Service', () => {
    expect(parseFixture('references.yaml')).toEqual({ ports: [], diagnostics: [] });
  });

  it('returns nothing for a Helm chart template (Go template, not YAML)', () => {
    expect(parseFixture('helm-template.yaml')).toEqual({ ports: [], diagnostics: [] });
    expect(
      parse(readFileSync(new URL('../fixtures/helm/web/templates/service.yaml', import.meta.url), 'utf8')),
    ).toEqual({
      ports: [],
      diagnostics: [],
    });
  });

  it('still reads a manifest whose string values hold Go-template text (dashboards, alert templates)', () => {
    expect(tuples(parseFixture('dashboard-configmap.yaml'))).toEqual([
      [
        28,
        30,
        3000,
        3000,
        'tcp',
        'container',
        {
          object: 'Deployment/grafana',
          container: 'grafana',
          image: 'grafana/grafana:11.2.0',
          portName: 'grafana',
        },
      ],
    ]);
  });

  it('skips a quoted template expression without a diagnostic', () => {
    const text =
      'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports:\n    - port: "{{ .Values.port }}"\n';
    expect(parse(text)).toEqual({ ports: [], diagnostics: [] });
  });

  it('ignores YAML without apiVersion and kind, and kinds that declare no ports', () => {
    expect(parse('ports:\n  - port: 80\n')).toEqual({ ports: [], diagnostics: [] });
    expect(parse('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  port: "80"\n')).toEqual({
      ports: [],
      diagnostics: [],
    });
  });
});

describe('parseKubernetes: broken input', () => {
  it('reports one parse-error for a bad document and still reads the documents around it', () => {
    const result = parseFixture('broken.yaml');
    expect(tuples(result)).toEqual([
      [7, 13, 8443, 8443, 'tcp', 'service', { object: 'Service/first', service: 'first' }],
      [
        29,
        30,
        4040,
        4040,
        'tcp',
        'container',
        { object: 'DaemonSet/agent', container: 'agent', image: 'ghcr.io/example/agent:0.9' },
      ],
    ]);
    expect(withMessages(result.diagnostics)).toEqual([
      { ruleId: 'parse-error', line: 16, column: 1, message: 'YAML: Sequence item without - indicator' },
    ]);
  });

  it('does not loop on a merge key that refers to its own map', () => {
    const text =
      'apiVersion: v1\nkind: Service\nmetadata: &m\n  <<: *m\n  name: s\nspec:\n  ports:\n    - port: 80\n';
    expect(tuples(parse(text))).toEqual([
      [8, 13, 80, 80, 'tcp', 'service', { object: 'Service/s', service: 's' }],
    ]);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = parse(`apiVersion: v1\nkind: Service\n${text}`);
        expect(Array.isArray(result.ports)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
