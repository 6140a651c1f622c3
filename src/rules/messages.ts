import type { Diagnostic } from '../types.js';
import { ruleById } from './index.js';
import { formatMessage } from './format.js';

export { formatMessage };

/** The wording of a parser's diagnostic: its rule's template `messageId` with its data. */
export function diagnosticMessage(diagnostic: Diagnostic): string {
  if (diagnostic.message !== undefined) return diagnostic.message;
  const { ruleId, messageId } = diagnostic;
  const messages = ruleById(ruleId)?.messages;
  const template =
    messageId !== undefined && messages && Object.hasOwn(messages, messageId)
      ? messages[messageId]
      : undefined;
  if (template === undefined) throw new Error(`rule ${ruleId} has no message ${String(messageId)}`);
  return formatMessage(template, diagnostic.data);
}
