import { describe, expect, it } from '@jest/globals';
import { parseKubernetes } from '../../src/parsers/kubernetes.js';
import { parseCompose } from '../../src/parsers/compose.js';
import { parseNginx } from '../../src/parsers/nginx.js';
import { parseSpring } from '../../src/parsers/spring.js';
import { parseFly } from '../../src/parsers/fly.js';
import { protocolsOfAppProtocol, protocolsOfName } from '../../src/parsers/speaks.js';
import type { ParseResult } from '../../src/parsers/types.js';
import { parseText } from '../helpers/parse.js';

/** `DeclaredPort.speaks`: what each manifest says a port speaks, at exact positions. */
const parse = (text: string): ParseResult => parseText(parseKubernetes, 'k8s/app.yaml', text);
const speaks = (result: ParseResult): unknown[][] =>
  result.ports.map((p) => [p.line, p.column, p.port ?? p.portRef, p.role, p.speaks]);

describe('protocol words of names', () => {
  it('reads whole parts of a port name, never substrings', () => {
    expect(protocolsOfName('http')).toEqual(['http']);
    expect(protocolsOfName('http-metrics')).toEqual(['http']);
    expect(protocolsOfName('tcp-dns')).toEqual(['dns']);
    expect(protocolsOfName('grpc-web')).toEqual(['grpc', 'http']);
    expect(protocolsOfName('httpbin')).toEqual([]);
    expect(protocolsOfName('admin')).toEqual([]);
    expect(protocolsOfName('tls')).toEqual([]);
    expect(protocolsOfName(undefined)).toEqual([]);
  });

  it('reads an application protocol, prefixed or not', () => {
    expect(protocolsOfAppProtocol('kubernetes.io/h2c')).toEqual(['h2c']);
    expect(protocolsOfAppProtocol('kubernetes.io/wss')).toEqual(['https']);
    expect(protocolsOfAppProtocol('HTTP')).toEqual(['http']);
    expect(protocolsOfAppProtocol('example.com/custom')).toEqual([]);
  });
});

describe('parseKubernetes: what a port speaks', () => {
  const text = [
    'apiVersion: apps/v1', // 1
    'kind: Deployment',
    'metadata:',
    '  name: vote',
    'spec:', // 5
    '  template:',
    '    metadata:',
    '      labels: {app: vote}',
    '    spec:',
    '      containers:', // 10
    '        - name: vote',
    '          image: example/vote:1',
    '          ports:',
    '            - containerPort: 80',
    '            - containerPort: 8443', // 15
    '              name: admin',
    '              hostPort: 9443',
    '            - containerPort: 9000',
    '              name: grpc-api',
    '            - containerPort: 7000', // 20
    '          readinessProbe:',
    '            httpGet: {port: 80}',
    '          livenessProbe:',
    '            httpGet: {port: admin, scheme: HTTPS}',
    '          startupProbe:', // 25
    '            tcpSocket: {port: 7000}',
    '---',
    'apiVersion: v1',
    'kind: Service',
    'metadata:', // 30
    '  name: vote',
    'spec:',
    '  selector: {app: vote}',
    '  ports:',
    '    - port: 8080', // 35
    '      targetPort: 80',
    '      name: main',
    '    - port: 443',
    '      name: tls',
    '      targetPort: admin', // 40
    '    - port: 53',
    '      name: dns-tcp',
    '    - port: 8081',
    '      name: h2',
    '      appProtocol: kubernetes.io/h2c', // 45
    '    - port: 7000',
    '      name: raw',
    '',
  ].join('\n');

  it('reads port names, appProtocol and probes (by number and by name) into speaks', () => {
    const result = parse(text);
    expect(speaks(result)).toEqual([
      [14, 30, 80, 'container', ['http']],
      [15, 30, 8443, 'container', ['https']],
      [17, 25, 9443, 'host', ['https']],
      [18, 30, 9000, 'container', ['grpc']],
      // tcpSocket says nothing about the protocol.
      [20, 30, 7000, 'container', undefined],
      // The Service ports take what the container port they target in this file speaks.
      [35, 13, 8080, 'service', ['http']],
      [36, 19, 80, 'target', ['http']],
      [38, 13, 443, 'service', ['https']],
      [40, 19, 'admin', 'target', ['https']],
      [41, 13, 53, 'service', ['dns']],
      [43, 13, 8081, 'service', ['h2c']],
      [46, 13, 7000, 'service', undefined],
    ]);
  });

  it('says nothing for a Service that selects no pod of this file', () => {
    const result = parse(text.replace('selector: {app: vote}', 'selector: {app: other}'));
    expect(result.ports.filter((p) => p.role === 'service').map((p) => p.speaks)).toEqual([
      undefined,
      undefined,
      ['dns'],
      ['h2c'],
      undefined,
    ]);
  });
});

describe('Compose long syntax', () => {
  it('reads name and app_protocol onto both the target and the published port', () => {
    const text = [
      'services:',
      '  api:',
      '    image: example/api',
      '    ports:',
      '      - target: 8080',
      '        published: 80',
      '        name: web',
      '      - target: 9000',
      '        app_protocol: grpc',
      '      - target: 5050',
      '        name: admin',
      '      - "53:53/udp"',
    ].join('\n');
    expect(speaks(parseText(parseCompose, 'compose.yaml', text))).toEqual([
      [5, 17, 8080, 'container', ['http']],
      [6, 20, 80, 'host', ['http']],
      [8, 17, 9000, 'container', ['grpc']],
      [10, 17, 5050, 'container', undefined],
      [12, 10, 53, 'host', undefined],
      [12, 13, 53, 'container', undefined],
    ]);
  });
});

describe('nginx listen', () => {
  it('speaks http in http {} and at the top of a conf.d file, https with ssl/http2/quic, nothing in stream {}', () => {
    const text = [
      'http {',
      '  server {',
      '    listen 80;',
      '    listen 443 ssl;',
      '    listen 443 quic;',
      '  }',
      '}',
      'stream {',
      '  server {',
      '    listen 5353 udp;',
      '  }',
      '}',
      'mail {',
      '  server {',
      '    listen 587;',
      '    protocol smtp;',
      '  }',
      '}',
      'server {',
      '  listen 8443 http2;',
      '}',
    ].join('\n');
    expect(speaks(parseText(parseNginx, 'conf.d/site.conf', text))).toEqual([
      [3, 12, 80, 'listen', ['http']],
      [4, 12, 443, 'listen', ['https']],
      [5, 12, 443, 'listen', ['https']],
      [10, 12, 5353, 'listen', undefined],
      [15, 12, 587, 'listen', ['smtp']],
      [20, 10, 8443, 'listen', ['https']],
    ]);
  });
});

describe('Spring and fly.toml', () => {
  it('Spring server.port and management.server.port speak http', () => {
    const text = ['server.port=8080', 'management.server.port=8081'].join('\n');
    expect(speaks(parseText(parseSpring, 'src/main/resources/application.properties', text))).toEqual([
      [1, 13, 8080, 'listen', ['http']],
      [2, 24, 8081, 'listen', ['http']],
    ]);
  });

  it('fly handlers say http or https; the internal port of an http service speaks http', () => {
    const text = [
      'app = "shop"', // 1
      '[http_service]',
      '  internal_port = 8080',
      '[[services]]',
      '  internal_port = 3000', // 5
      '  protocol = "tcp"',
      '  [[services.ports]]',
      '    port = 80',
      '    handlers = ["http"]',
      '  [[services.ports]]', // 10
      '    port = 443',
      '    handlers = ["tls", "http"]',
      '[[services]]',
      '  internal_port = 5432',
      '  [[services.ports]]', // 15
      '    port = 5432',
      '    handlers = ["pg_tls"]',
    ].join('\n');
    expect(speaks(parseText(parseFly, 'fly.toml', text))).toEqual([
      [3, 19, 8080, 'container', ['http']],
      [5, 19, 3000, 'container', ['http']],
      [8, 12, 80, 'service', ['http']],
      [11, 12, 443, 'service', ['https']],
      [14, 19, 5432, 'container', undefined],
      [16, 12, 5432, 'service', undefined],
    ]);
  });
});
