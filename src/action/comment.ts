/**
 * One portlint comment per pull request, found again by a hidden marker and edited in place.
 * Only comments the action's own identity wrote count: anyone can type the marker.
 */
import { GitHubApiError } from './http.js';
import type { GitHubApi, IssueComment, RepoRef } from './github-api.js';

/** First line of every portlint comment; how the next run finds it. */
export const COMMENT_MARKER = '<!-- portlint:comment -->';

/** Who the default GITHUB_TOKEN posts as; another token needs the comment-author input. */
export const DEFAULT_COMMENT_AUTHOR = 'github-actions[bot]';

export type CommentOutcome =
  { action: 'created' | 'updated'; commentId: number; url?: string } | { action: 'skipped'; reason: string };

export interface CommentOptions {
  /** Login the action posts as (default DEFAULT_COMMENT_AUTHOR). */
  author?: string;
  /** Says what went wrong but was worked around (a refused edit, a stale duplicate left). */
  warn?: (message: string) => void;
}

/** The body as posted: the marker, then the report. */
export function commentBody(markdown: string): string {
  return `${COMMENT_MARKER}\n${markdown}`;
}

/** GitHub logins are case-insensitive. */
function sameLogin(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * Ours: starts with the marker (a quote of it in a reply does not) and was written by `author`.
 * An API that cannot report authors (author undefined) is trusted on the marker; RestGitHubApi always reports one.
 */
function isOwn(comment: IssueComment, author: string): boolean {
  if (!comment.body.trimStart().startsWith(COMMENT_MARKER)) return false;
  return comment.author === undefined || sameLogin(comment.author, author);
}

/** GitHub would not let this identity edit the comment: post a new one rather than none. */
function isRefusedEdit(error: unknown): boolean {
  return (
    error instanceof GitHubApiError &&
    !error.rateLimited &&
    (error.status === 403 || error.status === 404 || error.status === 422)
  );
}

function done(action: 'created' | 'updated', comment: IssueComment): CommentOutcome {
  return comment.htmlUrl !== undefined
    ? { action, commentId: comment.id, url: comment.htmlUrl }
    : { action, commentId: comment.id };
}

/** Deletes duplicates of ours (from a race or a refused edit); only those whose author is known. */
async function deleteStale(
  api: GitHubApi,
  repo: RepoRef,
  stale: readonly IssueComment[],
  warn: (message: string) => void,
): Promise<void> {
  for (const comment of stale) {
    if (comment.author === undefined) continue;
    try {
      await api.deleteIssueComment(repo, comment.id);
    } catch (error) {
      warn(`could not delete the stale portlint comment ${comment.id} (${(error as Error).message})`);
    }
  }
}

async function create(
  api: GitHubApi,
  repo: RepoRef,
  issueNumber: number,
  body: string,
  author: string,
  warn: (message: string) => void,
): Promise<CommentOutcome> {
  try {
    const created = await api.createIssueComment(repo, issueNumber, body);
    // Posted as someone else (a PAT or an app token): later runs would not recognise it.
    if (created.author && !sameLogin(created.author, author)) {
      warn(`the comment was posted as ${created.author}: set the comment-author input to that login`);
    }
    return done('created', created);
  } catch (error) {
    // A create that failed on a 5xx or a timeout may still have landed: look before trying again,
    // so a pull request never gets two portlint comments.
    if (!(error instanceof GitHubApiError) || !error.transient) throw error;
    const landed = (await api.listIssueComments(repo, issueNumber)).find((c) => isOwn(c, author));
    if (landed) return done('updated', await api.updateIssueComment(repo, landed.id, body));
    return done('created', await api.createIssueComment(repo, issueNumber, body));
  }
}

/**
 * Updates the pull request's portlint comment (the first of ours; later duplicates of ours are
 * deleted), or creates it. A clean result never creates one: it only turns an earlier comment into
 * "clean". Others' comments are never touched. Rejects with GitHubApiError.
 */
export async function upsertComment(
  api: GitHubApi,
  repo: RepoRef,
  issueNumber: number,
  markdown: string,
  clean: boolean,
  options: CommentOptions = {},
): Promise<CommentOutcome> {
  const author = options.author ?? DEFAULT_COMMENT_AUTHOR;
  const warn = options.warn ?? (() => undefined);
  const body = commentBody(markdown);
  const ours = (await api.listIssueComments(repo, issueNumber)).filter((c) => isOwn(c, author));
  const [existing, ...stale] = ours;
  if (existing) {
    try {
      const updated = await api.updateIssueComment(repo, existing.id, body);
      await deleteStale(api, repo, stale, warn);
      return done('updated', updated);
    } catch (error) {
      if (!isRefusedEdit(error)) throw error;
      warn(`could not edit comment ${existing.id} (${(error as Error).message}); posting a new one`);
    }
  } else if (clean) {
    return { action: 'skipped', reason: 'no findings and no earlier portlint comment' };
  }
  return create(api, repo, issueNumber, body, author, warn);
}
