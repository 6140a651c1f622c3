/**
 * Which pull request a run may comment on. A report read back (from-report) may come from a fork:
 * the pull request it names is only a claim, accepted when GitHub says that pull request's head is
 * the commit the triggering workflow_run ran on.
 */
import type { ActionInputs } from './inputs.js';
import { PULL_REQUEST_EVENTS, type ActionContext } from './context.js';
import type { ReportGitHubBlock } from './from-report.js';
import type { GitHubApi } from './github-api.js';
import { describeFailure, oneLine } from './messages.js';

/** A pull request to comment on: from the workflow, the event, or a report's claim checked against GitHub. */
export interface CommentTarget {
  number: number;
  headSha?: string;
}

/** A pull request to comment on, or why the run does not comment. */
export type CommentDecision = CommentTarget | { skip: string };

/** The pull request this run may comment on, or why it does not comment. Never rejects. */
export async function commentTarget(
  inputs: ActionInputs,
  context: ActionContext,
  reportGitHub: ReportGitHubBlock,
  api: GitHubApi | undefined,
): Promise<CommentDecision> {
  try {
    return await decide(inputs, context, reportGitHub, api);
  } catch (error) {
    return { skip: `could not check the pull request named in the report: ${describeFailure(error)}` };
  }
}

async function decide(
  inputs: ActionInputs,
  context: ActionContext,
  reportGitHub: ReportGitHubBlock,
  api: GitHubApi | undefined,
): Promise<CommentDecision> {
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

/** The commit file links point at: the target's head, else the run's (or the report's) commit. */
export function linkSha(
  inputs: ActionInputs,
  context: ActionContext,
  reportGitHub: ReportGitHubBlock,
  target: CommentDecision,
): string | undefined {
  if (!('skip' in target)) return target.headSha;
  if (inputs.fromReport !== undefined) return context.workflowRun?.headSha ?? reportGitHub.headSha;
  return context.pullRequest?.headSha ?? context.sha;
}
