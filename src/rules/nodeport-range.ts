import type { PortRangeOption, Rule, RuleContext, RuleHit } from './types.js';
import { hitsFrom } from './format.js';
import { portRangeOption } from './options.js';

/** Kubernetes' default `--service-node-port-range`; suggested node ports stay in the configured one. */
const RANGE: PortRangeOption = {
  kind: 'port-range',
  default: [30000, 32767],
  description: "Your clusters' --service-node-port-range as [start, end].",
  suggester: 'node-port-range',
};

const messages = {
  outside: 'nodePort {{port}} is outside the NodePort range {{start}}-{{end}}',
};
const hit = hitsFrom(messages);

/** `nodePort` values the API server would refuse: outside the cluster's NodePort range. */
export const nodeportRange: Rule = {
  id: 'nodeport-range',
  defaultSeverity: 'error',
  description: 'A Kubernetes nodePort lies outside the NodePort range (30000-32767 unless configured).',
  rationale:
    'The API server only allocates node ports from its --service-node-port-range (30000-32767 by default) and ' +
    'rejects a Service whose nodePort lies outside it, so the manifest fails to apply. Set the `range` option ' +
    'when your clusters use a different range.',
  messages,
  options: { range: RANGE },
  check(context: RuleContext): RuleHit[] {
    const [start, end] = portRangeOption(RANGE, context.options.range);
    const hits: RuleHit[] = [];
    for (const port of context.ports) {
      if (port.role !== 'node' || port.port === null) continue;
      const last = port.endPort ?? port.port;
      if (port.port >= start && last <= end) continue;
      hits.push(hit(port, 'outside', { port: port.port, start, end }));
    }
    return hits;
  },
};
