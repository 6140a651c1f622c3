/**
 * Kubernetes manifests: workloads of every kind with container/host ports, Services with
 * port/targetPort (number or name)/nodePort, in block or flow style, several documents a file, plus
 * objects whose `port` keys declare nothing (probes, ConfigMaps).
 */
import fc from 'fast-check';
import type { Protocol, Role } from '../../../src/types.js';
import { Builder, type GeneratedCase, type Piece } from '../support/builder.js';
import { eol, identifier, portNumber, protocolName, validPort } from './common.js';

/** A port value as written: plain integer or quoted numeric string. */
interface Value {
  port: number;
  quoted: boolean;
}
const value = (numbers: fc.Arbitrary<number>): fc.Arbitrary<Value> =>
  fc.record({ port: numbers, quoted: fc.boolean() });

interface PortEntry {
  fields: Array<{ key: string; value: Value | string; role: Role | null }>;
  protocol: [string, Protocol] | null;
  name: string | null;
  flow: boolean;
}

const WORKLOADS: ReadonlyArray<{ kind: string; apiVersion: string; path: string[] }> = [
  { kind: 'Deployment', apiVersion: 'apps/v1', path: ['spec', 'template'] },
  { kind: 'StatefulSet', apiVersion: 'apps/v1', path: ['spec', 'template'] },
  { kind: 'DaemonSet', apiVersion: 'apps/v1', path: ['spec', 'template'] },
  { kind: 'Job', apiVersion: 'batch/v1', path: ['spec', 'template'] },
  { kind: 'CronJob', apiVersion: 'batch/v1', path: ['spec', 'jobTemplate', 'spec', 'template'] },
  { kind: 'Pod', apiVersion: 'v1', path: [] },
];

const containerPort: fc.Arbitrary<PortEntry> = fc
  .record({
    container: value(portNumber),
    host: fc.option(value(validPort), { freq: 3 }),
    protocol: fc.option(protocolName),
    name: fc.option(identifier),
    flow: fc.boolean(),
  })
  .map(({ container, host, protocol, name, flow }) => ({
    fields: [
      { key: 'containerPort', value: container, role: 'container' as Role },
      ...(host ? [{ key: 'hostPort', value: host, role: 'host' as Role }] : []),
    ],
    protocol,
    name,
    flow,
  }));

const servicePort: fc.Arbitrary<PortEntry> = fc
  .record({
    port: value(portNumber),
    target: fc.option(
      fc.oneof(
        value(portNumber),
        identifier.map((n) => `${n}-port`),
      ),
    ),
    node: fc.option(value(fc.integer({ min: 30000, max: 32767 })), { freq: 3 }),
    protocol: fc.option(protocolName),
    name: fc.option(identifier),
    flow: fc.boolean(),
  })
  .map(({ port, target, node, protocol, name, flow }) => ({
    fields: [
      { key: 'port', value: port, role: 'service' as Role },
      ...(target !== null ? [{ key: 'targetPort', value: target, role: 'target' as Role }] : []),
      ...(node ? [{ key: 'nodePort', value: node, role: 'node' as Role }] : []),
    ],
    protocol,
    name,
    flow,
  }));

/** One list item, block (`- key: v` lines) or flow (`- {key: v, ...}`). */
function writeEntry(b: Builder, entry: PortEntry, indent: string): void {
  const protocol: Protocol = entry.protocol?.[1] ?? 'tcp';
  const fields: Array<{ key: string; pieces: Piece[] }> = entry.fields.map(({ key, value: v, role }) => {
    if (typeof v === 'string')
      return { key, pieces: [{ text: v, port: { port: null, endPort: null, protocol, role: role! } }] };
    const piece: Piece = {
      text: String(v.port),
      port: { port: v.port, endPort: v.port, protocol, role: role! },
    };
    return { key, pieces: v.quoted ? [{ text: '"' }, piece, { text: '"' }] : [piece] };
  });
  if (entry.name) fields.unshift({ key: 'name', pieces: [{ text: entry.name }] });
  if (entry.protocol) fields.push({ key: 'protocol', pieces: [{ text: entry.protocol[0].toUpperCase() }] });
  if (entry.flow) {
    b.add(`${indent}- {`);
    fields.forEach((f, i) => b.add(`${i > 0 ? ', ' : ''}${f.key}: `).pieces(f.pieces));
    b.add('}\n');
    return;
  }
  fields.forEach((f, i) =>
    b
      .add(`${indent}${i === 0 ? '- ' : '  '}${f.key}: `)
      .pieces(f.pieces)
      .add('\n'),
  );
}

type Doc =
  | {
      type: 'workload';
      workload: (typeof WORKLOADS)[number];
      name: string;
      containers: Array<{ name: string; ports: PortEntry[] }>;
    }
  | { type: 'service'; name: string; ports: PortEntry[] }
  | { type: 'configmap'; name: string; port: number };

const doc: fc.Arbitrary<Doc> = fc.oneof(
  fc.record({
    type: fc.constant('workload' as const),
    workload: fc.constantFrom(...WORKLOADS),
    name: identifier,
    containers: fc.array(fc.record({ name: identifier, ports: fc.array(containerPort, { maxLength: 3 }) }), {
      minLength: 1,
      maxLength: 2,
    }),
  }),
  fc.record({
    type: fc.constant('service' as const),
    name: identifier,
    ports: fc.array(servicePort, { minLength: 1, maxLength: 3 }),
  }),
  fc.record({ type: fc.constant('configmap' as const), name: identifier, port: portNumber }),
);

function writeDoc(b: Builder, d: Doc): void {
  if (d.type === 'configmap') {
    b.line('apiVersion: v1').line('kind: ConfigMap').line(`metadata: {name: ${d.name}}`);
    b.line('data:').line(`  port: "${d.port}"`).line(`  config.yaml: |`).line(`    port: ${d.port}`);
    return;
  }
  if (d.type === 'service') {
    b.line('apiVersion: v1')
      .line('kind: Service')
      .line('metadata:')
      .line(`  name: ${d.name}`)
      .line('  namespace: shop');
    b.line('spec:').line('  type: NodePort').line(`  selector: {app: ${d.name}}`).line('  ports:');
    for (const entry of d.ports) writeEntry(b, entry, '    ');
    return;
  }
  b.line(`apiVersion: ${d.workload.apiVersion}`)
    .line(`kind: ${d.workload.kind}`)
    .line(`metadata: {name: ${d.name}}`);
  let indent = '';
  for (const key of d.workload.path) {
    b.line(`${indent}${key}:`);
    indent += '  ';
    if (key === 'template') b.line(`${indent}metadata: {labels: {app: ${d.name}}}`);
  }
  b.line(`${indent}spec:`).line(`${indent}  containers:`);
  for (const c of d.containers) {
    b.line(`${indent}    - name: ${c.name}`).line(`${indent}      image: example/${c.name}:1`);
    b.line(`${indent}      livenessProbe:`).line(`${indent}        httpGet: {path: /healthz, port: 8086}`);
    if (c.ports.length === 0) continue;
    b.line(`${indent}      ports:`);
    for (const entry of c.ports) writeEntry(b, entry, `${indent}        `);
  }
}

export const kubernetesCase: fc.Arbitrary<GeneratedCase> = fc
  .record({ eol, docs: fc.array(doc, { minLength: 1, maxLength: 3 }), leadingSeparator: fc.boolean() })
  .map(({ eol: lineEnd, docs, leadingSeparator }) => {
    const b = new Builder(lineEnd);
    if (leadingSeparator) b.line('---');
    docs.forEach((d, i) => {
      if (i > 0) b.line('---').line('# next object');
      writeDoc(b, d);
    });
    return b.build('kubernetes', 'deploy/app.yaml');
  });
