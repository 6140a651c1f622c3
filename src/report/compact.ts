import type { Finding, ScanResult } from '../types.js';
import { sanitizeTerminal } from './escape.js';
import { findingText } from './finding-text.js';

/** `path:line:col: severity message [rule-id]`, one finding a line: for grep, editors and fixtures. */
export function formatFindingLine(f: Finding): string {
  return `${sanitizeTerminal(f.file)}:${f.line}:${f.column}: ${f.severity} ${sanitizeTerminal(findingText(f))} [${f.ruleId}]`;
}

export function formatCompact(result: ScanResult): string {
  return result.findings.map((f) => `${formatFindingLine(f)}\n`).join('');
}
