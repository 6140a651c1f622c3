import type { Rule } from './types.js';
import { hitsFrom, isFirewallRange, portLabel } from './format.js';
import { isServiceRange, unassignedCoverage } from './port-ranges.js';
import { isSoftwareDefault } from './conflict.js';

const messages = {
  inBlock: "{{port}} is in IANA's unassigned block {{start}}-{{end}} of the well-known range",
  unassigned: "{{port}} is unassigned in IANA's well-known range",
  rangeCovers: '{{port}} covers well-known ports IANA lists as unassigned: {{ports}}',
};
const hit = hitsFrom(messages);

export const unassignedWellKnown: Rule = {
  id: 'unassigned-well-known',
  defaultSeverity: 'error',
  messages,
  suggests: true,
  description: 'A port in the well-known range 0-1023 that IANA lists as Unassigned.',
  rationale:
    'Well-known ports are handed out by IANA through IETF review. Squatting on an unassigned one collides with whatever is assigned there later and needs root privileges to bind for no benefit; a registered or dynamic port is the right home for a private service.',
  check(context) {
    const ranges = context.ports.filter(isServiceRange).flatMap((p) => {
      const unassigned = unassignedCoverage(context, p);
      return unassigned === undefined
        ? []
        : [hit(p, 'rangeCovers', { port: portLabel(p), ports: unassigned })];
    });
    const single = context.ports
      .filter(
        (p) =>
          p.info?.range === 'system' &&
          p.info.status === 'unassigned' &&
          !isFirewallRange(p) &&
          !isServiceRange(p) &&
          // The software's own default is the `de-facto-port` notice: the deployer did not choose it.
          !isSoftwareDefault(p, context.matcher),
      )
      .map((p) => {
        const block = p.info!.block;
        return block
          ? hit(p, 'inBlock', { port: portLabel(p), start: block.start, end: block.end })
          : hit(p, 'unassigned', { port: portLabel(p) });
      });
    return [...single, ...ranges];
  },
};
