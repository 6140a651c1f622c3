/**
 * The Markdown body shared by the pull request comment and the job summary: counts by severity,
 * a table of findings (long lists folded into `<details>`), the registry date. Everything taken
 * from a manifest is escaped so that it renders as the characters written and nothing else.
 */
import type { Finding, PortInfo, ScanResult, Severity } from '../types.js';
import { findingText } from './finding-text.js';
import { bySeverity } from '../rules/finding-order.js';
import { escapeMarkdownCell, escapeMarkdownText } from './escape.js';
import { clip, FIELD_LIMITS } from './clip.js';
import { ruleDocsUrl } from '../rules/docs.js';

export interface MarkdownOptions {
  /** portlint's version, shown in the footer. */
  version: string;
  /** Commit the file links point at (a pull request's head commit). Ignored unless hex. */
  headSha?: string;
  /** `https://github.com/<owner>/<repo>`; with headSha, locations become links. */
  repoUrl?: string;
  /** Heading text; default `portlint`. */
  title?: string;
  /** Upper bound in UTF-16 code units; GitHub refuses comments over 65,536 characters. */
  maxLength?: number;
  /** Upper bound in UTF-8 bytes; GitHub keeps job summaries up to 1 MiB. */
  maxBytes?: number;
  /** Rows shown before the rest folds into `<details>`. */
  openRows?: number;
  /** Rows listed at most; a note counts the rest. */
  maxRows?: number;
  /** Where to read what the size limit left out. */
  moreAt?: string;
}

/** Room for the comment marker and a margin below GitHub's 65,536-character comment limit. */
export const COMMENT_BODY_MAX_LENGTH = 65_000;
/** GitHub's job summary limit is 1 MiB per step; stay a little under it. */
export const SUMMARY_MAX_BYTES = 1_000_000;
const DEFAULT_OPEN_ROWS = 10;
const DEFAULT_MAX_ROWS = 1000;
const DEFAULT_MORE_AT = 'the job summary, the SARIF report or `portlint --format text`';

const SEVERITY_ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const TABLE_HEAD =
  '| Severity | Port | IANA assignment | Location | Message |\n| --- | --- | --- | --- | --- |\n';
const MAX_SERVICES_SHOWN = 3;

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(bySeverity);
}

/** `968/tcp`, `3000-3005/tcp`, the variable as written when unresolved, else an em dash. */
function portCell(finding: Finding): string {
  const declared = finding.declared;
  const protocol = finding.protocol ?? declared?.protocol;
  if (finding.port !== null) {
    const end =
      declared &&
      declared.port === finding.port &&
      declared.endPort !== null &&
      declared.endPort !== declared.port
        ? `-${declared.endPort}`
        : '';
    return escapeMarkdownCell(`${finding.port}${end}${protocol ? `/${protocol}` : ''}`);
  }
  if (declared?.raw) return escapeMarkdownCell(clip(declared.raw, FIELD_LIMITS.name));
  return '—';
}

/** What IANA says: the assigned service names, or the status of the number. */
function ianaCell(info: PortInfo | undefined): string {
  if (!info) return '—';
  switch (info.status) {
    case 'assigned': {
      const names = [...new Set(info.services.map((s) => s.name).filter((n) => n !== ''))];
      if (names.length === 0) return 'assigned';
      const shown = names
        .slice(0, MAX_SERVICES_SHOWN)
        .map((name) => escapeMarkdownCell(clip(name, FIELD_LIMITS.name)))
        .join(', ');
      const more = names.length > MAX_SERVICES_SHOWN ? ` +${names.length - MAX_SERVICES_SHOWN} more` : '';
      return `${shown}${more}`;
    }
    case 'unassigned':
      return 'Unassigned';
    case 'reserved':
      return 'Reserved';
    case 'dynamic':
      return 'Dynamic range';
  }
}

/** Percent-encodes each path segment, parentheses too, so the URL cannot end a Markdown link early. */
function encodePath(file: string): string {
  return file
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(
        /[()'*!]/g,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
      ),
    )
    .join('/');
}

function validSha(sha: string | undefined): string | undefined {
  return sha !== undefined && /^[0-9a-f]{7,64}$/i.test(sha) ? sha.toLowerCase() : undefined;
}

function validRepoUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
    // Only the characters a repository URL has, so it cannot break out of `(...)`.
    return /^[A-Za-z0-9._~:/-]+$/.test(url) ? url.replace(/\/+$/, '') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Only a normalised path inside the repository becomes a link: `..`, `.` and empty segments,
 * absolute and drive-letter paths, backslashes and URL schemes could point the link elsewhere.
 */
function isRepositoryPath(file: string): boolean {
  if (file === '' || file.length > FIELD_LIMITS.path) return false;
  if (file.includes('\\') || /^[a-z][a-z0-9+.-]*:/i.test(file) || !file.isWellFormed()) return false;
  return file.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

function locationCell(finding: Finding, repoUrl: string | undefined, sha: string | undefined): string {
  const text = escapeMarkdownCell(`${clip(finding.file, FIELD_LIMITS.path)}:${finding.line}`);
  if (!repoUrl || !sha || !isRepositoryPath(finding.file)) return text;
  return `[${text}](${repoUrl}/blob/${sha}/${encodePath(finding.file)}#L${Math.max(1, finding.line)})`;
}

/** A rule's id linked to its page; an id no rule could have (it came from a report) stays plain text. */
function ruleCell(ruleId: string): string {
  const text = escapeMarkdownCell(clip(ruleId, FIELD_LIMITS.ruleId));
  if (!/^[a-z0-9-]+$/.test(ruleId) || ruleId.length > FIELD_LIMITS.ruleId) return `(${text})`;
  return `([${text}](${ruleDocsUrl(ruleId)}))`;
}

/** Places of the same logical port (or a clash's other half) named in the message cell. */
const RELATED_SHOWN = 3;

function relatedLine(finding: Finding): string {
  // Lines, as the Location column shows them: a `host:container` pair is one line.
  const related = [...new Set((finding.relatedLocations ?? []).map((r) => `${r.file}\0${r.line}`))];
  if (related.length === 0) return '';
  const shown = related.slice(0, RELATED_SHOWN).map((key) => {
    const [file, line] = key.split('\0') as [string, string];
    return escapeMarkdownCell(`${clip(file, FIELD_LIMITS.path)}:${line}`);
  });
  const more = related.length > RELATED_SHOWN ? ` and ${related.length - RELATED_SHOWN} more` : '';
  return `<br>Also at ${shown.join(', ')}${more}`;
}

function row(finding: Finding, repoUrl: string | undefined, sha: string | undefined): string {
  const cells = [
    `${SEVERITY_ICON[finding.severity]} ${finding.severity}`,
    portCell(finding),
    ianaCell(finding.declared?.info),
    locationCell(finding, repoUrl, sha),
    `${escapeMarkdownCell(findingText(finding))} ${ruleCell(finding.ruleId)}${relatedLine(finding)}`,
  ];
  return `| ${cells.join(' | ')} |\n`;
}

function heading(result: ScanResult, title: string): string {
  const { errors, warnings, notices } = result.summary;
  const escapedTitle = escapeMarkdownText(clip(title, FIELD_LIMITS.title));
  if (result.findings.length === 0) return `### ✅ ${escapedTitle}: no findings\n\n`;
  const icon = errors > 0 ? SEVERITY_ICON.error : warnings > 0 ? SEVERITY_ICON.warning : SEVERITY_ICON.notice;
  const counts = [
    plural(errors, 'error', 'errors'),
    plural(warnings, 'warning', 'warnings'),
    plural(notices, 'notice', 'notices'),
  ].join(', ');
  return `### ${icon} ${escapedTitle}: ${counts}\n\n`;
}

function countsTable(result: ScanResult): string {
  const { errors, warnings, notices, ports, files } = result.summary;
  return (
    '| ❌ Errors | ⚠️ Warnings | ℹ️ Notices | Ports | Files |\n' +
    '| ---: | ---: | ---: | ---: | ---: |\n' +
    `| ${errors} | ${warnings} | ${notices} | ${ports} | ${files} |\n\n`
  );
}

function cleanBody(result: ScanResult): string {
  const { ports, files } = result.summary;
  if (ports === 0) return `No declared ports found (${plural(files, 'file', 'files')} scanned).\n\n`;
  return `Checked ${plural(ports, 'declared port', 'declared ports')} in ${plural(files, 'file', 'files')}: nothing to report.\n\n`;
}

function footer(result: ScanResult, version: string, sha: string | undefined): string {
  const parts = [
    `IANA registry updated ${escapeMarkdownText(clip(result.registryUpdated, FIELD_LIMITS.date))}`,
    `portlint ${escapeMarkdownText(clip(version, FIELD_LIMITS.version))}`,
  ];
  if (sha) parts.push(`commit ${sha.slice(0, 7)}`);
  return `<sub>${parts.join(' · ')}</sub>\n`;
}

/** Measures text against both limits as it is appended. */
class Budget {
  private length = 0;
  private bytes = 0;
  constructor(
    private readonly maxLength: number,
    private readonly maxBytes: number,
  ) {}

  fits(text: string, reserve = 0): boolean {
    return (
      this.length + text.length + reserve <= this.maxLength &&
      this.bytes + Buffer.byteLength(text, 'utf8') + reserve <= this.maxBytes
    );
  }

  take(text: string): string {
    this.length += text.length;
    this.bytes += Buffer.byteLength(text, 'utf8');
    return text;
  }

  /** Whether a whole text, measured from scratch, is within both limits. */
  holds(text: string): boolean {
    return text.length <= this.maxLength && Buffer.byteLength(text, 'utf8') <= this.maxBytes;
  }
}

function omittedNote(omitted: number, bySize: boolean, maxRows: number, moreAt: string): string {
  const why = bySize ? "GitHub's size limit" : `the table lists at most ${maxRows}`;
  return (
    `> [!NOTE]\n> ${plural(omitted, 'more finding is', 'more findings are')} not listed here (${why}). ` +
    `See ${moreAt}.\n\n`
  );
}

/**
 * Renders a scan as GitHub-flavoured Markdown. Findings are sorted by severity, path and position;
 * the first `openRows` are shown, the rest folded into `<details>`; rows past `maxRows`, or that
 * would push the body over `maxLength`/`maxBytes`, are left out and a note says how many and where
 * to see them. Every field is cut to a bounded length, so the limits hold whatever the scan holds.
 */
export function formatMarkdown(result: ScanResult, options: MarkdownOptions): string {
  const title = options.title ?? 'portlint';
  const sha = validSha(options.headSha);
  const repoUrl = validRepoUrl(options.repoUrl);
  const openRows = Math.max(0, options.openRows ?? DEFAULT_OPEN_ROWS);
  const maxRows = Math.max(0, options.maxRows ?? DEFAULT_MAX_ROWS);
  const moreAt = options.moreAt ?? DEFAULT_MORE_AT;
  const end = footer(result, options.version, sha);
  const budget = new Budget(
    options.maxLength ?? COMMENT_BODY_MAX_LENGTH,
    options.maxBytes ?? Number.MAX_SAFE_INTEGER,
  );

  let body = budget.take(heading(result, title));
  if (result.findings.length === 0) {
    body += budget.take(cleanBody(result));
    return guard(body + end, budget, result);
  }
  body += budget.take(countsTable(result));

  const findings = sortFindings(result.findings);
  // Room for what follows the rows: the closing of the fold, the longest note and the footer.
  const reserve =
    Buffer.byteLength(end, 'utf8') +
    Buffer.byteLength(omittedNote(findings.length, false, maxRows, moreAt), 'utf8') +
    16;
  const foldOpen = `<details>\n<summary>${plural(findings.length - openRows, 'more finding', 'more findings')}</summary>\n\n`;
  const foldClose = '</details>\n\n';
  let shown = 0;
  let bySize = false;
  for (const [index, finding] of findings.entries()) {
    if (index >= maxRows) break;
    let prefix = '';
    if (index === openRows) prefix = `${index === 0 ? '' : '\n'}${foldOpen}${TABLE_HEAD}`;
    else if (index === 0) prefix = TABLE_HEAD;
    const text = prefix + row(finding, repoUrl, sha);
    const closing = index >= openRows ? foldClose.length : 0;
    if (!budget.fits(text, reserve + closing)) {
      bySize = true;
      break;
    }
    body += budget.take(text);
    shown++;
  }
  body += shown > openRows ? budget.take(`\n${foldClose}`) : budget.take('\n');

  const omitted = findings.length - shown;
  if (omitted > 0) body += budget.take(omittedNote(omitted, bySize, maxRows, moreAt));
  return guard(body + end, budget, result);
}

/** The last word on size: a body over a limit (only with tiny limits) gives way to a short one. */
function guard(body: string, budget: Budget, result: ScanResult): string {
  if (budget.holds(body)) return body;
  const short = `${heading(result, 'portlint')}The report is too large to show here.\n`;
  return budget.holds(short) ? short : '';
}
