/** devcontainer.json (JSON with comments), fly.toml and Terraform. */
import fc from 'fast-check';
import type { Protocol } from '../../../src/types.js';
import { Builder, type GeneratedCase, type Piece } from '../support/builder.js';
import { eol, identifier, portNumber, portRange, protocolName, validPort, variableName } from './common.js';

const port = (
  p: number | null,
  role: 'forward' | 'container' | 'service' | 'host' | 'target' | 'node' | 'ingress',
  protocol: Protocol = 'tcp',
  endPort: number | null = p,
): Piece['port'] => ({
  port: p,
  endPort,
  protocol,
  role,
});

// ------------------------------------------------------------------------------------------------ devcontainer

/** One `forwardPorts` item; `numbers` collects the port numbers it forwards (for portsAttributes). */
const forwardItem = fc.oneof(
  portNumber.map((n) => ({
    pieces: [{ text: String(n), port: port(n, 'forward') }],
    number: n as number | null,
  })),
  fc.tuple(identifier, portNumber).map(([svc, n]) => ({
    pieces: [{ text: `"${svc}:` }, { text: String(n), port: port(n, 'forward') }, { text: '"' }],
    number: n as number | null,
  })),
  portNumber.map((n) => ({
    pieces: [{ text: '"' }, { text: String(n), port: port(n, 'forward') }, { text: '"' }],
    number: n as number | null,
  })),
  fc.tuple(variableName, validPort).map(([v, n]) => ({
    pieces: [{ text: '"' }, { text: `\${localEnv:NOPE_${v}:${n}}`, port: port(n, 'forward') }, { text: '"' }],
    number: n as number | null,
  })),
);

/** `appPort`: a number, or Docker's `-p` syntax in a string. */
const appPortItem = fc.oneof(
  portNumber.map((n) => ({ pieces: [{ text: String(n), port: port(n, 'forward') }], numbers: [n] })),
  fc
    .tuple(
      fc.constantFrom('', '127.0.0.1:'),
      portNumber,
      portNumber,
      fc.constantFrom<[string, Protocol]>(['', 'tcp'], ['/udp', 'udp']),
    )
    .map(([ip, h, c, [suffix, protocol]]) => ({
      pieces: [
        { text: `"${ip}` },
        { text: String(h), port: port(h, 'forward', protocol) },
        { text: ':' },
        { text: String(c), port: port(c, 'forward', protocol) },
        { text: `${suffix}"` },
      ],
      numbers: [h, c],
    })),
);

export const devcontainerCase: fc.Arbitrary<GeneratedCase> = fc
  .record({
    eol,
    name: identifier,
    forward: fc.option(fc.array(forwardItem, { maxLength: 3 })),
    app: fc.option(
      fc.oneof(
        appPortItem.map((i) => ({ list: false, items: [i] })),
        fc.array(appPortItem, { maxLength: 2 }).map((items) => ({ list: true, items })),
      ),
    ),
    attributes: fc.array(
      fc.oneof(
        portNumber.map((n) => ({ text: String(n), start: n, end: n })),
        portRange.map(([a, c]) => ({ text: `${a}-${c}`, start: a, end: c })),
      ),
      { maxLength: 3 },
    ),
    comments: fc.boolean(),
    trailingCommas: fc.boolean(),
  })
  .map(({ eol: lineEnd, name, forward, app, attributes, comments, trailingCommas }) => {
    const b = new Builder(lineEnd);
    const comma = trailingCommas ? ',' : '';
    b.line('// For format details, see https://aka.ms/devcontainer.json.').line('{');
    b.add(`  "name": "${name}",\n  "image": "mcr.microsoft.com/devcontainers/base:ubuntu"`);
    const forwarded = new Set<number | null>();
    if (forward) {
      b.add(',\n');
      if (comments) b.line('  /* "forwardPorts": [9999], */');
      b.add('  "forwardPorts": [');
      forward.forEach((item, i) => {
        b.add(i > 0 ? ', ' : '').pieces(item.pieces);
        forwarded.add(item.number);
      });
      b.add(`${forward.length > 0 ? comma : ''}]`);
    }
    if (app) {
      b.add(',\n  "appPort": ');
      if (app.list) b.add('[');
      app.items.forEach((item, i) => {
        b.add(i > 0 ? ', ' : '').pieces(item.pieces);
        for (const n of item.numbers) forwarded.add(n);
      });
      if (app.list) b.add(']');
    }
    if (attributes.length > 0) {
      b.add(',\n  "portsAttributes": {\n');
      const keys = new Set<string>();
      attributes.forEach((a, i) => {
        if (keys.has(a.text)) return;
        keys.add(a.text);
        // The attributes of a port forwarded above describe that port; they declare no other.
        const declares = !forwarded.has(a.start);
        b.add(`${i > 0 ? ',\n' : ''}    "`).pieces([
          { text: a.text, ...(declares ? { port: port(a.start, 'forward', 'tcp', a.end) } : {}) },
        ]);
        b.add(`": { "label": "port ${a.text}", "onAutoForward": "notify"${comma} }`);
      });
      b.add(`${comma}\n  }`);
    }
    if (comments) b.add(' // the end');
    b.add(`${comma}\n}\n`);
    return b.build('devcontainer', '.devcontainer/devcontainer.json');
  });

// ------------------------------------------------------------------------------------------------ fly.toml

export const flyCase: fc.Arbitrary<GeneratedCase> = fc
  .record({
    eol,
    app: identifier,
    http: fc.option(portNumber),
    services: fc.array(
      fc.record({
        internal: fc.option(portNumber, { freq: 4 }),
        protocol: fc.option(fc.constantFrom<[string, Protocol]>(['tcp', 'tcp'], ['udp', 'udp'])),
        ports: fc.array(
          fc.oneof(
            fc.tuple(portNumber, fc.boolean()).map(([n, quoted]) => ({ type: 'port' as const, n, quoted })),
            portRange.map(([a, c]) => ({ type: 'range' as const, a, c })),
          ),
          { maxLength: 3 },
        ),
        inline: fc.boolean(),
      }),
      { maxLength: 2 },
    ),
  })
  .map(({ eol: lineEnd, app, http, services }) => {
    const b = new Builder(lineEnd);
    // TOML allows only LF and CRLF: fly refuses a lone CR (a parse-error where smol-toml stops), and the
    // ports the lenient locator reads are still reported.
    if (lineEnd === '\r')
      b.pieces([{ text: `app = "${app}"` }, { text: '', diagnostic: 'parse-error' }]).add('\n');
    else b.line(`app = "${app}"`);
    b.line('primary_region = "ams"').line('').line('[build]').line('  image = "example/web:1"');
    if (http !== null) {
      b.line('')
        .line('[http_service]')
        .add('  internal_port = ')
        .pieces([{ text: String(http), port: port(http, 'container') }])
        .add('\n');
      b.line('  force_https = true')
        .line('  [[http_service.checks]]')
        .line('    port = 9999 # a check, not a declaration');
    }
    for (const s of services) {
      const protocol = s.protocol?.[1] ?? 'tcp';
      b.line('').line('[[services]]');
      if (s.protocol) b.line(`  protocol = "${s.protocol[0]}"`);
      if (s.internal !== null)
        b.add('  internal_port = ')
          .pieces([{ text: String(s.internal), port: port(s.internal, 'container', protocol) }])
          .add('\n');
      const entry = (p: (typeof s.ports)[number]): Piece[] => {
        if (p.type === 'range') {
          return [
            { text: 'start_port = ' },
            { text: String(p.a), port: port(p.a, 'service', protocol, p.c) },
            { text: `, end_port = ${p.c}` },
          ];
        }
        const piece: Piece = { text: String(p.n), port: port(p.n, 'service', protocol) };
        return [{ text: 'port = ' }, ...(p.quoted ? [{ text: '"' }, piece, { text: '"' }] : [piece])];
      };
      if (s.inline) {
        b.add('  ports = [');
        s.ports.forEach((p, i) =>
          b
            .add(i > 0 ? ', ' : '')
            .add('{ ')
            .pieces(entry(p))
            .add(', handlers = ["tls"] }'),
        );
        b.add(']\n');
        continue;
      }
      for (const p of s.ports) {
        b.line('  [[services.ports]]').line('    handlers = ["http"]');
        const [key, value, end] = entry(p);
        b.add(`    ${key!.text}`)
          .pieces(p.type === 'range' ? [value!] : entry(p).slice(1))
          .add('\n');
        if (p.type === 'range') b.line(`    ${end!.text.slice(2)}`);
      }
    }
    b.line('').line('[metrics]').line('  port = 9091').line('  path = "/metrics"');
    return b.build('fly', 'fly.toml');
  });

// ------------------------------------------------------------------------------------------------ Terraform

type Number_ = { n: number; quoted: boolean };
const tfNumber = (numbers: fc.Arbitrary<number>): fc.Arbitrary<Number_> =>
  fc.record({ n: numbers, quoted: fc.boolean() });
const numberPieces = (v: Number_, p: Piece['port']): Piece[] => {
  const piece: Piece = { text: String(v.n), port: p };
  return v.quoted ? [{ text: '"' }, piece, { text: '"' }] : [piece];
};

const ingressRule = fc.record({
  from: tfNumber(portNumber),
  width: fc.integer({ min: 0, max: 20 }),
  protocol: fc.constantFrom<[string, Protocol | null]>(
    ['"tcp"', 'tcp'],
    ['"udp"', 'udp'],
    ['"6"', 'tcp'],
    ['"-1"', null],
    ['"icmp"', null],
    ['"TCP"', 'tcp'],
  ),
  fromVariable: fc.boolean(),
});

const resource = fc.oneof(
  fc.record({
    type: fc.constant('sg' as const),
    name: identifier,
    rules: fc.array(ingressRule, { minLength: 1, maxLength: 2 }),
  }),
  fc.record({
    type: fc.constant('rule' as const),
    name: identifier,
    rule: ingressRule,
    egress: fc.boolean(),
  }),
  fc.record({
    type: fc.constant('k8s' as const),
    name: identifier,
    container: tfNumber(portNumber),
    host: fc.option(tfNumber(validPort)),
    protocol: fc.option(protocolName),
  }),
  fc.record({
    type: fc.constant('service' as const),
    name: identifier,
    port: tfNumber(portNumber),
    target: fc.option(
      fc.oneof(
        tfNumber(portNumber),
        identifier.map((n) => `${n}-port`),
      ),
    ),
    node: fc.option(tfNumber(fc.integer({ min: 30000, max: 32767 }))),
  }),
  fc.record({
    type: fc.constant('docker' as const),
    name: identifier,
    internal: tfNumber(portNumber),
    external: fc.option(tfNumber(portNumber)),
    udp: fc.boolean(),
  }),
);

type Resource = typeof resource extends fc.Arbitrary<infer T> ? T : never;
type IngressRule = typeof ingressRule extends fc.Arbitrary<infer T> ? T : never;

function writeIngress(b: Builder, rule: IngressRule, indent: string, variables: Map<string, number>): void {
  const [written, protocol] = rule.protocol;
  const to = rule.from.n + rule.width;
  const declares = protocol !== null;
  if (rule.fromVariable) {
    const name = `port_${rule.from.n}`;
    variables.set(name, rule.from.n);
    const raw = `var.${name}`;
    b.add(`${indent}from_port   = `)
      .pieces([{ text: raw, ...(declares ? { port: port(rule.from.n, 'ingress', protocol!, to) } : {}) }])
      .add('\n');
  } else {
    b.add(`${indent}from_port   = `)
      .pieces(numberPieces(rule.from, declares ? port(rule.from.n, 'ingress', protocol!, to) : undefined))
      .add('\n');
  }
  b.line(`${indent}to_port     = ${to}`)
    .line(`${indent}protocol    = ${written}`)
    .line(`${indent}cidr_blocks = ["0.0.0.0/0"] # open to all`);
}

function writeResource(b: Builder, r: Resource, variables: Map<string, number>): void {
  switch (r.type) {
    case 'sg':
      b.line(`resource "aws_security_group" "${r.name}" {`).line(`  name = "${r.name}"`);
      for (const rule of r.rules) {
        b.line('  ingress {');
        writeIngress(b, rule, '    ', variables);
        b.line('  }');
      }
      b.line('  egress {')
        .line('    from_port = 0')
        .line('    to_port = 0')
        .line('    protocol = "-1"')
        .line('  }')
        .line('}');
      return;
    case 'rule':
      b.line(`resource "aws_security_group_rule" "${r.name}" {`).line(
        `  type = "${r.egress ? 'egress' : 'ingress'}"`,
      );
      if (r.egress)
        b.line(`  from_port = ${r.rule.from.n}`)
          .line(`  to_port = ${r.rule.from.n}`)
          .line('  protocol = "tcp"');
      else writeIngress(b, r.rule, '  ', variables);
      b.line('  security_group_id = aws_security_group.web.id').line('}');
      return;
    case 'k8s': {
      const protocol = r.protocol?.[1] ?? 'tcp';
      b.line(`resource "kubernetes_deployment" "${r.name}" {`).line(`  metadata { name = "${r.name}" }`);
      b.line('  spec {')
        .line('    template {')
        .line('      metadata { labels = { app = "web" } }')
        .line('      spec {')
        .line('        container {');
      b.line(`          name  = "${r.name}"`).line('          image = "nginx:1.27"').line('          port {');
      b.add('            container_port = ')
        .pieces(numberPieces(r.container, port(r.container.n, 'container', protocol)))
        .add('\n');
      if (r.host)
        b.add('            host_port = ')
          .pieces(numberPieces(r.host, port(r.host.n, 'host', protocol)))
          .add('\n');
      if (r.protocol) b.line(`            protocol = "${r.protocol[0].toUpperCase()}"`);
      b.line('          }')
        .line('          liveness_probe {')
        .line('            http_get {')
        .line('              port = 8086')
        .line('            }')
        .line('          }');
      b.line('        }').line('      }').line('    }').line('  }').line('}');
      return;
    }
    case 'service':
      b.line(`resource "kubernetes_service" "${r.name}" {`)
        .line(`  metadata {\n    name = "${r.name}"\n  }`)
        .line('  spec {');
      b.line('    selector = { app = "web" }').line('    port {');
      b.add('      port = ')
        .pieces(numberPieces(r.port, port(r.port.n, 'service')))
        .add('\n');
      if (typeof r.target === 'string')
        b.add('      target_port = "')
          .pieces([{ text: r.target, port: port(null, 'target') }])
          .add('"\n');
      else if (r.target)
        b.add('      target_port = ')
          .pieces(numberPieces(r.target, port(r.target.n, 'target')))
          .add('\n');
      if (r.node)
        b.add('      node_port = ')
          .pieces(numberPieces(r.node, port(r.node.n, 'node')))
          .add('\n');
      b.line('    }').line('    type = "NodePort"').line('  }').line('}');
      return;
    case 'docker': {
      const protocol: Protocol = r.udp ? 'udp' : 'tcp';
      b.line(`resource "docker_container" "${r.name}" {`)
        .line(`  name  = "${r.name}"`)
        .line('  image = docker_image.web.image_id')
        .line('  ports {');
      b.add('    internal = ')
        .pieces(numberPieces(r.internal, port(r.internal.n, 'container', protocol)))
        .add('\n');
      if (r.external)
        b.add('    external = ')
          .pieces(numberPieces(r.external, port(r.external.n, 'host', protocol)))
          .add('\n');
      if (r.udp) b.line('    protocol = "udp"');
      b.line('  }').line('}');
    }
  }
}

export const terraformCase: fc.Arbitrary<GeneratedCase> = fc
  .record({
    eol,
    resources: fc.uniqueArray(resource, {
      minLength: 1,
      maxLength: 3,
      selector: (r) => `${r.type}.${r.name}`,
    }),
    comment: fc.boolean(),
  })
  .map(({ eol: lineEnd, resources, comment }) => {
    const b = new Builder(lineEnd);
    const variables = new Map<string, number>();
    if (comment)
      b.line('/* resource "aws_security_group_rule" "old" {\n  from_port = 1\n} */').line('// from_port = 2');
    b.line('terraform {').line('  required_version = ">= 1.5"').line('}');
    for (const r of resources) writeResource(b, r, variables);
    for (const [name, value] of variables)
      b.line(`variable "${name}" {`).line('  type    = number').line(`  default = ${value}`).line('}');
    return b.build('terraform', 'infra/main.tf');
  });
