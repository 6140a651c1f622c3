/**
 * The GitHub Action: inputs -> runScan (or a report from an earlier run) -> JSON report, SARIF,
 * outputs, annotations, job summary, pull request comment -> the fail-on gate.
 *
 * Everything GitHub-facing that is optional (comment, changed lines, summary) degrades to a
 * warning; only a finding that reaches fail-on, or a broken input, fails the step.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, PortlintError } from './errors.js';
import type { RunOutcome, RunRequest, FailOn } from './run.js';
import type { ScanResult } from './types.js';
import { formatAnnotationCommands } from './report/github-commands.js';
import { planAnnotations, GITHUB_ANNOTATION_CAPS, type ChangedLines } from './report/annotations.js';
import { formatMarkdown, COMMENT_BODY_MAX_LENGTH, SUMMARY_MAX_BYTES } from './report/markdown.js';
import { formatSarif } from './report/sarif.js';
import { sanitizeTerminal } from './report/escape.js';
import { readInputs, type ActionInputs } from './action/inputs.js';
import { readContext, PULL_REQUEST_EVENTS, type ActionContext } from './action/context.js';
import { assertInputsInsideWorkspace } from './action/inside-workspace.js';
import { actionJsonReport, readReportFile, type ReportGitHubBlock } from './action/from-report.js';
import { changedLinesOfFiles } from './action/changed-lines.js';
import { DEFAULT_COMMENT_AUTHOR, upsertComment, type CommentOutcome } from './action/comment.js';
import { GitHubApiError } from './action/http.js';
import type { GitHubApi, PullRequestFile } from './action/github-api.js';
import { gitMissingCommit, planScope, type ScopePlan } from './action/scope.js';
import type { ActionIO } from './action/io.js';

/** The action's boundaries; tests replace any of them. */
export interface ActionDeps {
  io: ActionIO;
  env: Readonly<Record<string, string | undefined>>;
  runScan(request: RunRequest): Promise<RunOutcome>;
  /** Whether a result reaches fail-on (used for reports read back, which runScan did not gate). */
  reachesFailOn(result: ScanResult, failOn: FailOn): boolean;
  createApi(token: string, apiUrl: string, log: (message: string) => void): GitHubApi | Promise<GitHubApi>;
  /** Why commit `sha` cannot be read in `cwd` (for scope: new), or undefined when it can. */
  missingCommit(cwd: string, sha: string): string | undefined;
}

/** The pull request's files, fetched on first use and shared by scope: changed and changed lines. */
type PullRequestFiles = () => Promise<PullRequestFile[]>;

interface Scanned {
  result: ScanResult;
  version: string;
  failOn: FailOn;
  failed: boolean;
  reportPath: string;
  /** The `github` block of a report read back (untrusted), empty otherwise. */
  reportGitHub: ReportGitHubBlock;
}

/** A pull request to comment on: from the workflow, the event, or a report's claim checked against GitHub. */
interface CommentTarget {
  number: number;
  headSha?: string;
}

const MAX_EVENT_BYTES = 32 * 1024 * 1024;

function oneLine(text: string): string {
  return sanitizeTerminal(text.replace(/\s*\r?\n\s*/g, ' ')).slice(0, 1000);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function counts(result: ScanResult): string {
  const { errors, warnings, notices } = result.summary;
  return `${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}, ${plural(notices, 'notice', 'notices')}`;
}

function readEventPayload(eventPath: string | undefined, io: ActionIO): unknown {
  if (!eventPath) return {};
  try {
    if (fs.statSync(eventPath).size > MAX_EVENT_BYTES) throw new Error('event payload too large');
    return JSON.parse(fs.readFileSync(eventPath, 'utf8'));
  } catch (error) {
    io.warning(`portlint: could not read the event payload: ${oneLine((error as Error).message)}`);
    return {};
  }
}

async function defaultDeps(overrides: Partial<ActionDeps>): Promise<ActionDeps> {
  // Loaded on demand so tests that pass their own boundaries never load @actions/* or the scanner.
  const io = overrides.io ?? (await import('./action/io.js')).createCoreIO();
  const needsRun = !overrides.runScan || !overrides.reachesFailOn;
  const runModule = needsRun ? await import('./run.js') : undefined;
  return {
    io,
    env: overrides.env ?? process.env,
    runScan: overrides.runScan ?? runModule!.runScan,
    reachesFailOn: overrides.reachesFailOn ?? runModule!.reachesFailOn,
    missingCommit: overrides.missingCommit ?? gitMissingCommit,
    createApi:
      overrides.createApi ??
      (async (token, apiUrl, log) => {
        const [
          { createOctokitTransport },
          { RestGitHubApi },
          { DEFAULT_RETRY_POLICY, realRetryEnvironment },
          { VERSION },
        ] = await Promise.all([
          import('./action/octokit-transport.js'),
          import('./action/github-api.js'),
          import('./action/http.js'),
          import('./version.js'),
        ]);
        const transport = createOctokitTransport(token, apiUrl, `portlint-action/${VERSION}`);
        return new RestGitHubApi(transport, apiUrl, DEFAULT_RETRY_POLICY, {
          ...realRetryEnvironment,
          onRetry: log,
        });
      }),
  };
}

/** The JSON report goes to a fresh folder under RUNNER_TEMP (or the workspace outside a runner). */
function writeJsonReport(context: ActionContext, text: string): string {
  const folder = context.runnerTemp
    ? fs.mkdtempSync(path.join(context.runnerTemp, 'portlint-'))
    : context.workspace;
  const file = path.join(folder, 'portlint-report.json');
  fs.writeFileSync(file, text);
  return file;
}

function reportGitHubBlock(context: ActionContext): ReportGitHubBlock {
  const block: ReportGitHubBlock = {};
  if (context.repo) block.repository = `${context.repo.owner}/${context.repo.repo}`;
  if (context.pullRequest) {
    block.pullRequest = context.pullRequest.number;
    if (context.pullRequest.headSha) block.headSha = context.pullRequest.headSha;
  } else if (context.sha) {
    block.headSha = context.sha;
  }
  return block;
}

/** Runs the scan with the scope's narrowing; if scanning the base tree fails, warns and scans for all. */
async function scopedScan(deps: ActionDeps, request: RunRequest, scope: ScopePlan): Promise<RunOutcome> {
  if (scope.message?.level === 'warning') deps.io.warning(oneLine(scope.message.text));
  else if (scope.message) deps.io.info(oneLine(scope.message.text));
  if (scope.applied !== 'new') return deps.runScan({ ...request, ...scope.request });
  try {
    return await deps.runScan({ ...request, ...scope.request });
  } catch (error) {
    // A broken config or input fails the step either way; only a git failure falls back.
    if (error instanceof ConfigError) throw error;
    if (error instanceof PortlintError && !error.message.startsWith('git ')) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    deps.io.warning(
      oneLine(`portlint: scope new: could not scan the base commit (${reason}); reporting all findings`),
    );
    return deps.runScan(request);
  }
}

async function scanOrLoad(
  deps: ActionDeps,
  inputs: ActionInputs,
  context: ActionContext,
  pullRequestFiles: PullRequestFiles | undefined,
): Promise<Scanned> {
  if (inputs.fromReport !== undefined) {
    if (inputs.scope !== 'all') {
      deps.io.warning(
        `portlint: scope ${inputs.scope}: ignored with from-report (the report is posted as it is)`,
      );
    }
    const reportPath = path.resolve(context.workspace, inputs.fromReport);
    const loaded = readReportFile(reportPath, inputs.fromReport, [
      context.workspace,
      ...(context.runnerTemp !== undefined ? [context.runnerTemp] : []),
    ]);
    const failOn = inputs.failOn ?? 'error';
    return {
      result: loaded.result,
      version: loaded.version,
      failOn,
      failed: deps.reachesFailOn(loaded.result, failOn),
      reportPath,
      reportGitHub: loaded.github,
    };
  }
  const request: RunRequest = { cwd: context.workspace, paths: inputs.paths };
  if (inputs.configPath !== undefined) request.configPath = inputs.configPath;
  if (inputs.failOn !== undefined) request.failOn = inputs.failOn;
  const scope = await planScope(inputs.scope, {
    context,
    ...(pullRequestFiles ? { pullRequestFiles } : {}),
    missingCommit: (cwd, sha) => deps.missingCommit(cwd, sha),
    describeError: describeFilesFailure,
  });
  const outcome = await scopedScan(deps, request, scope);
  const report = actionJsonReport(outcome.result, outcome.version, reportGitHubBlock(context));
  const reportPath = writeJsonReport(context, `${JSON.stringify(report, null, 2)}\n`);
  return { ...outcome, reportPath, reportGitHub: {} };
}

/** Where someone can read every finding, for notes on what a limit left out. Trusted text only. */
function moreAt(
  inputs: ActionInputs,
  context: ActionContext,
  runId: string | undefined,
  forComment: boolean,
): string {
  const places: string[] = [];
  if (inputs.summary || forComment) {
    const runUrl =
      context.repo && runId && /^\d+$/.test(runId)
        ? `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${runId}`
        : undefined;
    if (forComment && runUrl && inputs.summary) places.push(`[the job summary](${runUrl})`);
    else if (inputs.summary) places.push('the job summary');
  }
  if (inputs.sarifFile) places.push('the SARIF report');
  places.push('the JSON report (output `report`)');
  return places.length === 1
    ? places[0]!
    : `${places.slice(0, -1).join(', ')} or ${places[places.length - 1]}`;
}

/** The pull request this run may comment on, or why it does not comment. */
async function commentTarget(
  inputs: ActionInputs,
  context: ActionContext,
  reportGitHub: ReportGitHubBlock,
  api: GitHubApi | undefined,
): Promise<CommentTarget | { skip: string }> {
  if (inputs.comment === 'never') return { skip: 'comment is set to never' };
  const fromReport = inputs.fromReport !== undefined;
  if (inputs.comment === 'auto' && !fromReport && !PULL_REQUEST_EVENTS.includes(context.eventName)) {
    return { skip: `not a pull request event (${oneLine(context.eventName) || 'no event'})` };
  }
  const runSha = context.workflowRun?.headSha;
  if (inputs.prNumber !== undefined) {
    const headSha =
      runSha ?? (context.pullRequest?.number === inputs.prNumber ? context.pullRequest.headSha : undefined);
    return headSha ? { number: inputs.prNumber, headSha } : { number: inputs.prNumber };
  }
  if (context.pullRequest) return { ...context.pullRequest };
  // GitHub lists a run's pull requests by branch name: only one whose head is the run's commit is this run's.
  const fromRun = runSha ? context.workflowRun?.pullRequests.find((p) => p.headSha === runSha) : undefined;
  if (fromRun && runSha) return { number: fromRun.number, headSha: runSha };
  if (fromReport && reportGitHub.pullRequest !== undefined) {
    // The report may come from a fork: its PR number is only a claim. Accept it when that pull
    // request's head is the commit the triggering workflow ran on.
    const claimed = reportGitHub.pullRequest;
    if (!runSha) {
      return {
        skip: `the report names pull request #${claimed}, which only a workflow_run's head commit can confirm (set the pr-number input)`,
      };
    }
    if (!api || !context.repo) return { skip: `cannot check pull request #${claimed} named in the report` };
    const pull = await api.getPullRequest(context.repo, claimed);
    if (pull.headSha.toLowerCase() !== runSha) {
      return {
        skip: `the report names pull request #${claimed}, whose head is not the commit the workflow_run ran on`,
      };
    }
    return { number: claimed, headSha: runSha };
  }
  return { skip: 'no pull request number (set the pr-number input)' };
}

/** The commit file links point at when there is no pull request to comment on. */
function linkSha(
  inputs: ActionInputs,
  context: ActionContext,
  reportGitHub: ReportGitHubBlock,
): string | undefined {
  if (inputs.fromReport !== undefined) return context.workflowRun?.headSha ?? reportGitHub.headSha;
  return context.pullRequest?.headSha ?? context.sha;
}

/** A rate limit, primary or secondary, whatever its status: waiting helps, permissions do not. */
function describeRateLimit(error: GitHubApiError): string {
  return `GitHub's API rate limit, try again later (${oneLine(error.message)})`;
}

function describeFailure(error: unknown): string {
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
function describeFilesFailure(error: unknown): string {
  if (error instanceof GitHubApiError && error.rateLimited) return describeRateLimit(error);
  if (error instanceof GitHubApiError && (error.status === 403 || error.status === 404)) {
    return `HTTP ${error.status}: the token cannot read this pull request (grant \`pull-requests: read\`)`;
  }
  return oneLine(error instanceof Error ? error.message : String(error));
}

/** Lists the pull request's files once, whoever asks first; undefined without a pull request or API. */
function pullRequestFilesOnce(
  context: ActionContext,
  api: GitHubApi | undefined,
): PullRequestFiles | undefined {
  const { pullRequest, repo } = context;
  if (!pullRequest || !api || !repo) return undefined;
  let files: Promise<PullRequestFile[]> | undefined;
  return () => (files ??= api.listPullRequestFiles(repo, pullRequest.number));
}

async function postComment(
  deps: ActionDeps,
  inputs: ActionInputs,
  context: ActionContext,
  scanned: Scanned,
  api: GitHubApi | undefined,
  target: CommentTarget | { skip: string },
): Promise<void> {
  const { io } = deps;
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
    moreAt: moreAt(inputs, context, deps.env['GITHUB_RUN_ID'], true),
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
        author: inputs.commentAuthor ?? DEFAULT_COMMENT_AUTHOR,
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

async function changedLines(
  deps: ActionDeps,
  pullRequestFiles: PullRequestFiles | undefined,
  /** scope: changed listed the files first and has already warned when that failed. */
  failureReported: boolean,
): Promise<ChangedLines | undefined> {
  if (!pullRequestFiles) return undefined;
  try {
    return changedLinesOfFiles(await pullRequestFiles());
  } catch (error) {
    if (failureReported) return undefined;
    deps.io.warning(
      `portlint: could not read the pull request's changed lines, annotating in file order (${describeFailure(error)})`,
    );
    return undefined;
  }
}

function annotationCounts(result: ScanResult, emitted: { level: string }[]): string {
  const parts = (['error', 'warning', 'notice'] as const).map((level) => {
    const total = result.findings.filter((f) => f.severity === level).length;
    const shown = emitted.filter((a) => a.level === level).length;
    return `${shown}/${total} ${level}s`;
  });
  return parts.join(', ');
}

/** The IO with a count of the warnings issued so far (they share GitHub's warning cap). */
type CountingIO = ActionIO & { warningsIssued(): number };

function countingWarnings(io: ActionIO): CountingIO {
  let warnings = 0;
  return {
    getInput: (name) => io.getInput(name),
    setOutput: (name, value) => io.setOutput(name, value),
    info: (message) => io.info(message),
    warning: (message) => {
      warnings++;
      io.warning(message);
    },
    writeCommands: (text) => io.writeCommands(text),
    appendSummary: (markdown) => io.appendSummary(markdown),
    fail: (message, exitCode) => io.fail(message, exitCode),
    warningsIssued: () => warnings,
  };
}

async function runAction(outerDeps: ActionDeps): Promise<void> {
  const io = countingWarnings(outerDeps.io);
  const deps: ActionDeps = { ...outerDeps, io };
  const { env } = deps;
  const inputs = readInputs((name) => io.getInput(name));
  const context = readContext(env, readEventPayload(env['GITHUB_EVENT_PATH'], io));
  assertInputsInsideWorkspace(inputs, context.workspace);
  const scopeNeedsFiles = inputs.scope === 'changed' && inputs.fromReport === undefined;
  const wantsApi =
    inputs.comment !== 'never' ||
    ((inputs.annotations || scopeNeedsFiles) && context.pullRequest !== undefined);
  const api =
    inputs.token !== '' && wantsApi
      ? await deps.createApi(inputs.token, context.apiUrl, (m) => io.info(`portlint: ${oneLine(m)}`))
      : undefined;
  const pullRequestFiles = pullRequestFilesOnce(context, api);
  const scanned = await scanOrLoad(deps, inputs, context, pullRequestFiles);
  const { result } = scanned;
  io.info(
    `portlint ${oneLine(scanned.version)}: ${plural(result.summary.files, 'file', 'files')}, ` +
      `${plural(result.summary.ports, 'port', 'ports')}: ${counts(result)}`,
  );
  io.info(`portlint: JSON report: ${oneLine(scanned.reportPath)}`);
  const problems: string[] = [];

  let sarifPath = '';
  if (inputs.sarifFile !== undefined) {
    const file = path.resolve(context.workspace, inputs.sarifFile);
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, formatSarif(result, { version: scanned.version }));
      sarifPath = file;
      io.info(`portlint: SARIF: ${oneLine(file)}`);
    } catch (error) {
      problems.push(`could not write SARIF to ${inputs.sarifFile}: ${(error as Error).message}`);
    }
  }

  io.setOutput('errors', String(result.summary.errors));
  io.setOutput('warnings', String(result.summary.warnings));
  io.setOutput('notices', String(result.summary.notices));
  io.setOutput('findings', String(result.findings.length));
  io.setOutput('report', scanned.reportPath);
  io.setOutput('sarif-file', sarifPath);

  // Annotations belong to the run that checked out the code; a report read back has none.
  if (inputs.annotations && inputs.fromReport === undefined) {
    const changed = await changedLines(deps, pullRequestFiles, scopeNeedsFiles);
    // The step's own messages are annotations too and count against the same caps: keep room for
    // the failure reason (an error) and for one later warning (comment or summary trouble).
    const willFail = scanned.failed || problems.length > 0;
    const caps = {
      error: Math.max(0, GITHUB_ANNOTATION_CAPS.error - (willFail ? 1 : 0)),
      warning: Math.max(0, GITHUB_ANNOTATION_CAPS.warning - io.warningsIssued() - 1),
    };
    const options = {
      caps,
      moreAt: moreAt(inputs, context, undefined, false),
      ...(changed ? { changedLines: changed } : {}),
    };
    const emitted = planAnnotations(result.findings, options);
    io.writeCommands(formatAnnotationCommands(emitted));
    io.info(
      `portlint: annotations: ${annotationCounts(result, emitted)} (GitHub keeps ${GITHUB_ANNOTATION_CAPS.error} per level per step` +
        `${changed ? '; changed lines first' : ''})`,
    );
  }

  let target: CommentTarget | { skip: string };
  try {
    target = await commentTarget(inputs, context, scanned.reportGitHub, api);
  } catch (error) {
    target = { skip: `could not check the pull request named in the report: ${describeFailure(error)}` };
  }
  const headSha = 'skip' in target ? linkSha(inputs, context, scanned.reportGitHub) : target.headSha;
  if (inputs.summary) {
    const markdown = formatMarkdown(result, {
      version: scanned.version,
      maxLength: Number.MAX_SAFE_INTEGER,
      maxBytes: SUMMARY_MAX_BYTES,
      moreAt: moreAt({ ...inputs, summary: false }, context, undefined, false),
      ...(context.repo ? { repoUrl: `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}` } : {}),
      ...(headSha ? { headSha } : {}),
    });
    try {
      await io.appendSummary(markdown);
    } catch (error) {
      io.warning(`portlint: could not write the job summary: ${oneLine((error as Error).message)}`);
    }
  }

  await postComment(deps, inputs, context, scanned, api, target);

  if (scanned.failed) {
    io.fail(`portlint: ${counts(result)}; findings reach fail-on: ${scanned.failOn}`, 1);
  } else if (problems.length > 0) {
    io.fail(`portlint: ${oneLine(problems[0]!)}`, 1);
  }
}

/** Runs the action; the only place the step is failed. Never rejects. */
export async function run(overrides: Partial<ActionDeps> = {}): Promise<void> {
  let deps: ActionDeps | undefined;
  try {
    deps = await defaultDeps(overrides);
    await runAction(deps);
  } catch (error) {
    const exitCode = error instanceof PortlintError ? error.exitCode : 1;
    const message = error instanceof Error ? error.message : String(error);
    const prefix = error instanceof PortlintError ? 'portlint' : 'portlint: internal error';
    if (deps) deps.io.fail(`${prefix}: ${oneLine(message)}`, exitCode);
    else {
      process.stdout.write(`::error::${oneLine(`${prefix}: ${message}`).replace(/%/g, '%25')}\n`);
      process.exitCode = exitCode;
    }
  }
}
