/**
 * Compose files with random services: short and long `ports` syntax, `expose`, block and flow lists,
 * comments, anchors (`ports: *shared`) and merge keys (`<<: *base`), variables from a `.env` beside.
 */
import fc from 'fast-check';
import { Builder, type ExpectedPort, type GeneratedCase, type Piece } from '../support/builder.js';
import { eol, identifier, protocolName, protocolSuffix, shuffled } from './common.js';
import {
  dockerSpec,
  literalPart,
  variablePart,
  yamlScalar,
  type DockerSpec,
  type Part,
} from './docker-spec.js';

type Style = 'double' | 'single' | 'plain';
const style = fc.constantFrom<Style>('double', 'single', 'plain');

interface LongSyntax {
  target: Part;
  published: Part | null;
  protocol: { written: string; expected: ExpectedPort['protocol'] } | null;
  hostIp: boolean;
  quoteTarget: boolean;
}

type PortItem =
  { kind: 'short'; spec: DockerSpec; style: Style; comment: boolean } | { kind: 'long'; long: LongSyntax };

interface Service {
  name: string;
  image: string | null;
  ports: PortItem[] | null;
  flow: boolean;
  expose: Array<{ part: Part; suffix: string; protocol: ExpectedPort['protocol']; style: Style }>;
  /** Takes `ports` from the `x-base` anchor through a merge key (own `ports` still win). */
  merge: boolean;
  /** `ports: *shared` instead of its own list. */
  alias: boolean;
  order: number[];
}

function longSyntax(part: fc.Arbitrary<Part>): fc.Arbitrary<LongSyntax> {
  return fc.record({
    target: part,
    published: fc.option(part),
    protocol: fc.option(protocolName.map(([written, expected]) => ({ written, expected }))),
    hostIp: fc.boolean(),
    quoteTarget: fc.boolean(),
  });
}

function service(part: fc.Arbitrary<Part>): fc.Arbitrary<Service> {
  const portItem: fc.Arbitrary<PortItem> = fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('short' as const),
        spec: dockerSpec(part),
        style,
        comment: fc.boolean(),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('long' as const), long: longSyntax(part) }) },
  );
  const exposeItem = fc
    .record({
      part: literalPart,
      suffix: protocolSuffix,
      style,
    })
    .map(({ part: p, suffix: [suffix, protocol], style: s }) => ({
      part: { ...p, text: p.text + suffix },
      suffix,
      protocol,
      style: s,
    }));
  return fc.record({
    name: identifier,
    image: fc.option(fc.constantFrom('nginx', 'postgres:16', 'ghcr.io/example/web:1.2', '${IMAGE:-redis}')),
    ports: fc.option(fc.array(portItem, { maxLength: 4 }), { freq: 4 }),
    flow: fc.boolean(),
    expose: fc.array(exposeItem, { maxLength: 2 }),
    merge: fc.boolean(),
    alias: fc.boolean(),
    order: shuffled([0, 1, 2, 3]),
  });
}

/** Write one short-syntax item's scalar; returns its ports without recording them. */
function shortPieces(item: Extract<PortItem, { kind: 'short' }>, flow: boolean): Piece[] {
  return yamlScalar(item.spec, item.style, flow);
}

function writeLong(b: Builder, long: LongSyntax, indent: string): void {
  const lines: Array<() => void> = [];
  const protocol = long.protocol?.expected ?? 'tcp';
  const value = (p: Part, role: 'container' | 'host', quote: boolean): Piece[] => {
    const piece: Piece = { text: p.text, port: { port: p.port, endPort: p.endPort, protocol, role } };
    return quote || !/^\d+$/.test(p.text) ? [{ text: '"' }, piece, { text: '"' }] : [piece];
  };
  lines.push(() => b.add('target: ').pieces(value(long.target, 'container', long.quoteTarget)));
  if (long.published) {
    const published = long.published;
    lines.push(() => b.add('published: ').pieces(value(published, 'host', true)));
  }
  if (long.protocol) {
    const written = long.protocol.written;
    lines.push(() => b.add(`protocol: ${written}`));
  }
  if (long.hostIp) lines.push(() => b.add('host_ip: 127.0.0.1'));
  lines.push(() => b.add('mode: ingress'));
  lines.forEach((write, i) => {
    b.add(i === 0 ? `${indent}- ` : `${indent}  `);
    write();
    b.add('\n');
  });
}

/** Short-syntax ports must all be written `short` in a flow list; long syntax needs a block list. */
function writePorts(b: Builder, items: PortItem[], flow: boolean, indent: string): void {
  if (flow && items.every((i) => i.kind === 'short')) {
    b.add('ports: [');
    items.forEach((item, i) => {
      if (i > 0) b.add(', ');
      b.pieces(shortPieces(item as Extract<PortItem, { kind: 'short' }>, true));
    });
    b.add(']\n');
    return;
  }
  b.add(items.length === 0 ? 'ports: []\n' : 'ports:\n');
  for (const item of items) {
    if (item.kind === 'long') {
      writeLong(b, item.long, `${indent}  `);
      continue;
    }
    b.add(`${indent}  - `).pieces(shortPieces(item, false));
    b.add(item.comment ? '  # published for the load balancer\n' : '\n');
    if (item.comment) b.add(`${indent}  # - "9999:9999"\n`);
  }
}

export const composeCase: fc.Arbitrary<GeneratedCase> = fc
  .record({
    eol,
    webPort: fc.option(fc.integer({ min: 1, max: 65535 })),
    version: fc.boolean(),
  })
  .chain((top) =>
    fc.record({
      top: fc.constant(top),
      base: fc.array(dockerSpec(literalPart), { minLength: 1, maxLength: 2 }),
      shared: fc.array(dockerSpec(literalPart), { minLength: 1, maxLength: 2 }),
      services: fc.uniqueArray(
        service(fc.oneof({ weight: 3, arbitrary: literalPart }, variablePart(top.webPort ?? undefined))),
        {
          minLength: 1,
          maxLength: 3,
          selector: (s) => s.name,
        },
      ),
    }),
  )
  .map(({ top, base, shared, services }) => {
    const b = new Builder(top.eol);
    if (top.version) b.line('version: "3.8"');
    b.line('# ports of the base service: - "1234:1234"');
    b.line('x-base: &base');
    b.line('  restart: always');
    b.line('  ports:');
    const baseOffsets = base.flatMap((spec) => {
      b.add('    - ');
      const written = b.write(yamlScalar(spec, 'double', false));
      b.add('\n');
      return written;
    });
    b.line('x-shared: &shared');
    const sharedOffsets = shared.flatMap((spec) => {
      b.add('  - ');
      const written = b.write(yamlScalar(spec, 'single', false));
      b.add('\n');
      return written;
    });
    b.line('services:');
    for (const s of services) {
      b.line(`  ${s.name}:`);
      const indent = '    ';
      const ownPorts = s.alias ? null : s.ports;
      const writers: Array<() => void> = [
        () => s.image !== null && b.line(`${indent}image: ${s.image}`),
        () => {
          if (s.alias) b.line(`${indent}ports: *shared`);
          else if (ownPorts) {
            b.add(indent);
            writePorts(b, ownPorts, s.flow, indent);
          }
        },
        () => {
          if (s.expose.length === 0) return;
          b.line(`${indent}expose:`);
          for (const e of s.expose) {
            b.add(`${indent}  - `).pieces(
              yamlScalar(
                {
                  text: e.part.text,
                  pieces: [
                    {
                      text: e.part.text,
                      port: {
                        port: e.part.port,
                        endPort: e.part.endPort,
                        protocol: e.protocol,
                        role: 'expose',
                      },
                    },
                  ],
                },
                e.style,
                false,
              ),
            );
            b.add('\n');
          }
        },
        () => s.merge && b.line(`${indent}<<: *base`),
      ];
      for (const i of s.order) writers[i]!();
      // `ports` from the anchors are declared by every service that uses them, where they are written.
      if (s.alias) b.record(sharedOffsets);
      else if (!ownPorts && s.merge) b.record(baseOffsets);
    }
    const siblings: Record<string, string> =
      top.webPort === null ? {} : { 'app/.env': `WEB_PORT=${top.webPort}\n` };
    return b.build('compose', 'app/compose.yaml', siblings);
  });
