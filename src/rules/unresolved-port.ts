import type { ClassifiedPort } from '../types.js';
import type { Rule, RuleHit } from './types.js';
import { hitsFrom, portNumber } from './format.js';

/** A Terraform reference portlint follows: `var.x` or `local.x`, nothing computed. */
const TERRAFORM_REFERENCE = /^(?:var|local)\.[A-Za-z_][A-Za-z0-9_-]*$/;

const messages = {
  noValue: 'port "{{raw}}" uses {{variable}}, which has no value or default here',
  terraformReference: 'port is {{reference}}, which has no default portlint can see',
  terraformExpression: 'port is an expression portlint does not evaluate: {{expression}}',
  protocolUnresolved:
    'protocol is {{protocol}}, which portlint cannot resolve: {{port}} is not checked against IANA',
};
const hit = hitsFrom(messages);

/**
 * One short line saying what could not be resolved. What Terraform leaves unresolved is written in
 * its own language (a reference or an expression), so the branch is about the file's kind.
 */
function unresolvedHit(p: ClassifiedPort): RuleHit {
  const what = p.unresolvedVariable!;
  if (p.kind !== 'terraform') return hit(p, 'noValue', { raw: p.raw, variable: what });
  return TERRAFORM_REFERENCE.test(what)
    ? hit(p, 'terraformReference', { reference: what })
    : hit(p, 'terraformExpression', { expression: what });
}

export const unresolvedPort: Rule = {
  id: 'unresolved-port',
  defaultSeverity: 'notice',
  messages,
  seesConnectPorts: true,
  description: 'A port given by a variable that has no value or default portlint can see.',
  rationale:
    'portlint never reads its own environment, so that results do not depend on the machine. Give the variable a default (`${PORT:-8080}`) or a value in the `.env` beside the file to have the port checked.',
  check({ ports }) {
    const unresolvedPorts = ports
      .filter((p) => p.port === null && p.unresolvedVariable !== undefined)
      .map(unresolvedHit);
    // The number is known but IANA assigns per protocol: no verdict, and no protocol to report.
    const unresolvedProtocols = ports
      .filter((p) => p.port !== null && p.protocolUnresolved !== undefined)
      .map((p) => ({
        ...hit(p, 'protocolUnresolved', { protocol: p.protocolUnresolved!, port: portNumber(p) }),
        protocol: null,
      }));
    return [...unresolvedPorts, ...unresolvedProtocols];
  },
};
