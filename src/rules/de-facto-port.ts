import type { ClassifiedPort } from '../types.js';
import type { Rule, RuleHit } from './types.js';
import { deFactoUses } from './conflict.js';
import { describeServices, hitsFrom, portLabel } from './format.js';

const messages = {
  registered: '{{port}} is registered to {{services}}; {{software}} uses it by convention',
  reserved: '{{port}} is reserved by IANA; {{software}} uses it by convention',
  unassigned: "{{port}} is unassigned in IANA's well-known range; {{software}} uses it by convention",
};
const hit = hitsFrom(messages);

/** What IANA says about the port, and who uses it by convention. */
function deFactoHit(p: ClassifiedPort, software: string): RuleHit {
  const data = { port: portLabel(p), software };
  if (p.info!.status === 'assigned')
    return hit(p, 'registered', { ...data, services: describeServices(p.info!.services) });
  return hit(p, p.info!.status === 'reserved' ? 'reserved' : 'unassigned', data);
}

/**
 * A registered or well-known port that IANA assigns to another service, used by software that
 * takes it by convention (src/classify/de-facto-ports.ts). Reported instead of the conflict.
 */
export const deFactoPort: Rule = {
  id: 'de-facto-port',
  defaultSeverity: 'notice',
  description:
    'A port that IANA assigns to another service, declared by software that uses it by convention (Kafka on 9092, Grafana on 3000).',
  rationale:
    "Much widely used software ships with a default port that IANA registers to someone else. Moving it would surprise everyone who knows the convention, so this is not a conflict; the notice records both facts, so that a firewall rule or a port scan that names the port after IANA's assignment is not taken at face value.",
  messages,
  check: (context) => deFactoUses(context).map(({ port, entry }) => deFactoHit(port, entry.software)),
};
