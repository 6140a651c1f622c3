import type { ClassifiedPort } from '../types.js';
import type { Rule } from './types.js';
import { hitAt } from './format.js';

/** A Terraform reference portlint follows: `var.x` or `local.x`, nothing computed. */
const TERRAFORM_REFERENCE = /^(?:var|local)\.[A-Za-z_][A-Za-z0-9_-]*$/;

/** `8080`, or `8000-8100` for a range. */
function numberOf(p: ClassifiedPort): string {
  return p.endPort !== null && p.endPort !== p.port ? `${p.port}-${p.endPort}` : `${p.port}`;
}

/** One short line saying what could not be resolved. */
function unresolvedMessage(p: ClassifiedPort): string {
  const what = p.unresolvedVariable!;
  if (p.kind !== 'terraform') return `port "${p.raw}" uses ${what}, which has no value or default here`;
  return TERRAFORM_REFERENCE.test(what)
    ? `port is ${what}, which has no default portlint can see`
    : `port is an expression portlint does not evaluate: ${what}`;
}

export const unresolvedPort: Rule = {
  id: 'unresolved-port',
  defaultSeverity: 'notice',
  seesConnectPorts: true,
  description: 'A port given by a variable that has no value or default portlint can see.',
  rationale:
    'portlint never reads its own environment, so that results do not depend on the machine. Give the variable a default (`${PORT:-8080}`) or a value in the `.env` beside the file to have the port checked.',
  check({ ports }) {
    const unresolvedPorts = ports
      .filter((p) => p.port === null && p.unresolvedVariable !== undefined)
      .map((p) => hitAt(p, unresolvedMessage(p)));
    // The number is known but IANA assigns per protocol: no verdict, and no protocol to report.
    const unresolvedProtocols = ports
      .filter((p) => p.port !== null && p.protocolUnresolved !== undefined)
      .map((p) => ({
        ...hitAt(
          p,
          `protocol is ${p.protocolUnresolved}, which portlint cannot resolve: ${numberOf(p)} is not checked against IANA`,
        ),
        protocol: null,
      }));
    return [...unresolvedPorts, ...unresolvedProtocols];
  },
};
