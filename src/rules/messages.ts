import type { Diagnostic } from '../types.js';
import { ruleById } from './index.js';

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** A message template with its `{{name}}` placeholders filled in; an unknown name stays as written. */
export function formatMessage(
  template: string,
  data: Readonly<Record<string, string | number>> = {},
): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(data, name) ? String(data[name]) : whole,
  );
}

/** The wording of a parser's diagnostic: its rule's template `messageId` with its data. */
export function diagnosticMessage(diagnostic: Diagnostic): string {
  const { ruleId, messageId } = diagnostic;
  const messages = ruleById(ruleId)?.messages;
  const template = messages && Object.hasOwn(messages, messageId) ? messages[messageId] : undefined;
  if (template === undefined) throw new Error(`rule ${ruleId} has no message ${messageId}`);
  return formatMessage(template, diagnostic.data);
}
