import { describe, expect, it } from '@jest/globals';
import { COMMENT_MARKER, commentBody, upsertComment } from '../../src/action/comment.js';
import { GitHubApiError } from '../../src/action/http.js';
import { FakeApi } from './fake-api.js';

const REPO = { owner: 'acme', repo: 'shop' };

describe('upsertComment', () => {
  it('creates the comment with the marker on its first line', async () => {
    const api = new FakeApi();
    expect(await upsertComment(api, REPO, 5, 'report', false)).toEqual({ action: 'created', commentId: 100 });
    expect(api.comments.get(5)).toEqual([{ id: 100, body: `${COMMENT_MARKER}\nreport` }]);
    expect(commentBody('x')).toBe('<!-- portlint:comment -->\nx');
  });

  it('updates the comment that starts with the marker, not one quoting it', async () => {
    const api = new FakeApi();
    api.comments.set(5, [
      { id: 1, body: `> ${COMMENT_MARKER}\nquoted` },
      { id: 2, body: `${COMMENT_MARKER}\nold` },
      { id: 3, body: `${COMMENT_MARKER}\nduplicate from a race` },
    ]);
    expect(await upsertComment(api, REPO, 5, 'new', false)).toEqual({ action: 'updated', commentId: 2 });
    expect(api.comments.get(5)!.map((c) => c.body)).toEqual([
      `> ${COMMENT_MARKER}\nquoted`,
      `${COMMENT_MARKER}\nnew`,
      `${COMMENT_MARKER}\nduplicate from a race`,
    ]);
    expect(api.calls).toEqual(['list 5', 'update 2']);
  });

  it('creates nothing for a clean pull request without an earlier comment, but updates one to clean', async () => {
    const api = new FakeApi();
    expect(await upsertComment(api, REPO, 5, 'clean', true)).toEqual({
      action: 'skipped',
      reason: 'no findings and no earlier portlint comment',
    });
    expect(api.calls).toEqual(['list 5']);
    api.comments.set(5, [{ id: 9, body: `${COMMENT_MARKER}\nfindings` }]);
    expect(await upsertComment(api, REPO, 5, 'clean', true)).toEqual({ action: 'updated', commentId: 9 });
    expect(api.comments.get(5)![0]!.body).toBe(`${COMMENT_MARKER}\nclean`);
  });

  it('after a create that failed transiently but landed, updates instead of creating a second', async () => {
    const api = new FakeApi();
    api.createLandsDespiteFailure = true;
    api.failures.set('createIssueComment', [new GitHubApiError('HTTP 502', 502, true)]);
    expect(await upsertComment(api, REPO, 5, 'report', false)).toEqual({ action: 'updated', commentId: 100 });
    expect(api.comments.get(5)).toHaveLength(1);
    expect(api.calls).toEqual(['list 5', 'create 5', 'list 5', 'update 100']);
  });

  it('after a create that failed transiently and did not land, creates once more', async () => {
    const api = new FakeApi();
    api.failures.set('createIssueComment', [new GitHubApiError('timeout', undefined, true)]);
    expect(await upsertComment(api, REPO, 5, 'report', false)).toEqual({ action: 'created', commentId: 101 });
    expect(api.calls).toEqual(['list 5', 'create 5', 'list 5', 'create 5']);
  });

  it('lets a permanent failure through to the caller', async () => {
    const api = new FakeApi();
    api.failures.set('createIssueComment', [new GitHubApiError('HTTP 403', 403, false)]);
    await expect(upsertComment(api, REPO, 5, 'report', false)).rejects.toThrow('HTTP 403');
    expect(api.calls).toEqual(['list 5', 'create 5']);
  });
});
