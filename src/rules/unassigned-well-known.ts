import type { Rule } from './types.js';
import { hitAt, isFirewallRange, portLabel } from './format.js';

export const unassignedWellKnown: Rule = {
  id: 'unassigned-well-known',
  defaultSeverity: 'error',
  description: 'A port in the well-known range 0-1023 that IANA lists as Unassigned.',
  rationale:
    'Well-known ports are handed out by IANA through IETF review. Squatting on an unassigned one collides with whatever is assigned there later and needs root privileges to bind for no benefit; a registered or dynamic port is the right home for a private service.',
  check({ ports }) {
    return ports
      .filter((p) => p.info?.range === 'system' && p.info.status === 'unassigned' && !isFirewallRange(p))
      .map((p) => {
        const block = p.info!.block;
        const where = block
          ? `in IANA's unassigned block ${block.start}-${block.end} of the well-known range`
          : "unassigned in IANA's well-known range";
        return hitAt(p, `${portLabel(p)} is ${where}`);
      });
  },
};
