import type { Finding } from '../types.js';
import { clip, FIELD_LIMITS } from './clip.js';
import { sanitizeTerminal } from './escape.js';

/**
 * A finding's message with its suggested port, as every report shows it: clipped, since the message
 * quotes what a manifest wrote. Each report escapes it for its own medium.
 */
export function findingText(finding: Finding): string {
  const text =
    finding.suggestion !== undefined
      ? `${finding.message} (suggested: ${finding.suggestion})`
      : finding.message;
  return clip(text, FIELD_LIMITS.message);
}

/** A rule id as a terminal or a log line shows it: clipped, control characters made visible. */
export function terminalRuleId(id: string): string {
  return sanitizeTerminal(clip(id, FIELD_LIMITS.ruleId));
}
