import type { Rule } from './types.js';
import { hitsFrom } from './format.js';

const messages = {
  notAPort: '{{value}} is not a valid port (1-65535) in "{{raw}}"',
  reversed: 'range "{{raw}}" is reversed: {{start}} > {{end}}',
};
const hit = hitsFrom(messages);

export const invalidPort: Rule = {
  id: 'invalid-port',
  defaultSeverity: 'error',
  messages,
  seesConnectPorts: true,
  description: 'A port that is not an integer from 1 to 65535, or a malformed or reversed range.',
  rationale: 'The runtime refuses the manifest, or silently binds something else (0 means "any free port").',
  check({ ports }) {
    return ports.flatMap((p) => {
      if (p.port === null) return [];
      const end = p.endPort ?? p.port;
      // A firewall opening may start at 0: `from_port = 0, to_port = 65535` means every port.
      const lowest = p.role === 'ingress' && end > p.port ? 0 : 1;
      const bad = [p.port, end].find((n) => !Number.isInteger(n) || n < lowest || n > 65535);
      if (bad !== undefined) return [hit(p, 'notAPort', { value: bad, raw: p.raw })];
      if (end < p.port) return [hit(p, 'reversed', { raw: p.raw, start: p.port, end })];
      return [];
    });
  },
};
