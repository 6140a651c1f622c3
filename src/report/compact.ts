import type { Finding, ScanResult } from '../types.js';
import { sanitizeTerminal } from './escape.js';

/** `path:line:col: severity message [rule-id]`, one finding a line: for grep, editors and fixtures. */
export function formatFindingLine(f: Finding): string {
  const suggestion = f.suggestion !== undefined ? ` (suggested: ${f.suggestion})` : '';
  return `${sanitizeTerminal(f.file)}:${f.line}:${f.column}: ${f.severity} ${sanitizeTerminal(f.message)}${suggestion} [${f.ruleId}]`;
}

export function formatCompact(result: ScanResult): string {
  return result.findings.map((f) => `${formatFindingLine(f)}\n`).join('');
}
