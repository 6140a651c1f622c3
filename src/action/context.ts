/**
 * What the runner tells the action about the run: environment variables and the event payload.
 * Read once, validated, with no dependency on @actions/github.
 */
import fs from 'node:fs';
import type { RepoRef } from './github-api.js';
import { oneLine } from './messages.js';
import { isCommitSha, isObject } from './guards.js';
import { own, ownFields } from '../dictionary.js';

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
  const number = isObject(value) ? own(value, 'number') : undefined;
  if (!Number.isSafeInteger(number) || (number as number) < 1) return undefined;
  const head = own(value as Record<string, unknown>, 'head');
  const headSha = isObject(head) ? shaOf(own(head, 'sha')) : undefined;
  return ownFields(headSha ? { number: number as number, headSha } : { number: number as number });
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
  // Own properties only: process.env and parsed JSON inherit from Object.prototype.
  const variable = (name: string) => own(env, name);
  const eventName = variable('GITHUB_EVENT_NAME') ?? '';
  const context: ActionContext = ownFields({
    eventName,
    serverUrl: (variable('GITHUB_SERVER_URL') || 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (variable('GITHUB_API_URL') || 'https://api.github.com').replace(/\/+$/, ''),
    workspace: variable('GITHUB_WORKSPACE') || process.cwd(),
  });
  const repo = repoOf(variable('GITHUB_REPOSITORY'));
  if (repo) context.repo = repo;
  const sha = shaOf(variable('GITHUB_SHA'));
  if (sha) context.sha = sha;
  const runnerTemp = variable('RUNNER_TEMP');
  if (runnerTemp) context.runnerTemp = runnerTemp;
  if (!isObject(payload)) return context;

  if (PULL_REQUEST_EVENTS.includes(eventName)) {
    const pullRequest = own(payload, 'pull_request');
    const pr = pullRequestRef(pullRequest);
    const base = isObject(pullRequest) ? own(pullRequest, 'base') : undefined;
    const baseSha = isObject(base) ? shaOf(own(base, 'sha')) : undefined;
    if (pr) context.pullRequest = baseSha ? ownFields({ ...pr, baseSha }) : pr;
  }
  const run = own(payload, 'workflow_run');
  if (eventName === 'workflow_run' && isObject(run)) {
    const listed = own(run, 'pull_requests');
    const pullRequests = Array.isArray(listed)
      ? listed.map(pullRequestRef).filter((p): p is PullRequestRef => p !== undefined)
      : [];
    const headSha = shaOf(own(run, 'head_sha'));
    context.workflowRun = ownFields(headSha ? { headSha, pullRequests } : { pullRequests });
  }
  return context;
}

/** An event payload larger than this is not read (GitHub's own are well under it). */
const MAX_EVENT_BYTES = 32 * 1024 * 1024;

/** The event payload at `eventPath`, or `{}` (with a warning) when it cannot be read. */
export function readEventPayload(eventPath: string | undefined, warn: (message: string) => void): unknown {
  if (!eventPath) return {};
  try {
    if (fs.statSync(eventPath).size > MAX_EVENT_BYTES) throw new Error('event payload too large');
    return JSON.parse(fs.readFileSync(eventPath, 'utf8'));
  } catch (error) {
    warn(`portlint: could not read the event payload: ${oneLine((error as Error).message)}`);
    return {};
  }
}
