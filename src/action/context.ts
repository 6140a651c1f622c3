/**
 * What the runner tells the action about the run: environment variables and the event payload.
 * Read once, validated, with no dependency on @actions/github.
 */
import type { RepoRef } from './github-api.js';
import { isCommitSha, isObject } from './guards.js';

/** A pull request the run belongs to. `headSha` is the PR's head commit, not the merge commit. */
export interface PullRequestRef {
  number: number;
  headSha?: string;
  /** The base commit the pull request is compared with (`pull_request.base.sha`; PR events only). */
  baseSha?: string;
}

export interface ActionContext {
  eventName: string;
  repo?: RepoRef;
  /** `https://github.com` or the GHES host. */
  serverUrl: string;
  apiUrl: string;
  /** GITHUB_SHA: for pull_request events a merge commit. */
  sha?: string;
  workspace: string;
  runnerTemp?: string;
  /** From a `pull_request` / `pull_request_target` payload. */
  pullRequest?: PullRequestRef;
  /** From a `workflow_run` payload (trusted: GitHub writes it, not the pull request). */
  workflowRun?: { headSha?: string; pullRequests: PullRequestRef[] };
}

export const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

function shaOf(value: unknown): string | undefined {
  return isCommitSha(value) ? value.toLowerCase() : undefined;
}

function pullRequestRef(value: unknown): PullRequestRef | undefined {
  if (!isObject(value) || !Number.isSafeInteger(value['number']) || (value['number'] as number) < 1)
    return undefined;
  const head = value['head'];
  const headSha = isObject(head) ? shaOf(head['sha']) : undefined;
  return headSha ? { number: value['number'] as number, headSha } : { number: value['number'] as number };
}

function repoOf(value: string | undefined): RepoRef | undefined {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value ?? '');
  return match ? { owner: match[1]!, repo: match[2]! } : undefined;
}

/**
 * Builds the context from the runner's environment and the parsed event payload (`{}` when there
 * is none). Unknown shapes are ignored rather than trusted.
 */
export function readContext(
  env: Readonly<Record<string, string | undefined>>,
  payload: unknown,
): ActionContext {
  const eventName = env['GITHUB_EVENT_NAME'] ?? '';
  const context: ActionContext = {
    eventName,
    serverUrl: (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, ''),
    workspace: env['GITHUB_WORKSPACE'] || process.cwd(),
  };
  const repo = repoOf(env['GITHUB_REPOSITORY']);
  if (repo) context.repo = repo;
  const sha = shaOf(env['GITHUB_SHA']);
  if (sha) context.sha = sha;
  if (env['RUNNER_TEMP']) context.runnerTemp = env['RUNNER_TEMP'];
  if (!isObject(payload)) return context;

  if (PULL_REQUEST_EVENTS.includes(eventName)) {
    const pr = pullRequestRef(payload['pull_request']);
    const base = isObject(payload['pull_request']) ? payload['pull_request']['base'] : undefined;
    const baseSha = isObject(base) ? shaOf(base['sha']) : undefined;
    if (pr) context.pullRequest = baseSha ? { ...pr, baseSha } : pr;
  }
  const run = payload['workflow_run'];
  if (eventName === 'workflow_run' && isObject(run)) {
    const pullRequests = Array.isArray(run['pull_requests'])
      ? run['pull_requests'].map(pullRequestRef).filter((p): p is PullRequestRef => p !== undefined)
      : [];
    const headSha = shaOf(run['head_sha']);
    context.workflowRun = headSha ? { headSha, pullRequests } : { pullRequests };
  }
  return context;
}
