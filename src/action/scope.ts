/**
 * The `scope` input: which findings a pull request run reports. `changed` keeps the findings in the
 * pull request's files (and clashes with them); `new` keeps the findings its base commit lacks.
 * The whole tree is scanned either way. Whenever a scope cannot be applied the run reports all
 * findings and says why in one warning: a scope never loses findings silently.
 */
import type { RunRequest } from '../pipeline/run.js';
import { PULL_REQUEST_EVENTS, type ActionContext } from './context.js';
import type { PullRequestFile } from './github-api.js';
import type { ScopeMode } from './inputs.js';

/** GitHub's pull request files API lists at most 3,000 files; a list that long may be cut short. */
export const PULL_REQUEST_FILES_LIMIT = 3000;

/** What a scope adds to the scan request. */
export type ScopeRequest = Pick<RunRequest, 'changedFiles' | 'newFrom'>;

export interface ScopePlan {
  /** The scope in force after any fallback. */
  applied: ScopeMode;
  request: ScopeRequest;
  /** A line for the log: what the scope keeps (info), or why it fell back to all (warning). */
  message?: { level: 'info' | 'warning'; text: string };
}

export interface ScopeSources {
  context: ActionContext;
  /** The pull request's files, fetched at most once; undefined when there is no API client. */
  pullRequestFiles?: () => Promise<PullRequestFile[]>;
  /** Why commit `sha` cannot be read in `cwd`, or undefined when it can. */
  missingCommit(cwd: string, sha: string): string | undefined;
  /** One line describing an API failure. */
  describeError(error: unknown): string;
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

function fallBack(scope: ScopeMode, reason: string): ScopePlan {
  return {
    applied: 'all',
    request: {},
    message: { level: 'warning', text: `portlint: scope ${scope}: ${reason}; reporting all findings` },
  };
}

async function planChanged(sources: ScopeSources): Promise<ScopePlan> {
  if (!sources.pullRequestFiles)
    return fallBack('changed', "no github-token to list the pull request's files");
  let files: PullRequestFile[];
  try {
    files = await sources.pullRequestFiles();
  } catch (error) {
    return fallBack('changed', `could not list the pull request's files (${sources.describeError(error)})`);
  }
  if (files.length >= PULL_REQUEST_FILES_LIMIT) {
    return fallBack(
      'changed',
      `the pull request has ${plural(files.length, 'file', 'files')}, GitHub lists at most ${PULL_REQUEST_FILES_LIMIT.toLocaleString('en-US')}`,
    );
  }
  // Paths relative to the repository root, which is the workspace when checked out the usual way.
  return {
    applied: 'changed',
    request: { changedFiles: files.map((f) => f.filename) },
    message: {
      level: 'info',
      text: `portlint: scope changed: findings in the pull request's ${plural(files.length, 'file', 'files')} and clashes with them`,
    },
  };
}

function planNew(sources: ScopeSources): ScopePlan {
  const { context } = sources;
  const base = context.pullRequest?.baseSha;
  if (!base) return fallBack('new', 'the event payload has no pull_request.base.sha');
  const missing = sources.missingCommit(context.workspace, base);
  if (missing !== undefined) return fallBack('new', `base commit ${base.slice(0, 7)} ${missing}`);
  return {
    applied: 'new',
    request: { newFrom: base },
    message: {
      level: 'info',
      text: `portlint: scope new: findings that base commit ${base.slice(0, 7)} does not have`,
    },
  };
}

/** Decides what `scope` adds to the scan request on this event, or why it falls back to `all`. */
export async function planScope(scope: ScopeMode, sources: ScopeSources): Promise<ScopePlan> {
  if (scope === 'all') return { applied: 'all', request: {} };
  const { context } = sources;
  if (!PULL_REQUEST_EVENTS.includes(context.eventName) || !context.pullRequest) {
    const event = context.eventName || 'no event';
    return fallBack(scope, `applies to pull_request and pull_request_target events only (this is ${event})`);
  }
  return scope === 'changed' ? planChanged(sources) : planNew(sources);
}
