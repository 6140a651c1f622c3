import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { resolveNamedTargetPorts } from '../../src/link/resolve-target-ports.js';
import { parseKubernetes } from '../../src/parsers/kubernetes.js';
import type { DeclaredPort } from '../../src/types.js';

const FIXTURES = new URL('../fixtures/kubernetes/', import.meta.url);

function parseFile(name: string): DeclaredPort[] {
  const text = readFileSync(new URL(name, FIXTURES), 'utf8');
  return parseKubernetes({ path: `k8s/${name}`, text, readSibling: () => undefined }).ports;
}

function parseText(path: string, text: string): DeclaredPort[] {
  return parseKubernetes({ path, text, readSibling: () => undefined }).ports;
}

/** [file, line, column, port, endPort, protocol, portRef] of the target ports */
function targets(ports: readonly DeclaredPort[]): unknown[][] {
  return ports
    .filter((p) => p.role === 'target')
    .map((p) => [p.file, p.line, p.column, p.port, p.endPort, p.protocol, p.portRef]);
}

const deployment = (name: string, labels: string, ports: string, namespace = 'default'): string =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    `metadata: {name: ${name}, namespace: ${namespace}}`,
    'spec:',
    '  template:',
    `    metadata: {labels: ${labels}}`,
    '    spec:',
    '      containers:',
    `        - name: ${name}`,
    `          ports: ${ports}`,
    '',
  ].join('\n');

const service = (selector: string, port: string): string =>
  [
    'apiVersion: v1',
    'kind: Service',
    'metadata: {name: svc}',
    'spec:',
    `  selector: ${selector}`,
    `  ports: [${port}]`,
    '',
  ].join('\n');

describe('resolveNamedTargetPorts', () => {
  it('resolves a Service targetPort through a Deployment declared in another file', () => {
    const ports = [...parseFile('shop/service.yaml'), ...parseFile('shop/deployment.yaml')];
    resolveNamedTargetPorts(ports);
    expect(targets(ports)).toEqual([
      ['k8s/shop/service.yaml', 13, 19, 8080, 8080, 'tcp', undefined],
      ['k8s/shop/service.yaml', 17, 20, 9090, 9090, 'tcp', undefined],
      // `dns` is the UDP container port 53; `dns-tcp` has another name.
      ['k8s/shop/service.yaml', 20, 19, 53, 53, 'udp', undefined],
      // Another namespace: the shop pods are not selected.
      ['k8s/shop/service.yaml', 34, 19, null, null, 'tcp', 'http'],
      // No selector: nothing to resolve through.
      ['k8s/shop/service.yaml', 45, 19, null, null, 'tcp', 'http'],
    ]);
    const resolved = ports.find((p) => p.role === 'target' && p.line === 13)!;
    expect(resolved.raw).toBe('http');
    expect(resolved.context.portName).toBe('http');
  });

  it('resolves through a List', () => {
    const ports = parseFile('list.yaml');
    resolveNamedTargetPorts(ports);
    expect(targets(ports)).toEqual([['k8s/list.yaml', 31, 23, 6379, 6379, 'tcp', undefined]]);
  });

  it('needs every selector label on the pod, the same protocol and a matching name', () => {
    const ports = [
      ...parseText('a.yaml', deployment('a', '{app: web}', '[{name: http, containerPort: 8080}]')),
      ...parseText(
        'b.yaml',
        deployment('b', '{app: web, tier: api}', '[{name: dns, containerPort: 53, protocol: UDP}]'),
      ),
      ...parseText('s1.yaml', service('{app: web, tier: api}', '{port: 80, targetPort: http}')),
      ...parseText('s2.yaml', service('{app: web}', '{port: 53, targetPort: dns}')),
      ...parseText('s3.yaml', service('{app: web}', '{port: 81, targetPort: grpc}')),
      ...parseText('s4.yaml', service('{}', '{port: 82, targetPort: http}')),
    ];
    resolveNamedTargetPorts(ports);
    expect(targets(ports)).toEqual([
      ['s1.yaml', 6, 34, null, null, 'tcp', 'http'],
      ['s2.yaml', 6, 34, null, null, 'tcp', 'dns'],
      ['s3.yaml', 6, 34, null, null, 'tcp', 'grpc'],
      ['s4.yaml', 6, 34, null, null, 'tcp', 'http'],
    ]);
  });

  it('keeps the first number in file order when selected pods disagree', () => {
    const ports = [
      ...parseText('z.yaml', deployment('z', '{app: web}', '[{name: http, containerPort: 9000}]')),
      ...parseText('s.yaml', service('{app: web}', '{port: 80, targetPort: http}')),
      ...parseText('a.yaml', deployment('a', '{app: web, v: "2"}', '[{name: http, containerPort: 8080}]')),
    ];
    resolveNamedTargetPorts(ports);
    expect(targets(ports)).toEqual([['s.yaml', 6, 34, 8080, 8080, 'tcp', undefined]]);
  });

  it('leaves numeric targetPorts and unresolved variables alone', () => {
    const ports = [
      ...parseText('a.yaml', deployment('a', '{app: web}', '[{name: http, containerPort: 8080}]')),
      ...parseText(
        's.yaml',
        service('{app: web}', '{port: 80, targetPort: 8081}, {port: 81, targetPort: $(HTTP)}'),
      ),
    ];
    resolveNamedTargetPorts(ports);
    expect(targets(ports)).toEqual([
      ['s.yaml', 6, 34, 8081, 8081, 'tcp', undefined],
      ['s.yaml', 6, 64, null, null, 'tcp', undefined],
    ]);
  });
});
