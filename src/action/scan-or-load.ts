/**
 * The action's work: scan the workspace (narrowed by the `scope` input) and write the JSON report,
 * or read back a report an earlier run wrote (`from-report`). Either way the result is gated here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { GitError, PortlintError } from '../errors.js';
import type { RunOutcome, RunRequest } from '../pipeline/run.js';
import type { ScanResult } from '../types.js';
import { DEFAULT_FAIL_ON, reachesFailOn, type FailOn } from '../policy/gate.js';
import type { ActionInputs } from './inputs.js';
import type { ActionContext } from './context.js';
import type { ActionDeps } from './deps.js';
import { actionJsonReport, readReportFile, type ReportGitHubBlock } from './from-report.js';
import type { GitHubApi, PullRequestFile } from './github-api.js';
import { planScope, type ScopePlan } from './scope.js';
import { describeFilesFailure, oneLine } from './messages.js';

/** The pull request's files, fetched on first use and shared by scope: changed and changed lines. */
export type PullRequestFiles = () => Promise<PullRequestFile[]>;

/** What the publishers report: a scan's (or a read-back report's) result and its gate. */
export interface Scanned {
  result: ScanResult;
  version: string;
  failOn: FailOn;
  failed: boolean;
  reportPath: string;
  /** The `github` block of a report read back (untrusted), empty otherwise. */
  reportGitHub: ReportGitHubBlock;
}

/** Lists the pull request's files once, whoever asks first; undefined without a pull request or API. */
export function pullRequestFilesOnce(
  context: ActionContext,
  api: GitHubApi | undefined,
): PullRequestFiles | undefined {
  const { pullRequest, repo } = context;
  if (!pullRequest || !api || !repo) return undefined;
  let files: Promise<PullRequestFile[]> | undefined;
  return () => (files ??= api.listPullRequestFiles(repo, pullRequest.number));
}

/** Scans, or loads the report named by `from-report`, and gates the result. */
export async function scanOrLoad(
  deps: ActionDeps,
  inputs: ActionInputs,
  context: ActionContext,
  pullRequestFiles: PullRequestFiles | undefined,
): Promise<Scanned> {
  if (inputs.fromReport !== undefined) return loadReport(deps, inputs, context);
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

function loadReport(deps: ActionDeps, inputs: ActionInputs, context: ActionContext): Scanned {
  const fromReport = inputs.fromReport!;
  if (inputs.scope !== 'all') {
    deps.io.warning(
      `portlint: scope ${inputs.scope}: ignored with from-report (the report is posted as it is)`,
    );
  }
  const reportPath = path.resolve(context.workspace, fromReport);
  const loaded = readReportFile(reportPath, fromReport, [
    context.workspace,
    ...(context.runnerTemp !== undefined ? [context.runnerTemp] : []),
  ]);
  // runScan gates a scan; a report read back is gated here, by this run's fail-on.
  const failOn = inputs.failOn ?? DEFAULT_FAIL_ON;
  return {
    result: loaded.result,
    version: loaded.version,
    failOn,
    failed: reachesFailOn(loaded.result, failOn),
    reportPath,
    reportGitHub: loaded.github,
  };
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
    if (error instanceof PortlintError && !(error instanceof GitError)) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    deps.io.warning(
      oneLine(`portlint: scope new: could not scan the base commit (${reason}); reporting all findings`),
    );
    return deps.runScan(request);
  }
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

/** Where this run happened, for a later workflow_run that comments from the report. */
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
