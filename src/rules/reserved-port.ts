import type { Rule } from './types.js';
import { hitsFrom, isFirewallRange, portLabel } from './format.js';
import { isServiceRange } from './port-ranges.js';
import { isSoftwareDefault } from './conflict.js';

const messages = {
  reserved: '{{port}} is reserved by IANA',
  reservedWithNote: '{{port}} is reserved by IANA ({{note}})',
};
const hit = hitsFrom(messages);

export const reservedPort: Rule = {
  id: 'reserved-port',
  defaultSeverity: 'error',
  messages,
  suggests: true,
  description: 'A port that IANA marks Reserved.',
  rationale:
    'IANA reserves some numbers (0, 1024, 49151, de-assigned ports) so that nothing uses them; port 0 asks the kernel for a random port, and a de-assigned port may still be used by old software.',
  check({ ports, matcher }) {
    // A range is a pool (passive FTP, RTP, an emulator's service ports): a reserved number inside
    // it is not a choice anyone made, so only single ports are checked.
    return ports
      .filter(
        (p) =>
          p.info?.status === 'reserved' &&
          !isFirewallRange(p) &&
          !isServiceRange(p) &&
          // The software's own default is the `de-facto-port` notice: the deployer did not choose it.
          !isSoftwareDefault(p, matcher),
      )
      .map((p) => {
        const note = p.info!.notes[0];
        return note
          ? hit(p, 'reservedWithNote', { port: portLabel(p), note })
          : hit(p, 'reserved', { port: portLabel(p) });
      });
  },
};
