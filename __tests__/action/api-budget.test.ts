/** Listings and retries stop at a deadline, on a fake clock: they can never take an hour. */
import { describe, expect, it } from '@jest/globals';
import { RestGitHubApi } from '../../src/action/github-api.js';
import { GitHubApiError, type RetryEnvironment, type Transport } from '../../src/action/http.js';

const BASE = 'https://api.github.test';
const REPO = { owner: 'acme', repo: 'shop' };
const POLICY = { attempts: 3, timeoutMs: 15_000, baseDelayMs: 1_000, maxDelayMs: 10_000 };

/** A server that is slow (10 s an answer) and always has one more page; time passes only on the fake clock. */
function endlessSlowListing(failEvery = 0) {
  let now = 0;
  let calls = 0;
  const transport: Transport = async (request) => {
    calls++;
    now += 10_000;
    if (failEvery > 0 && calls % failEvery === 0) return { status: 502, headers: {}, data: {} };
    const page = Number(new URL(request.url, BASE).searchParams.get('page') ?? '1');
    const next = `${BASE}/repos/acme/shop/issues/3/comments?per_page=100&page=${page + 1}`;
    return { status: 200, headers: { link: `<${next}>; rel="next"` }, data: [{ id: page, body: 'x' }] };
  };
  const env: RetryEnvironment = {
    sleep: async (ms) => {
      now += ms;
    },
    now: () => now,
  };
  return { transport, env, calls: () => calls, now: () => now };
}

async function rejection(promise: Promise<unknown>): Promise<GitHubApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof GitHubApiError)) throw new Error(`expected a GitHubApiError, got ${String(error)}`);
  return error;
}

describe('the API time budget', () => {
  it('stops a listing after two minutes, retries included', async () => {
    const server = endlessSlowListing(3);
    const api = new RestGitHubApi(server.transport, BASE, POLICY, server.env);
    const error = await rejection(api.listIssueComments(REPO, 3));
    // The twelfth answer, a 502 at 123 s, would be retried after the deadline: it is the last.
    expect(error.message).toBe('GET /repos/acme/shop/issues/3/comments: HTTP 502 (no time left to retry)');
    expect([server.calls(), server.now()]).toEqual([12, 123_000]);
  });

  it('stops every call of the run after five minutes together', async () => {
    const server = endlessSlowListing();
    const api = new RestGitHubApi(server.transport, BASE, POLICY, server.env);
    for (let listing = 0; listing < 3; listing++) await rejection(api.listIssueComments(REPO, 3));
    expect(server.now()).toBe(300_000);
    const error = await rejection(api.getPullRequest(REPO, 3));
    expect(error.message).toBe(
      "GET /repos/acme/shop/pulls/3: out of time (the API calls' time budget is spent)",
    );
    expect(server.now()).toBe(300_000);
  });
});
