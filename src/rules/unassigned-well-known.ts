import type { Rule } from './types.js';
import { hitAt, isFirewallRange, portLabel } from './format.js';
import { isServiceRange, unassignedCoverage } from './port-ranges.js';
import { isSoftwareDefault } from './conflict.js';

export const unassignedWellKnown: Rule = {
  id: 'unassigned-well-known',
  defaultSeverity: 'error',
  suggests: true,
  description: 'A port in the well-known range 0-1023 that IANA lists as Unassigned.',
  rationale:
    'Well-known ports are handed out by IANA through IETF review. Squatting on an unassigned one collides with whatever is assigned there later and needs root privileges to bind for no benefit; a registered or dynamic port is the right home for a private service.',
  check(context) {
    const ranges = context.ports.filter(isServiceRange).flatMap((p) => {
      const message = unassignedCoverage(context, p);
      return message === undefined ? [] : [hitAt(p, message)];
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
        const where = block
          ? `in IANA's unassigned block ${block.start}-${block.end} of the well-known range`
          : "unassigned in IANA's well-known range";
        return hitAt(p, `${portLabel(p)} is ${where}`);
      });
    return [...single, ...ranges];
  },
};
