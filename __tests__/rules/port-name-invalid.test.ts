import { describe, expect, it } from '@jest/globals';
import { parseHelmValues } from '../../src/parsers/helm-values.js';
import { parseKubernetes } from '../../src/parsers/kubernetes.js';
import {
  dnsLabelProblems,
  ianaServiceNameProblems,
  portNameInvalid,
} from '../../src/rules/port-name-invalid.js';
import type { RuleHit } from '../../src/rules/types.js';
import type { ClassifiedPort } from '../../src/types.js';

function check(ports: ClassifiedPort[]): RuleHit[] {
  return portNameInvalid.check!({ ports, registry: {} as never, matcher: {} as never, options: {} });
}

function k8s(text: string, path = 'k8s/app.yaml'): ClassifiedPort[] {
  return parseKubernetes({ path, text, readSibling: () => undefined }).ports;
}

/** [file, line, column, port, message] */
const brief = (hits: RuleHit[]): unknown[][] =>
  hits.map((h) => [h.file, h.line, h.column, h.port, h.message]);

const POD = [
  'apiVersion: v1',
  'kind: Pod',
  'metadata: {name: p}',
  'spec:',
  '  containers:',
  '    - name: app',
  '      ports:',
  '        - {name: http_metrics, containerPort: 9090, hostPort: 9090}',
  '        - {name: http, containerPort: 8080}',
  '        - {name: a-very-long-port-name, containerPort: 8081}',
  '        - {name: "8443", containerPort: 8443}',
  '        - {name: -grpc--x-, containerPort: 9000}',
  '        - {name: web-metrics-01, containerPort: 9001}',
  '',
].join('\n');

const SERVICE = [
  'apiVersion: v1',
  'kind: Service',
  'metadata: {name: jaeger}',
  'spec:',
  '  ports:',
  '    - {name: jaeger-collector-http, port: 14268, targetPort: 14268, nodePort: 31268}',
  '    - {name: Admin, port: 80, targetPort: Admin_Port}',
  '',
].join('\n');

describe('port-name-invalid', () => {
  it('has its metadata', () => {
    expect(portNameInvalid).toMatchObject({ id: 'port-name-invalid', defaultSeverity: 'error' });
  });

  it('names each broken IANA_SVC_NAME condition, once per container port entry, at the containerPort', () => {
    expect(brief(check(k8s(POD)))).toEqual([
      [
        'k8s/app.yaml',
        8,
        47,
        9090,
        'port name "http_metrics" may contain only lower-case letters, digits and "-"',
      ],
      [
        'k8s/app.yaml',
        10,
        56,
        8081,
        'port name "a-very-long-port-name" must be at most 15 characters (it has 21)',
      ],
      ['k8s/app.yaml', 11, 41, 8443, 'port name "8443" must contain at least one letter'],
      [
        'k8s/app.yaml',
        12,
        44,
        9000,
        'port name "-grpc--x-" must not begin or end with "-"; must not contain "--"',
      ],
    ]);
  });

  it('checks Service port names as DNS labels and named targetPorts as IANA service names', () => {
    expect(brief(check(k8s(SERVICE, 'k8s/svc.yaml')))).toEqual([
      [
        'k8s/svc.yaml',
        7,
        27,
        80,
        'Service port name "Admin" may contain only lower-case letters, digits and "-"',
      ],
      [
        'k8s/svc.yaml',
        7,
        43,
        null,
        'targetPort name "Admin_Port" may contain only lower-case letters, digits and "-"',
      ],
    ]);
  });

  it('checks the name: of a Helm ports list item, not named-port map keys or plain keys', () => {
    const text = [
      'ports:',
      '  - name: syslog_udp',
      '    containerPort: 5514',
      '    hostPort: 5514',
      '  - {name: grpc, containerPort: 9095}',
      'service:',
      '  ports: {http_alt: 8080}',
      '  extraPorts:',
      '    - {name: guacamole-server, port: 80, targetPort: 8080}',
    ].join('\n');
    const ports = parseHelmValues({ path: 'chart/values.yaml', text, readSibling: () => undefined }).ports;
    expect(brief(check(ports))).toEqual([
      [
        'chart/values.yaml',
        3,
        20,
        5514,
        'port name "syslog_udp" may contain only lower-case letters, digits and "-"',
      ],
    ]);
  });

  it('knows the rules exactly', () => {
    expect(ianaServiceNameProblems('http')).toEqual([]);
    expect(ianaServiceNameProblems('a1-b2')).toEqual([]);
    expect(ianaServiceNameProblems('123456789012345')).toEqual(['must contain at least one letter']);
    expect(ianaServiceNameProblems('abcdefghijklmno')).toEqual([]);
    expect(dnsLabelProblems('8080')).toEqual([]);
    expect(dnsLabelProblems('x'.repeat(64))).toEqual(['must be at most 63 characters (it has 64)']);
    expect(dnsLabelProblems('web-')).toEqual(['must begin and end with a letter or digit']);
  });
});
