import type { Rule } from './types.js';

/**
 * Rules about inline `portlint-disable-*` comments. They carry metadata only: their findings are
 * made by src/policy/suppressions.ts once the other rules have run.
 */
export const unusedSuppression: Rule = {
  id: 'unused-suppression',
  defaultSeverity: 'notice',
  suppressible: false,
  description: 'An inline portlint-disable comment that suppresses no finding.',
  rationale:
    'A suppression outlives the port it excused: once the port is changed or removed, a stale comment would silently hide the next real problem on that line. Remove it, as ESLint asks for unused eslint-disable comments.',
};

export const expiredSuppression: Rule = {
  id: 'expired-suppression',
  defaultSeverity: 'warning',
  suppressible: false,
  description:
    'An inline suppression whose expiry date has passed; the findings it covered are reported again.',
  rationale:
    'An expiry date turns a temporary exception into a reminder. Fix the port, or renew the date with a reason if the exception still holds.',
};

export const invalidSuppression: Rule = {
  id: 'invalid-suppression',
  defaultSeverity: 'warning',
  suppressible: false,
  description:
    'An inline suppression with an unknown directive or rule id, a rule that cannot be suppressed, or a malformed expiry date.',
  rationale:
    'A typo in a suppression would otherwise suppress nothing, or never expire, without anyone noticing. A suppression whose expiry date cannot be read does not suppress until it is fixed.',
};
