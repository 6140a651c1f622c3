import type { Rule } from './types.js';
import { formatMessage, type MessageData } from './format.js';

/**
 * Rules about inline `portlint-disable-*` comments. They have no check: their findings are made by
 * src/policy/suppressions.ts once the other rules have run, worded from the tables here.
 */

const unusedMessages = {
  suppressesNothing: '{{directive}} suppresses nothing',
  rulesSuppressNothing: '{{directive}} {{rules}} suppresses nothing',
};

const expiredMessages = {
  expired: 'suppression expired on {{date}}{{reason}}',
};

const invalidMessages = {
  unknownDirective: 'unknown directive "{{directive}}"{{didYouMean}} (portlint knows {{known}})',
  tooManyRuleIds: 'more than {{max}} rule ids in one {{directive}}; the rest are ignored',
  expiryBeforeSeparator:
    'write the expiry after "--" ({{directive}} rule-id -- reason; expires YYYY-MM-DD); the suppression is ignored until it is fixed',
  notSuppressible: '{{rule}} findings cannot be suppressed inline',
  unknownRule: 'unknown rule "{{rule}}" in {{directive}}{{didYouMean}}',
  invalidExpiryDate:
    'expiry date "{{date}}" is not a valid YYYY-MM-DD date; the suppression is ignored until it is fixed',
  expiryWithoutDate: '"expires" needs a date (YYYY-MM-DD); the suppression is ignored until it has one',
};

/** The wording of one suppression finding, from its rule's table. */
export const suppressionMessage = {
  unused: (id: keyof typeof unusedMessages, data: MessageData) => formatMessage(unusedMessages[id], data),
  expired: (id: keyof typeof expiredMessages, data: MessageData) => formatMessage(expiredMessages[id], data),
  invalid: (id: keyof typeof invalidMessages, data: MessageData) => formatMessage(invalidMessages[id], data),
};
export const unusedSuppression: Rule = {
  id: 'unused-suppression',
  defaultSeverity: 'notice',
  suppressible: false,
  messages: unusedMessages,
  description: 'An inline portlint-disable comment that suppresses no finding.',
  rationale:
    'A suppression outlives the port it excused: once the port is changed or removed, a stale comment would silently hide the next real problem on that line. Remove it, as ESLint asks for unused eslint-disable comments.',
};

export const expiredSuppression: Rule = {
  id: 'expired-suppression',
  defaultSeverity: 'warning',
  suppressible: false,
  messages: expiredMessages,
  description:
    'An inline suppression whose expiry date has passed; the findings it covered are reported again.',
  rationale:
    'An expiry date turns a temporary exception into a reminder. Fix the port, or renew the date with a reason if the exception still holds.',
};

export const invalidSuppression: Rule = {
  id: 'invalid-suppression',
  defaultSeverity: 'warning',
  suppressible: false,
  messages: invalidMessages,
  description:
    'An inline suppression with an unknown directive or rule id, a rule that cannot be suppressed, or a malformed expiry date.',
  rationale:
    'A typo in a suppression would otherwise suppress nothing, or never expire, without anyone noticing. A suppression whose expiry date cannot be read does not suppress until it is fixed.',
};
