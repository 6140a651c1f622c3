import type { Finding } from '../types.js';

/** A finding's message with its suggested port, as every report shows it. */
export function findingText(finding: Finding): string {
  return finding.suggestion !== undefined
    ? `${finding.message} (suggested: ${finding.suggestion})`
    : finding.message;
}
