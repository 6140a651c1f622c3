import type { Rule, RuleContext, RuleHit } from './types.js';
import { hitAt } from './format.js';

/** Kubernetes' default `--service-node-port-range`. */
export const DEFAULT_NODEPORT_RANGE: readonly [number, number] = [30000, 32767];

/** `nodePort` values the API server would refuse: outside the cluster's NodePort range. */
export const nodeportRange: Rule = {
  id: 'nodeport-range',
  defaultSeverity: 'error',
  description: 'A Kubernetes nodePort lies outside the NodePort range (30000-32767 unless configured).',
  rationale:
    'The API server only allocates node ports from its --service-node-port-range (30000-32767 by default) and ' +
    'rejects a Service whose nodePort lies outside it, so the manifest fails to apply. Set the `range` option ' +
    'when your clusters use a different range.',
  check(context: RuleContext): RuleHit[] {
    const [start, end] = nodePortRange(context.options);
    const hits: RuleHit[] = [];
    for (const port of context.ports) {
      if (port.role !== 'node' || port.port === null) continue;
      const last = port.endPort ?? port.port;
      if (port.port >= start && last <= end) continue;
      hits.push(hitAt(port, `nodePort ${port.port} is outside the NodePort range ${start}-${end}`));
    }
    return hits;
  },
};

/** `options.range` as `[start, end]`, else the Kubernetes default. */
function nodePortRange(options: Readonly<Record<string, unknown>>): readonly [number, number] {
  const range = options.range;
  if (
    Array.isArray(range) &&
    range.length === 2 &&
    Number.isInteger(range[0]) &&
    Number.isInteger(range[1]) &&
    (range[0] as number) <= (range[1] as number)
  ) {
    return [range[0] as number, range[1] as number];
  }
  return DEFAULT_NODEPORT_RANGE;
}
