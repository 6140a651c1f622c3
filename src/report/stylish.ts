import type { Finding, ScanResult, Severity } from '../types.js';
import { sanitizeTerminal } from './escape.js';
import { findingText, terminalRuleId } from './finding-text.js';
import { clip, FIELD_LIMITS } from './clip.js';
import { ruleDocsUrl } from '../rules/docs.js';

export interface StylishOptions {
  color: boolean;
}

const COLORS: Record<Severity | 'dim' | 'bold', [string, string]> = {
  error: ['\u001b[31m', '\u001b[39m'],
  warning: ['\u001b[33m', '\u001b[39m'],
  notice: ['\u001b[36m', '\u001b[39m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  bold: ['\u001b[1m', '\u001b[22m'],
};

/**
 * For people: findings grouped by file, `line:col  severity  message  rule-id`, then one summary
 * line. Every manifest-controlled string is sanitized before it reaches the terminal.
 */
export function formatStylish(result: ScanResult, options: StylishOptions): string {
  const paint = (style: keyof typeof COLORS, text: string) =>
    options.color ? `${COLORS[style][0]}${text}${COLORS[style][1]}` : text;
  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const lines: string[] = [];
  for (const [file, findings] of byFile) {
    lines.push(paint('bold', sanitizeTerminal(file)));
    for (const f of findings) {
      const where = `${f.line}:${f.column}`.padEnd(8);
      const severity = paint(f.severity, f.severity.padEnd(7));
      const message = sanitizeTerminal(findingText(f));
      lines.push(`  ${where} ${severity} ${message}  ${paint('dim', terminalRuleId(f.ruleId))}`);
    }
    lines.push('');
  }
  for (const id of [...new Set(result.findings.map((f) => f.ruleId))].sort()) {
    lines.push(
      `${paint('dim', 'docs:')} ${terminalRuleId(id)} ${ruleDocsUrl(clip(id, FIELD_LIMITS.ruleId))}`,
    );
  }
  if (result.findings.length) lines.push('');
  const { summary } = result;
  const problems = summary.errors + summary.warnings + summary.notices;
  const counts = `${summary.errors} ${plural(summary.errors, 'error')}, ${summary.warnings} ${plural(summary.warnings, 'warning')}, ${summary.notices} ${plural(summary.notices, 'notice')}`;
  const scanned = `${summary.ports} ${plural(summary.ports, 'port')} in ${summary.files} ${plural(summary.files, 'file')}`;
  const verdict =
    problems === 0
      ? paint('bold', `✓ no problems: ${scanned}`)
      : paint(summary.errors ? 'error' : 'warning', `✖ ${counts}`) +
        ` (${scanned}; IANA registry ${sanitizeTerminal(clip(result.registryUpdated, FIELD_LIMITS.date))})`;
  lines.push(verdict);
  return `${lines.join('\n')}\n`;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
