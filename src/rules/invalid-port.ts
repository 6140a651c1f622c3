import type { Rule } from './types.js';
import { hitAt } from './format.js';

export const invalidPort: Rule = {
  id: 'invalid-port',
  defaultSeverity: 'error',
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
      if (bad !== undefined) return [hitAt(p, `${bad} is not a valid port (1-65535) in "${p.raw}"`)];
      if (end < p.port) return [hitAt(p, `range "${p.raw}" is reversed: ${p.port} > ${end}`)];
      return [];
    });
  },
};
