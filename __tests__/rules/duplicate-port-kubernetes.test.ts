import { describe, expect, it } from '@jest/globals';
import { parseKubernetes } from '../../src/parsers/kubernetes.js';
import { kubernetesDuplicates } from '../../src/rules/duplicate-port-kubernetes.js';
import type { RuleHit } from '../../src/rules/types.js';
import type { ClassifiedPort } from '../../src/types.js';

function k8s(path: string, text: string): ClassifiedPort[] {
  return parseKubernetes({ path, text, readSibling: () => undefined }).ports;
}

/** [file, line, column, port, protocol, message] */
const brief = (hits: RuleHit[]): unknown[][] =>
  hits.map((h) => [h.file, h.line, h.column, h.port, h.protocol, h.message]);

const workload = (kind: string, name: string, containers: string[]): string =>
  [
    'apiVersion: apps/v1',
    `kind: ${kind}`,
    `metadata: {name: ${name}}`,
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    ...containers.map((c) => `        - ${c}`),
    '',
  ].join('\n');

const nodePortService = (name: string, ports: string): string =>
  [
    'apiVersion: v1',
    'kind: Service',
    `metadata: {name: ${name}}`,
    'spec:',
    '  type: NodePort',
    `  ports: ${ports}`,
    '',
  ].join('\n');

describe('kubernetesDuplicates', () => {
  it('(a) reports a nodePort already held by another Service, whatever the protocol', () => {
    const ports = [
      ...k8s(
        'k8s/b.yaml',
        nodePortService('b', '[{port: 80, nodePort: 30080}, {port: 53, nodePort: 30053, protocol: UDP}]'),
      ),
      ...k8s(
        'k8s/a.yaml',
        nodePortService('a', '[{port: 80, nodePort: 30080}, {port: 53, nodePort: 30053}]'),
      ),
    ];
    expect(brief(kubernetesDuplicates(ports))).toEqual([
      [
        'k8s/b.yaml',
        6,
        32,
        30080,
        'tcp',
        'nodePort 30080/tcp is already declared by Service/a at k8s/a.yaml:6:32',
      ],
      [
        'k8s/b.yaml',
        6,
        61,
        30053,
        'udp',
        'nodePort 30053/udp is already declared by Service/a (as 30053/tcp) at k8s/a.yaml:6:61',
      ],
    ]);
  });

  it('(a) within one Service, the same nodePort clashes only on the same protocol', () => {
    const text = nodePortService(
      'dns',
      '[{port: 53, nodePort: 30053}, {port: 53, nodePort: 30053, protocol: UDP}, {port: 54, nodePort: 30053}]',
    );
    expect(brief(kubernetesDuplicates(k8s('k8s/dns.yaml', text)))).toEqual([
      [
        'k8s/dns.yaml',
        6,
        105,
        30053,
        'tcp',
        'nodePort 30053/tcp is already declared by Service/dns at k8s/dns.yaml:6:32',
      ],
    ]);
  });

  it('(b) reports two containers of one pod template on the same containerPort/protocol', () => {
    const text = workload('Deployment', 'web', [
      '{name: a, ports: [{containerPort: 8080}]}',
      '{name: b, ports: [{containerPort: 8080, protocol: UDP}, {containerPort: 8080}]}',
    ]);
    const other = workload('Deployment', 'api', ['{name: a, ports: [{containerPort: 8080}]}']);
    expect(
      brief(kubernetesDuplicates([...k8s('k8s/app.yaml', text), ...k8s('k8s/api.yaml', other)])),
    ).toEqual([
      [
        'k8s/app.yaml',
        9,
        83,
        8080,
        'tcp',
        '8080/tcp is already declared by container "a" in Deployment/web at k8s/app.yaml:8:45',
      ],
    ]);
  });

  it('(c) reports a hostPort used by two workloads, and twice in one pod, unless the hostIPs differ', () => {
    const edge = workload('DaemonSet', 'edge', [
      '{name: proxy, ports: [{containerPort: 80, hostPort: 80}, {containerPort: 81, hostPort: 80}]}',
    ]);
    const web = workload('Deployment', 'web', [
      '{name: nginx, ports: [{containerPort: 8080, hostPort: 80}]}',
    ]);
    const lan = workload('Deployment', 'lan', [
      '{name: a, ports: [{containerPort: 443, hostPort: 443, hostIP: 10.0.0.1}]}',
      '{name: b, ports: [{containerPort: 444, hostPort: 443, hostIP: 10.0.0.2}]}',
    ]);
    const ports = [...k8s('k8s/web.yaml', web), ...k8s('k8s/edge.yaml', edge), ...k8s('k8s/lan.yaml', lan)];
    expect(brief(kubernetesDuplicates(ports))).toEqual([
      [
        'k8s/edge.yaml',
        8,
        98,
        80,
        'tcp',
        'hostPort 80/tcp is already declared by container "proxy" in DaemonSet/edge at k8s/edge.yaml:8:63',
      ],
      [
        'k8s/web.yaml',
        8,
        65,
        80,
        'tcp',
        'hostPort 80/tcp is already declared by container "proxy" in DaemonSet/edge at k8s/edge.yaml:8:63',
      ],
    ]);
  });

  it('(d) reads one container declaring the same containerPort/protocol twice as one socket under two names', () => {
    // ingress-nginx's TLS-terminating manifests name port 80 both `http` and `https`: one listener.
    const text = workload('StatefulSet', 'db', [
      '{name: pg, ports: [{name: pg, containerPort: 5432}, {name: pg-alt, containerPort: 5432}]}',
    ]);
    expect(brief(kubernetesDuplicates(k8s('k8s/db.yaml', text)))).toEqual([]);
  });

  it('(e) clashes hostPorts of different workloads only when a DaemonSet of the same folder is one of them', () => {
    const edge = workload('DaemonSet', 'edge', ['{name: proxy, ports: [{containerPort: 80, hostPort: 80}]}']);
    const web = workload('Deployment', 'web', [
      '{name: nginx, ports: [{containerPort: 8080, hostPort: 80}]}',
    ]);
    const api = workload('Deployment', 'api', ['{name: api, ports: [{containerPort: 8081, hostPort: 80}]}']);
    const ports = [
      ...k8s('edge/daemonset.yaml', edge),
      ...k8s('web/deployment.yaml', web),
      ...k8s('web/api.yaml', api),
      ...k8s('other/deployment.yaml', web),
    ];
    expect(brief(kubernetesDuplicates(ports))).toEqual([]);
    expect(brief(kubernetesDuplicates([...ports, ...k8s('web/edge.yaml', edge)]))).toEqual([
      [
        'web/edge.yaml',
        8,
        63,
        80,
        'tcp',
        'hostPort 80/tcp is already declared by container "api" in Deployment/api at web/api.yaml:8:63',
      ],
    ]);
  });

  it('(e) reports a nodePort held by two Services of different folders only as one cluster would see it', () => {
    const a = nodePortService('a', '[{port: 80, nodePort: 30080}]');
    const b = nodePortService('b', '[{port: 80, nodePort: 30080}]');
    expect(kubernetesDuplicates([...k8s('shop/svc.yaml', a), ...k8s('blog/svc.yaml', b)])).toEqual([]);
  });

  it('treats one object written in two files (a base and its patch) as the same object', () => {
    const base = workload('Deployment', 'web', ['{name: app, ports: [{containerPort: 8080, hostPort: 80}]}']);
    const patch = workload('Deployment', 'web', [
      '{name: app, ports: [{containerPort: 8080, hostPort: 80}]}',
    ]);
    const svc = nodePortService('web', '[{port: 80, nodePort: 30080}]');
    const ports = [
      ...k8s('base/web.yaml', base),
      ...k8s('overlays/prod/web.yaml', patch),
      ...k8s('base/svc.yaml', svc),
      ...k8s('overlays/prod/svc.yaml', svc),
    ];
    expect(kubernetesDuplicates(ports)).toEqual([]);
  });

  it('ignores other kinds, unresolved ports and pods of different objects', () => {
    const a = workload('Deployment', 'a', [
      '{name: x, ports: [{containerPort: 8080}, {containerPort: $(P)}]}',
    ]);
    const b = workload('Deployment', 'b', [
      '{name: x, ports: [{containerPort: 8080}, {containerPort: $(P)}]}',
    ]);
    const ports = [...k8s('a.yaml', a), ...k8s('b.yaml', b)];
    expect(kubernetesDuplicates(ports)).toEqual([]);
    expect(kubernetesDuplicates(ports.map((p) => ({ ...p, kind: 'compose' as const, scope: 'x' })))).toEqual(
      [],
    );
  });

  it('cites the declaration it clashes with', () => {
    const text = workload('Deployment', 'web', [
      '{name: a, ports: [{containerPort: 8080}]}',
      '{name: b, ports: [{containerPort: 8080}]}',
    ]);
    const [hit] = kubernetesDuplicates(k8s('k8s/app.yaml', text));
    expect(hit!.declared).toMatchObject({ line: 9, context: { container: 'b' } });
  });
});
