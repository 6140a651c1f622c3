import type { Rule } from './types.js';
import { hitAt, portLabel, unauthorizedUseDetail, unauthorizedUsesOf } from './format.js';

export const unauthorizedUse: Rule = {
  id: 'unauthorized-use',
  defaultSeverity: 'notice',
  description: 'A port on which IANA records a known unauthorized use.',
  rationale:
    'IANA notes when software is known to use a port it was never assigned. Expect that software, and traffic for it, on the same number.',
  check({ ports }) {
    return ports
      .filter((p) => unauthorizedUsesOf(p).length > 0)
      .map((p) =>
        hitAt(
          p,
          `IANA records a known unauthorized use of ${portLabel(p)}${unauthorizedUseDetail(unauthorizedUsesOf(p))}`,
        ),
      );
  },
};
