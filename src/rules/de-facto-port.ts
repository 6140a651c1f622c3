import type { Rule } from './types.js';
import { deFactoConflicts } from './conflict.js';

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
  check: deFactoConflicts,
};
