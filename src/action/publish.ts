/**
 * Where the action publishes a result: SARIF, step outputs, annotations, the job summary and the
 * pull request comment. Each degrades to a warning (or, for SARIF, to a reason the gate fails with):
 * none of them fails the step by itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatAnnotationCommands } from '../report/github-commands.js';
import {
  capsLeftForFindings,
  GITHUB_ANNOTATION_CAPS,
  planAnnotations,
  type Annotation,
  type ChangedLines,
} from '../report/annotations.js';
import { formatMarkdown, COMMENT_BODY_MAX_LENGTH, SUMMARY_MAX_BYTES } from '../report/markdown.js';
import { formatSarif } from '../report/sarif.js';
import type { ScanResult } from '../types.js';
import type { ActionInputs } from './inputs.js';
import type { ActionContext } from './context.js';
import type { CountingIO } from './counting-io.js';
import type { GitHubApi } from './github-api.js';
import type { PullRequestFiles, Scanned } from './scan-or-load.js';
import type { CommentDecision } from './comment-target.js';
import { changedLinesOfFiles } from './changed-lines.js';
import { upsertComment, type CommentOutcome } from './comment.js';
import { describeFailure, oneLine } from './messages.js';
import { reportRoot } from '../pipeline/report-root.js';

/** What every publisher reads. */
export interface Publication {
  io: CountingIO;
  env: Readonly<Record<string, string | undefined>>;
  inputs: ActionInputs;
  context: ActionContext;
  scanned: Scanned;
  api: GitHubApi | undefined;
}

/** Writes the SARIF file the `sarif-file` input names; its path, or why it could not be written. */
export function writeSarif({
  io,
  inputs,
  context,
  scanned,
}: Publication): { path: string } | { problem: string } {
  if (inputs.sarifFile === undefined) return { path: '' };
  const file = path.resolve(context.workspace, inputs.sarifFile);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Asked only here: finding git's top level costs a process, and only SARIF needs it.
    const base = { cwd: context.workspace, root: reportRoot(context.workspace, inputs.paths) };
    fs.writeFileSync(file, formatSarif(scanned.result, { version: scanned.version, base }));
  } catch (error) {
    return { problem: `could not write SARIF to ${inputs.sarifFile}: ${(error as Error).message}` };
  }
  io.info(`portlint: SARIF: ${oneLine(file)}`);
  return { path: file };
}

/** The step's outputs (action.yml). */
export function setOutputs({ io, scanned }: Publication, sarifPath: string): void {
  const { result } = scanned;
  io.setOutput('errors', String(result.summary.errors));
  io.setOutput('warnings', String(result.summary.warnings));
  io.setOutput('notices', String(result.summary.notices));
  io.setOutput('findings', String(result.findings.length));
  io.setOutput('report', scanned.reportPath);
  io.setOutput('sarif-file', sarifPath);
}

/**
 * Annotations on the findings, changed lines first, within the caps the step's own messages leave.
 * `filesFailureReported`: scope: changed listed the files first and has already warned when that failed.
 */
export async function annotate(
  publication: Publication,
  pullRequestFiles: PullRequestFiles | undefined,
  filesFailureReported: boolean,
  willFail: boolean,
): Promise<void> {
  const { io, scanned } = publication;
  const changed = await changedLines(io, pullRequestFiles, filesFailureReported);
  const options = {
    caps: capsLeftForFindings(willFail, io.warningsIssued()),
    moreAt: moreAt(publication, false, false),
    ...(changed ? { changedLines: changed } : {}),
  };
  const emitted = planAnnotations(scanned.result.findings, options);
  io.writeCommands(formatAnnotationCommands(emitted));
  io.info(
    `portlint: annotations: ${annotationCounts(scanned.result, emitted)} (GitHub keeps ${GITHUB_ANNOTATION_CAPS.error} per level per step` +
      `${changed ? '; changed lines first' : ''})`,
  );
}

async function changedLines(
  io: CountingIO,
  pullRequestFiles: PullRequestFiles | undefined,
  failureReported: boolean,
): Promise<ChangedLines | undefined> {
  if (!pullRequestFiles) return undefined;
  try {
    return changedLinesOfFiles(await pullRequestFiles());
  } catch (error) {
    if (failureReported) return undefined;
    io.warning(
      `portlint: could not read the pull request's changed lines, annotating in file order (${describeFailure(error)})`,
    );
    return undefined;
  }
}

/** `shown/total` per level: `2/2 errors, 10/14 warnings, 0/0 notices`. */
function annotationCounts(result: ScanResult, emitted: readonly Annotation[]): string {
  const parts = (['error', 'warning', 'notice'] as const).map((level) => {
    const total = result.findings.filter((f) => f.severity === level).length;
    const shown = emitted.filter((a) => a.level === level).length;
    return `${shown}/${total} ${level}s`;
  });
  return parts.join(', ');
}

/** Appends the report to the job summary; file links point at `headSha`. */
export async function writeSummary(publication: Publication, headSha: string | undefined): Promise<void> {
  const { io, context, scanned } = publication;
  const markdown = formatMarkdown(scanned.result, {
    version: scanned.version,
    maxLength: Number.MAX_SAFE_INTEGER,
    maxBytes: SUMMARY_MAX_BYTES,
    moreAt: moreAt(publication, false, true),
    ...(context.repo ? { repoUrl: `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}` } : {}),
    ...(headSha ? { headSha } : {}),
  });
  try {
    await io.appendSummary(markdown);
  } catch (error) {
    io.warning(`portlint: could not write the job summary: ${oneLine((error as Error).message)}`);
  }
}

/** Posts or updates the pull request comment, or logs why not. */
export async function postComment(publication: Publication, target: CommentDecision): Promise<void> {
  const { io, inputs, context, scanned, api } = publication;
  if ('skip' in target) {
    io.info(`portlint: PR comment: skipped (${target.skip})`);
    return;
  }
  if (!api || !context.repo) {
    io.warning(
      `portlint: PR comment: not posted (${!api ? 'no github-token' : 'GITHUB_REPOSITORY is not set'})`,
    );
    return;
  }
  const repoUrl = `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}`;
  const markdown = formatMarkdown(scanned.result, {
    version: scanned.version,
    repoUrl,
    maxLength: COMMENT_BODY_MAX_LENGTH,
    moreAt: moreAt(publication, true, false),
    ...(target.headSha ? { headSha: target.headSha } : {}),
  });
  let outcome: CommentOutcome;
  try {
    outcome = await upsertComment(
      api,
      context.repo,
      target.number,
      markdown,
      scanned.result.findings.length === 0,
      {
        ...(inputs.commentAuthor !== undefined ? { author: inputs.commentAuthor } : {}),
        warn: (message) => io.warning(`portlint: PR comment: ${oneLine(message)}`),
      },
    );
  } catch (error) {
    io.warning(`portlint: PR comment: not posted on #${target.number} (${describeFailure(error)})`);
    return;
  }
  const where = `#${target.number}`;
  if (outcome.action === 'skipped') io.info(`portlint: PR comment: skipped on ${where} (${outcome.reason})`);
  else io.info(`portlint: PR comment: ${outcome.action} on ${where} (comment ${outcome.commentId})`);
}

/**
 * Where someone can read every finding, for notes on what a limit left out. Trusted text only.
 * The comment links the job summary; the summary itself does not name itself.
 */
function moreAt({ inputs, context, env }: Publication, forComment: boolean, inSummary: boolean): string {
  const places: string[] = [];
  const summary = inputs.summary && !inSummary;
  if (summary) {
    const runId = forComment ? env['GITHUB_RUN_ID'] : undefined;
    const runUrl =
      context.repo && runId && /^\d+$/.test(runId)
        ? `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${runId}`
        : undefined;
    places.push(forComment && runUrl ? `[the job summary](${runUrl})` : 'the job summary');
  }
  if (inputs.sarifFile) places.push('the SARIF report');
  places.push('the JSON report (output `report`)');
  return places.length === 1
    ? places[0]!
    : `${places.slice(0, -1).join(', ')} or ${places[places.length - 1]}`;
}
