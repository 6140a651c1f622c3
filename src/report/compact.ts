import type { Finding, ScanResult } from '../types.js';
import { sanitizeTerminal } from './escape.js';
import { findingText } from './finding-text.js';
import { clip, FIELD_LIMITS } from './clip.js';

/** `path:line:col: severity message [rule-id]`, one finding a line: for grep, editors and fixtures. */
export function formatFindingLine(f: Finding): string {
  const message = sanitizeTerminal(clip(findingText(f), FIELD_LIMITS.message));
  const ruleId = sanitizeTerminal(clip(f.ruleId, FIELD_LIMITS.ruleId));
  return `${sanitizeTerminal(f.file)}:${f.line}:${f.column}: ${f.severity} ${message} [${ruleId}]`;
}

export function formatCompact(result: ScanResult): string {
  return result.findings.map((f) => `${formatFindingLine(f)}\n`).join('');
}
