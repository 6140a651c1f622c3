import type { Rule } from './types.js';
import { hitsFrom, portLabel, unauthorizedUseDetail, unauthorizedUsesOf } from './format.js';

export const UNAUTHORIZED_USE_MESSAGES = {
  unauthorizedUse: 'IANA records a known unauthorized use of {{port}}{{detail}}',
  /** Appended to a conflict or de-facto finding on the same port (foldUnauthorizedUse). */
  alsoRecorded: '; IANA also records a known unauthorized use{{detail}}',
};
const hit = hitsFrom(UNAUTHORIZED_USE_MESSAGES);

export const unauthorizedUse: Rule = {
  id: 'unauthorized-use',
  defaultSeverity: 'notice',
  description: 'A port on which IANA records a known unauthorized use.',
  rationale:
    'IANA notes when software is known to use a port it was never assigned. Expect that software, and traffic for it, on the same number.',
  messages: UNAUTHORIZED_USE_MESSAGES,
  check({ ports }) {
    return ports.flatMap((p) => {
      const uses = unauthorizedUsesOf(p);
      return uses.length > 0
        ? [hit(p, 'unauthorizedUse', { port: portLabel(p), detail: unauthorizedUseDetail(uses) })]
        : [];
    });
  },
};
