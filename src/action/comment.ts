/**
 * One portlint comment per pull request, found again by a hidden marker and edited in place.
 */
import { GitHubApiError } from './http.js';
import type { GitHubApi, IssueComment, RepoRef } from './github-api.js';

/** First line of every portlint comment; how the next run finds it. */
export const COMMENT_MARKER = '<!-- portlint:comment -->';

export type CommentOutcome =
  { action: 'created' | 'updated'; commentId: number; url?: string } | { action: 'skipped'; reason: string };

/** The body as posted: the marker, then the report. */
export function commentBody(markdown: string): string {
  return `${COMMENT_MARKER}\n${markdown}`;
}

/** Only a comment that starts with the marker is ours; a quote of it in someone's reply is not. */
function findOwnComment(comments: readonly IssueComment[]): IssueComment | undefined {
  return comments.find((c) => c.body.trimStart().startsWith(COMMENT_MARKER));
}

function done(action: 'created' | 'updated', comment: IssueComment): CommentOutcome {
  return comment.htmlUrl !== undefined
    ? { action, commentId: comment.id, url: comment.htmlUrl }
    : { action, commentId: comment.id };
}

/**
 * Updates the pull request's portlint comment, or creates it. A clean result never creates one:
 * it only turns an earlier comment into "clean". Rejects with GitHubApiError.
 */
export async function upsertComment(
  api: GitHubApi,
  repo: RepoRef,
  issueNumber: number,
  markdown: string,
  clean: boolean,
): Promise<CommentOutcome> {
  const body = commentBody(markdown);
  const existing = findOwnComment(await api.listIssueComments(repo, issueNumber));
  if (existing) return done('updated', await api.updateIssueComment(repo, existing.id, body));
  if (clean) return { action: 'skipped', reason: 'no findings and no earlier portlint comment' };
  try {
    return done('created', await api.createIssueComment(repo, issueNumber, body));
  } catch (error) {
    // A create that failed on a 5xx or a timeout may still have landed: look before trying again,
    // so a pull request never gets two portlint comments.
    if (!(error instanceof GitHubApiError) || !error.transient) throw error;
    const landed = findOwnComment(await api.listIssueComments(repo, issueNumber));
    if (landed) return done('updated', await api.updateIssueComment(repo, landed.id, body));
    return done('created', await api.createIssueComment(repo, issueNumber, body));
  }
}
