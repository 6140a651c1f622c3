import type { Finding, ScanResult } from '../types.js';
import { sanitizeTerminal } from './escape.js';
import { findingText, terminalRuleId } from './finding-text.js';

/** `path:line:col: severity message [rule-id]`, one finding a line: for grep, editors and fixtures. */
export function formatFindingLine(f: Finding): string {
  const message = sanitizeTerminal(findingText(f));
  const ruleId = terminalRuleId(f.ruleId);
  return `${sanitizeTerminal(f.file)}:${f.line}:${f.column}: ${f.severity} ${message} [${ruleId}]`;
}

export function formatCompact(result: ScanResult): string {
  return result.findings.map((f) => `${formatFindingLine(f)}\n`).join('');
}
