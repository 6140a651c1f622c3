/** RestGitHubApi over the real Octokit transport, against the fake GitHub server. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RestGitHubApi } from '../../src/action/github-api.js';
import { createOctokitTransport } from '../../src/action/octokit-transport.js';
import { GitHubApiError, type RetryPolicy } from '../../src/action/http.js';
import { startFakeGitHub, type FakeGitHub } from '../e2e/fake-github.js';

const REPO = { owner: 'acme', repo: 'shop' };
const FAST: RetryPolicy = { attempts: 3, timeoutMs: 300, baseDelayMs: 10, maxDelayMs: 50 };

describe('RestGitHubApi with the Octokit transport', () => {
  let github: FakeGitHub;
  let api: RestGitHubApi;

  beforeAll(async () => {
    github = await startFakeGitHub({ pageSize: 2 });
    api = new RestGitHubApi(createOctokitTransport('t0k3n', github.url, 'portlint-test'), github.url, FAST);
    for (let id = 1; id <= 5; id++)
      github.comments.push({ id, issue: 3, body: `comment ${id}`, user: { login: 'u', type: 'User' } });
  });

  afterAll(async () => {
    await github.close();
  });

  it('lists every page of comments by following Link headers', async () => {
    const start = github.calls.length;
    const comments = await api.listIssueComments(REPO, 3);
    expect(comments.map((c) => c.id)).toEqual([1, 2, 3, 4, 5]);
    const calls = github.calls.slice(start);
    expect(calls.map((c) => [c.path, c.query['per_page'], c.query['page'] ?? '1'])).toEqual([
      ['/repos/acme/shop/issues/3/comments', '100', '1'],
      ['/repos/acme/shop/issues/3/comments', '100', '2'],
      ['/repos/acme/shop/issues/3/comments', '100', '3'],
    ]);
    expect(calls[0]!.authorization).toBe('token t0k3n');
  });

  it('creates and updates comments', async () => {
    const created = await api.createIssueComment(REPO, 3, 'hello');
    expect(created.body).toBe('hello');
    expect(created.htmlUrl).toMatch(/#issuecomment-\d+$/);
    const updated = await api.updateIssueComment(REPO, created.id, 'hello again');
    expect([updated.id, updated.body]).toEqual([created.id, 'hello again']);
    expect(github.calls.at(-1)!.body).toEqual({ body: 'hello again' });
  });

  it('lists pull request files with their patches, and reads a pull request', async () => {
    github.files.push(
      { filename: 'a.yaml', status: 'added', changes: 1, patch: '@@ -0,0 +1 @@\n+x' },
      { filename: 'b.yaml', status: 'modified', changes: 1 },
      { filename: 'c.yaml', status: 'removed', changes: 1 },
    );
    expect(await api.listPullRequestFiles(REPO, 3)).toEqual([
      { filename: 'a.yaml', status: 'added', changes: 1, patch: '@@ -0,0 +1 @@\n+x' },
      { filename: 'b.yaml', status: 'modified', changes: 1 },
      { filename: 'c.yaml', status: 'removed', changes: 1 },
    ]);
    github.pulls.set(3, { headSha: 'a'.repeat(40) });
    expect(await api.getPullRequest(REPO, 3)).toEqual({ number: 3, headSha: 'a'.repeat(40), state: 'open' });
  });

  it('turns HTTP errors into GitHubApiError with the status', async () => {
    github.override({
      match: 'PATCH',
      responses: [{ status: 403, body: { message: 'Resource not accessible by integration' } }],
    });
    const error = await api.updateIssueComment(REPO, 1, 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect([(error as GitHubApiError).status, (error as GitHubApiError).transient]).toEqual([403, false]);
    expect((error as GitHubApiError).message).toBe(
      'PATCH /repos/acme/shop/issues/comments/1: HTTP 403 Resource not accessible by integration',
    );
  });

  it('times out a hung connection and retries it', async () => {
    github.override({ match: 'GET /repos/acme/shop/pulls/3', responses: ['hang'] });
    const started = Date.now();
    expect((await api.getPullRequest(REPO, 3)).number).toBe(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('gives up when every try hangs, within the bounded time', async () => {
    github.override({ match: 'GET /repos/acme/shop/pulls/3', responses: ['hang', 'hang', 'hang'] });
    const started = Date.now();
    const error = (await api.getPullRequest(REPO, 3).catch((e: unknown) => e)) as GitHubApiError;
    expect(error.message).toBe('GET /repos/acme/shop/pulls/3: no response within 300 ms');
    expect(Date.now() - started).toBeLessThan(3 * 300 + 2 * 50 + 1500);
  });

  it('does not follow a next link to another host (the token would go along)', async () => {
    github.override({
      match: 'GET /repos/acme/shop/issues/9/comments',
      responses: [
        {
          status: 200,
          body: [{ id: 77, body: 'x' }],
          headers: { link: '<https://evil.example/steal?page=2>; rel="next"' },
        },
      ],
    });
    expect((await api.listIssueComments(REPO, 9)).map((c) => c.id)).toEqual([77]);
    expect(github.calls.at(-1)!.path).toBe('/repos/acme/shop/issues/9/comments');
  });
});
