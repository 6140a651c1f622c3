/**
 * Files of every format portlint reads whose keys, table and section names, labels, variable names
 * (and some file names) are the names of Object.prototype members. Each template takes two names and
 * two ports; the same template with ordinary names of the same lengths is the honest twin it must
 * behave exactly like.
 */

/** Names that mean something to a plain JavaScript object. */
export const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
];

/** An ordinary name of the same length and letter case for each, so positions do not move. */
export const HONEST_TWIN: ReadonlyMap<string, string> = new Map([
  ['__proto__', '__prota__'],
  ['constructor', 'konstructor'],
  ['prototype', 'protozoan'],
  ['toString', 'toStrung'],
  ['hasOwnProperty', 'hasOwnPropurty'],
  ['valueOf', 'valueUf'],
]);

export interface Names {
  a: string;
  b: string;
}

/** Files by repository path. */
export type Template = (names: Names, port: number, port2: number) => Record<string, string>;

const lines = (...text: string[]): string => text.join('\n') + '\n';

export const TEMPLATES: ReadonlyArray<[string, Template]> = [
  [
    'Compose and its .env',
    ({ a, b }, p, q) => ({
      'hostile/compose.yaml': lines(
        'services:',
        `  ${a}:`,
        '    image: nginx',
        '    ports:',
        `      - "\${${b}}:80"`,
        `      - "${q}:${q}/udp"`,
        '    environment:',
        `      ${a}: "1"`,
        '    labels:',
        `      ${b}: x`,
        `x-${a}:`,
        `  ${b}: 1`,
      ),
      'hostile/.env': lines(`${b}=${p}`, `${a}=1`),
    }),
  ],
  [
    'Dockerfile',
    ({ a, b }, p, q) => ({
      'hostile/Dockerfile': lines(
        `ARG ${b}=${q}`,
        `FROM alpine AS ${a.toLowerCase()}`,
        `ARG ${a}=${p}`,
        `ARG ${b}`,
        `ENV ${b}_PORT=\${${b}}`,
        `LABEL ${a}=x`,
        `EXPOSE \${${a}} \${${b}_PORT}/udp`,
      ),
    }),
  ],
  [
    'Kubernetes',
    ({ a, b }, p, q) => ({
      [`k8s/${a}.yaml`]: lines(
        'apiVersion: v1',
        'kind: Service',
        'metadata:',
        '  name: web',
        `  labels: {${a}: x}`,
        'spec:',
        `  selector: {${a}: web}`,
        '  ports:',
        `    - port: ${p}`,
        '      targetPort: http',
        '---',
        'apiVersion: v1',
        'kind: Service',
        'metadata: {name: other}',
        'spec:',
        `  selector: {${b}: nothing}`,
        '  ports:',
        `    - port: ${q}`,
        '      targetPort: http',
        '---',
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: {name: web}',
        'spec:',
        `  selector: {matchLabels: {${a}: web}}`,
        '  template:',
        '    metadata:',
        '      labels:',
        `        ${a}: web`,
        `        ${b}: api`,
        '    spec:',
        '      containers:',
        '        - name: web',
        '          image: nginx',
        '          ports:',
        '            - name: http',
        `              containerPort: ${q}`,
        `              protocol: ${b}`,
        '---',
        'apiVersion: v1',
        `kind: ${a}`,
        'metadata: {name: odd}',
        'spec:',
        `  ports: [{port: ${p}}]`,
      ),
    }),
  ],
  [
    'Helm values',
    ({ a, b }, p, q) => ({
      'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n',
      'charts/web/values.yaml': lines(
        `${a}:`,
        '  service:',
        `    port: ${p}`,
        `    protocol: ${b}`,
        `${b}:`,
        `  ${a}Port: ${q}`,
        '  ports:',
        `    - name: ${a}`,
        `      containerPort: ${p}`,
      ),
    }),
  ],
  [
    'nginx',
    ({ a, b }, p, q) => ({
      'hostile/nginx.conf': lines(
        'http {',
        `  map $host $${a} { default ${b}; }`,
        '  server {',
        `    listen ${p};`,
        `    server_name ${a}.example;`,
        `    set $${b} ${q};`,
        `    location /${b} { proxy_pass http://${a}:${q}; }`,
        '  }',
        '}',
      ),
    }),
  ],
  [
    'systemd socket',
    ({ a, b }, p, q) => ({
      [`hostile/${a}.socket`]: lines(
        '[Unit]',
        `Description=${a}`,
        '[Socket]',
        `ListenStream=${p}`,
        `ListenDatagram=127.0.0.1:${q}`,
        `[${b}]`,
        `${a}=${p}`,
      ),
    }),
  ],
  [
    '.env',
    ({ a, b }, p, q) => ({
      [`hostile/.env.${a}`]: lines(
        `${a}=${p}`,
        `PORT=\${${a}}`,
        `${b}_PORT=${q}`,
        `METRICS_PORT=\${${b}_PORT}`,
      ),
    }),
  ],
  [
    'Procfile',
    ({ a, b }, p, q) => ({
      'hostile/Procfile': lines(
        `${a}: ${b}=${p} node server.js --port \${${b}}`,
        `${b}: gunicorn -b 0.0.0.0:${q} app:${a}`,
      ),
    }),
  ],
  [
    'Spring properties',
    ({ a, b }, p, q) => ({
      'hostile/application.properties': lines(
        `${a}=${p}`,
        `server.port=\${${a}}`,
        `${b}.port=${q}`,
        `management.server.port=\${${b}.port}`,
      ),
    }),
  ],
  [
    'Spring YAML',
    ({ a, b }, p, q) => ({
      'hostile/application.yml': lines(
        `${a}: ${p}`,
        'server:',
        `  port: \${${a}}`,
        `${b}:`,
        `  port: ${q}`,
        'management:',
        '  server:',
        `    port: \${${b}.port}`,
      ),
    }),
  ],
  ['fly.toml', ({ a, b }, p, q) => ({ 'hostile/fly.toml': flyText(a, b, p, q, false) })],
  [
    'fly.toml with a syntax error (the lenient fallback)',
    ({ a, b }, p, q) => ({ 'hostile/fly.toml': flyText(a, b, p, q, true) }),
  ],
  [
    'Terraform',
    ({ a, b }, p, q) => ({
      'hostile/main.tf': lines(
        `variable "${a}" {`,
        `  default = ${p}`,
        '}',
        'locals {',
        `  ${b} = ${q}`,
        '}',
        `resource "kubernetes_service" "${a}" {`,
        '  metadata {',
        '    name = "web"',
        `    labels = { ${a} = "x" }`,
        '  }',
        '  spec {',
        `    selector = { ${a} = "web", ${b} = "api" }`,
        '    port {',
        `      port        = var.${a}`,
        '      target_port = "http"',
        '    }',
        '  }',
        '}',
        `resource "kubernetes_deployment" "${b}" {`,
        '  metadata {',
        '    name = "web"',
        '  }',
        '  spec {',
        '    template {',
        '      metadata {',
        `        labels = { ${a} = "web", ${b} = "api" }`,
        '      }',
        '      spec {',
        '        container {',
        '          name  = "web"',
        '          image = "nginx"',
        '          port {',
        '            name           = "http"',
        `            container_port = local.${b}`,
        '          }',
        '        }',
        '      }',
        '    }',
        '  }',
        '}',
        `resource "aws_security_group_rule" "${b}" {`,
        '  type      = "ingress"',
        `  from_port = ${p}`,
        `  to_port   = ${p}`,
        `  protocol  = "${a}"`,
        '}',
      ),
    }),
  ],
  [
    'devcontainer',
    ({ a, b }, p, q) => ({
      '.devcontainer/devcontainer.json': lines(
        '{',
        `  "name": "${a}",`,
        `  "forwardPorts": [${p}, "${a}:${q}"],`,
        `  "portsAttributes": { "${p}": { "label": "${b}" }, "${b}": { "label": "x" } },`,
        `  "${a}": { "${b}": ${q} },`,
        `  "appPort": ["${q}:${q}"]`,
        '}',
      ),
    }),
  ],
  [
    'GitHub workflow',
    ({ a, b }, p, q) => ({
      [`.github/workflows/${a}.yml`]: lines(
        'on: push',
        'jobs:',
        `  ${a}:`,
        '    runs-on: ubuntu-latest',
        '    services:',
        `      ${b}:`,
        '        image: redis',
        '        ports:',
        `          - ${p}:6379`,
        '    env:',
        `      ${a}: 1`,
        `  ${b}:`,
        '    runs-on: ubuntu-latest',
        '    container:',
        '      image: node',
        '      ports:',
        `        - ${q}`,
      ),
    }),
  ],
  [
    '.portlint.yml',
    ({ a, b }, p, q) => ({
      '.portlint.yml': lines(
        'services:',
        `  ${a}: [http]`,
        // A second key only when it differs: duplicate keys are a config error.
        ...(a === b ? [] : [`  ${b}: [${a}]`]),
        'allow:',
        `  - port: ${p}`,
        `    reason: "${b}"`,
        `    services: [${a}]`,
        `    paths: ["hostile/*", "**/${a}*"]`,
        'registry:',
        `  - port: ${q}`,
        `    service: ${a}`,
        `    description: "${b}"`,
      ),
      'hostile/compose.yaml': lines(
        'services:',
        `  ${a}:`,
        '    image: nginx',
        '    ports:',
        `      - "${q}:${q}"`,
        `      - "${p}:${p}"`,
      ),
    }),
  ],
];

function flyText(a: string, b: string, p: number, q: number, broken: boolean): string {
  return lines(
    `app = "${a}"`,
    ...(broken ? ['primary_region = = "ams"'] : []),
    `[${a}]`,
    `${b} = 1`,
    `"${b}-x" = "off"`,
    '[http_service]',
    `internal_port = ${p}`,
    '[[services]]',
    `internal_port = ${q}`,
    `protocol = "${b}"`,
    '[[services.ports]]',
    `port = ${p}`,
    `[${b}.${a}]`,
    `${a} = ${q}`,
  );
}
