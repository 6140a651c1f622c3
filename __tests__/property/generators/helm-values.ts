/** A Helm chart's values.yaml: port keys at any depth, ports lists and named-port maps, plus keys that declare nothing. */
import fc from 'fast-check';
import type { Role } from '../../../src/types.js';
import { Builder, type GeneratedCase, type Piece } from '../support/builder.js';
import { eol, identifier, validPort } from './common.js';

const PORT_KEYS: ReadonlyArray<[string, Role]> = [
  ['port', 'service'],
  ['containerPort', 'container'],
  ['targetPort', 'target'],
  ['nodePort', 'node'],
  ['hostPort', 'host'],
  ['metricsPort', 'service'],
  ['grpcContainerPort', 'container'],
];

type Entry =
  | { type: 'port'; key: [string, Role]; port: number; quoted: boolean }
  | { type: 'list'; ports: Array<{ port: number; udp: boolean }> }
  | { type: 'named'; ports: Array<{ name: string; port: number }> }
  | { type: 'noise'; port: number }
  | { type: 'nested'; key: string; entries: Entry[] };

const leaf: fc.Arbitrary<Entry> = fc.oneof(
  fc.record({
    type: fc.constant('port' as const),
    key: fc.constantFrom(...PORT_KEYS),
    port: validPort,
    quoted: fc.boolean(),
  }),
  fc.record({
    type: fc.constant('list' as const),
    ports: fc.array(fc.record({ port: validPort, udp: fc.boolean() }), { minLength: 1, maxLength: 2 }),
  }),
  fc.record({
    type: fc.constant('named' as const),
    ports: fc.uniqueArray(fc.record({ name: identifier, port: validPort }), {
      minLength: 1,
      maxLength: 2,
      selector: (p) => p.name,
    }),
  }),
  fc.record({ type: fc.constant('noise' as const), port: validPort }),
);

const entry: fc.Arbitrary<Entry> = fc.letrec<{ entry: Entry }>((tie) => ({
  entry: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({
      type: fc.constant('nested' as const),
      key: identifier,
      entries: fc.uniqueArray(tie('entry'), { minLength: 1, maxLength: 3, selector: keyOf }),
    }),
  ),
})).entry;

/** The key an entry writes, so siblings never repeat a key. */
function keyOf(e: Entry): string {
  switch (e.type) {
    case 'port':
      return e.key[0];
    case 'list':
      return 'ports';
    case 'named':
      return 'extraPorts';
    case 'noise':
      return 'livenessProbe';
    case 'nested':
      return `n-${e.key}`;
  }
}

function write(b: Builder, e: Entry, indent: string): void {
  const port = (p: number, role: Role, protocol: 'tcp' | 'udp' = 'tcp'): Piece => ({
    text: String(p),
    port: { port: p, endPort: p, protocol, role },
  });
  switch (e.type) {
    case 'port':
      b.add(`${indent}${e.key[0]}: `)
        .pieces(e.quoted ? [{ text: '"' }, port(e.port, e.key[1]), { text: '"' }] : [port(e.port, e.key[1])])
        .add('\n');
      return;
    case 'list':
      b.line(`${indent}ports:`);
      for (const p of e.ports) {
        b.line(`${indent}  - name: p${p.port}`);
        b.add(`${indent}    containerPort: `)
          .pieces([port(p.port, 'container', p.udp ? 'udp' : 'tcp')])
          .add('\n');
        if (p.udp) b.line(`${indent}    protocol: UDP`);
      }
      return;
    case 'named':
      b.line(`${indent}extraPorts:`);
      for (const p of e.ports)
        b.add(`${indent}  svc-${p.name}: `)
          .pieces([port(p.port, 'service')])
          .add('\n');
      return;
    case 'noise':
      b.line(`${indent}livenessProbe:`).line(`${indent}  httpGet: {path: /, port: ${e.port}}`);
      b.line(`${indent}env:`).line(`${indent}  - {name: PORT, value: "${e.port}"}`);
      b.line(`${indent}annotations: {prometheus.io/port: "${e.port}"}`);
      return;
    case 'nested':
      b.line(`${indent}n-${e.key}:`);
      for (const child of e.entries) write(b, child, `${indent}  `);
  }
}

export const helmValuesCase: fc.Arbitrary<GeneratedCase> = fc
  .record({ eol, entries: fc.uniqueArray(entry, { minLength: 1, maxLength: 4, selector: keyOf }) })
  .map(({ eol: lineEnd, entries }) => {
    const b = new Builder(lineEnd);
    b.line('# Default values for web.').line('replicaCount: 1');
    for (const e of entries) write(b, e, '');
    return b.build('helm-values', 'charts/web/values.yaml');
  });
