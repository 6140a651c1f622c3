import type { Diagnostic } from '../types.js';
import { ruleById } from './index.js';
import { formatMessage } from './format.js';

/** The wording of a parser's diagnostic: its rule's template `messageId` with its data. */
export function diagnosticMessage(diagnostic: Diagnostic): string {
  const { ruleId, messageId } = diagnostic;
  const messages = ruleById(ruleId)?.messages;
  const template = messages && Object.hasOwn(messages, messageId) ? messages[messageId] : undefined;
  if (template === undefined) throw new Error(`rule ${ruleId} has no message ${messageId}`);
  return formatMessage(template, diagnostic.data);
}
