import type { Rule } from './types.js';
import { hitAt } from './format.js';

export const unresolvedPort: Rule = {
  id: 'unresolved-port',
  defaultSeverity: 'notice',
  description: 'A port given by a variable that has no value or default portlint can see.',
  rationale:
    'portlint never reads its own environment, so that results do not depend on the machine. Give the variable a default (`${PORT:-8080}`) or a value in the `.env` beside the file to have the port checked.',
  check({ ports }) {
    return ports
      .filter((p) => p.port === null && p.unresolvedVariable !== undefined)
      .map((p) =>
        hitAt(p, `port "${p.raw}" uses ${p.unresolvedVariable}, which has no value or default here`),
      );
  },
};
