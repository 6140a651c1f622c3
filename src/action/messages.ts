/** How the action words its log lines and failures: one line each, terminal-safe. */
import type { ScanResult } from '../types.js';
import { sanitizeTerminal } from '../report/escape.js';
import { GitHubApiError } from './http.js';

/** At most this much of a message goes into one log line. */
const MAX_LINE_LENGTH = 1000;

/** `text` on one line, without terminal control sequences, at most MAX_LINE_LENGTH long. */
export function oneLine(text: string): string {
  return sanitizeTerminal(text.replace(/\s*\r?\n\s*/g, ' ')).slice(0, MAX_LINE_LENGTH);
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `1 error, 0 warnings, 2 notices`. */
export function counts(result: ScanResult): string {
  const { errors, warnings, notices } = result.summary;
  return `${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}, ${plural(notices, 'notice', 'notices')}`;
}

/** The first log line: what was scanned and found. */
export function scanSummary(version: string, result: ScanResult): string {
  return (
    `portlint ${oneLine(version)}: ${plural(result.summary.files, 'file', 'files')}, ` +
    `${plural(result.summary.ports, 'port', 'ports')}: ${counts(result)}`
  );
}

/** A rate limit, primary or secondary, whatever its status: waiting helps, permissions do not. */
function describeRateLimit(error: GitHubApiError): string {
  return `GitHub's API rate limit, try again later (${oneLine(error.message)})`;
}

/** An API failure of a comment (or of a call on its way), in one line that says what to change. */
export function describeFailure(error: unknown): string {
  if (error instanceof GitHubApiError) {
    if (error.rateLimited) return describeRateLimit(error);
    if (error.status === 403 || error.status === 404) {
      return (
        `HTTP ${error.status}: the token cannot comment on this pull request ` +
        '(fork pull requests get a read-only GITHUB_TOKEN; grant `pull-requests: write` or use the from-report workflow_run setup)'
      );
    }
    if (error.status === 422) return `HTTP 422: GitHub refused the comment (${oneLine(error.message)})`;
    return oneLine(error.message);
  }
  return oneLine(error instanceof Error ? error.message : String(error));
}

/** An API failure of the pull request files listing, in one line. */
export function describeFilesFailure(error: unknown): string {
  if (error instanceof GitHubApiError && error.rateLimited) return describeRateLimit(error);
  if (error instanceof GitHubApiError && (error.status === 403 || error.status === 404)) {
    return `HTTP ${error.status}: the token cannot read this pull request (grant \`pull-requests: read\`)`;
  }
  return oneLine(error instanceof Error ? error.message : String(error));
}
