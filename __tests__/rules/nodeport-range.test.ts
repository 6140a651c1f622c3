import { describe, expect, it } from '@jest/globals';
import { parseKubernetes } from '../../src/parsers/kubernetes.js';
import { nodeportRange } from '../../src/rules/nodeport-range.js';
import type { RuleHit } from '../../src/rules/types.js';
import type { ClassifiedPort } from '../../src/types.js';

const SERVICE = [
  'apiVersion: v1',
  'kind: Service',
  'metadata: {name: edge}',
  'spec:',
  '  type: NodePort',
  '  ports:',
  '    - {port: 80, nodePort: 80}',
  '    - {port: 81, nodePort: 30000}',
  '    - {port: 82, nodePort: 32767}',
  '    - {port: 83, nodePort: 32768}',
  '    - {port: 84, nodePort: $(NODE_PORT)}',
  '',
].join('\n');

function check(options: Record<string, unknown> = {}, ports?: ClassifiedPort[]): RuleHit[] {
  const parsed =
    ports ?? parseKubernetes({ path: 'k8s/edge.yaml', text: SERVICE, readSibling: () => undefined }).ports;
  return nodeportRange.check!({ ports: parsed, registry: {} as never, matcher: {} as never, options });
}

/** [line, column, port, protocol, message] */
const brief = (hits: RuleHit[]): unknown[][] =>
  hits.map((h) => [h.line, h.column, h.port, h.protocol, h.message]);

describe('nodeport-range', () => {
  it('has its metadata', () => {
    expect(nodeportRange).toMatchObject({ id: 'nodeport-range', defaultSeverity: 'error' });
  });

  it('reports nodePorts outside 30000-32767, bounds included in the range', () => {
    const hits = check();
    expect(brief(hits)).toEqual([
      [7, 28, 80, 'tcp', 'nodePort 80 is outside the NodePort range 30000-32767'],
      [10, 28, 32768, 'tcp', 'nodePort 32768 is outside the NodePort range 30000-32767'],
    ]);
    expect(hits[0]!.file).toBe('k8s/edge.yaml');
    expect(hits[0]!.declared).toMatchObject({ role: 'node', port: 80, context: { service: 'edge' } });
  });

  it('uses options.range when configured', () => {
    expect(brief(check({ range: [20000, 30000] }))).toEqual([
      [7, 28, 80, 'tcp', 'nodePort 80 is outside the NodePort range 20000-30000'],
      [9, 28, 32767, 'tcp', 'nodePort 32767 is outside the NodePort range 20000-30000'],
      [10, 28, 32768, 'tcp', 'nodePort 32768 is outside the NodePort range 20000-30000'],
    ]);
  });

  it('only looks at node ports', () => {
    const ports = check().map((h) => ({ ...h.declared!, role: 'service' as const }));
    expect(check({}, ports)).toEqual([]);
  });
});
