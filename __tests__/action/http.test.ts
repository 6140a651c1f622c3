import { describe, expect, it } from '@jest/globals';
import {
  GitHubApiError,
  nextPageUrl,
  requestWithRetry,
  type HttpResponse,
  type RetryEnvironment,
  type RetryPolicy,
  type Transport,
} from '../../src/action/http.js';

const POLICY: RetryPolicy = { attempts: 3, timeoutMs: 200, baseDelayMs: 1000, maxDelayMs: 10_000 };
const NOW = 1_700_000_000_000;

function response(status: number, headers: Record<string, string> = {}, data: unknown = {}): HttpResponse {
  return { status, headers, data };
}

/** A transport answering from a script, and an environment recording waits instead of sleeping. */
function scripted(steps: Array<HttpResponse | Error | 'hang'>) {
  const calls: string[] = [];
  const waits: number[] = [];
  const transport: Transport = (request, signal) => {
    calls.push(`${request.method} ${request.url}`);
    const step = steps.shift() ?? response(200);
    if (step === 'hang') {
      return new Promise((_, reject) => {
        signal.addEventListener('abort', () => reject(signal.reason));
      });
    }
    return step instanceof Error ? Promise.reject(step) : Promise.resolve(step);
  };
  const env: RetryEnvironment = {
    sleep: async (ms) => {
      waits.push(ms);
    },
    now: () => NOW,
  };
  return { transport, env, calls, waits };
}

async function failure(promise: Promise<unknown>): Promise<GitHubApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GitHubApiError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

const GET = { method: 'GET' as const, url: '/repos/o/r/issues/1/comments' };
const POST = { method: 'POST' as const, url: '/repos/o/r/issues/1/comments', body: { body: 'x' } };

describe('requestWithRetry', () => {
  it('returns a success at once', async () => {
    const { transport, env, calls, waits } = scripted([response(200, {}, [1])]);
    expect((await requestWithRetry(transport, GET, POLICY, env)).data).toEqual([1]);
    expect(calls).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('retries a 500 with exponential backoff', async () => {
    const { transport, env, calls, waits } = scripted([response(500), response(502), response(200)]);
    expect((await requestWithRetry(transport, GET, POLICY, env)).status).toBe(200);
    expect(calls).toHaveLength(3);
    expect(waits).toEqual([1000, 2000]);
  });

  it('gives up after the last try with a transient error', async () => {
    const { transport, env, calls } = scripted([response(503), response(503), response(503), response(200)]);
    const error = await failure(requestWithRetry(transport, GET, POLICY, env));
    expect([error.status, error.transient, calls.length]).toEqual([503, true, 3]);
    expect(error.message).toBe('GET /repos/o/r/issues/1/comments: HTTP 503');
  });

  it('waits retry-after on a 429, capped', async () => {
    const { transport, env, waits } = scripted([
      response(429, { 'retry-after': '1' }),
      response(429, { 'retry-after': '3600' }),
      response(200),
    ]);
    await requestWithRetry(transport, GET, POLICY, env);
    expect(waits).toEqual([1000, 10_000]);
  });

  it('retries a secondary rate limit (403 with retry-after or the message)', async () => {
    const { transport, env, waits } = scripted([
      response(403, { 'retry-after': '2' }, { message: 'You have exceeded a secondary rate limit' }),
      response(403, {}, { message: 'You have exceeded a secondary rate limit' }),
      response(200),
    ]);
    await requestWithRetry(transport, GET, POLICY, env);
    expect(waits).toEqual([2000, 2000]);
  });

  it('does not retry a primary rate limit that resets beyond the cap', async () => {
    const reset = String(NOW / 1000 + 1800);
    const { transport, env, calls } = scripted([
      response(
        403,
        { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
        { message: 'API rate limit exceeded' },
      ),
    ]);
    const error = await failure(requestWithRetry(transport, GET, POLICY, env));
    expect(calls).toHaveLength(1);
    expect(error.message).toContain('rate limit resets in 1800 s');
  });

  it('does not retry a plain 403, 404 or 422', async () => {
    for (const status of [403, 404, 422]) {
      const { transport, env, calls } = scripted([
        response(status, {}, { message: 'Resource not accessible by integration' }),
      ]);
      const error = await failure(requestWithRetry(transport, GET, POLICY, env));
      expect([error.status, error.transient, calls.length]).toEqual([status, false, 1]);
      expect(error.message).toBe(
        `GET /repos/o/r/issues/1/comments: HTTP ${status} Resource not accessible by integration`,
      );
    }
  });

  it('times out a hung request and retries it', async () => {
    const { transport, env, calls, waits } = scripted(['hang', response(200)]);
    const started = Date.now();
    expect((await requestWithRetry(transport, GET, POLICY, env)).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(calls).toHaveLength(2);
    expect(waits).toEqual([1000]);
  });

  it('fails after every try hangs, within the timeouts', async () => {
    const { transport, env } = scripted(['hang', 'hang', 'hang']);
    const error = await failure(requestWithRetry(transport, GET, POLICY, env));
    expect([error.status, error.transient]).toEqual([undefined, true]);
    expect(error.message).toBe('GET /repos/o/r/issues/1/comments: no response within 200 ms');
  });

  it('retries network errors', async () => {
    const { transport, env, calls } = scripted([new Error('ECONNRESET'), response(200)]);
    await requestWithRetry(transport, GET, POLICY, env);
    expect(calls).toHaveLength(2);
  });

  it('does not repeat a POST after a 5xx or a timeout, only after a rate limit', async () => {
    const five = scripted([response(502), response(201)]);
    const error = await failure(requestWithRetry(five.transport, POST, POLICY, five.env));
    expect([error.status, error.transient, five.calls.length]).toEqual([502, true, 1]);

    const hung = scripted(['hang', response(201)]);
    expect((await failure(requestWithRetry(hung.transport, POST, POLICY, hung.env))).transient).toBe(true);
    expect(hung.calls).toHaveLength(1);

    const limited = scripted([response(429, { 'retry-after': '1' }), response(201)]);
    expect((await requestWithRetry(limited.transport, POST, POLICY, limited.env)).status).toBe(201);
    expect(limited.calls).toHaveLength(2);
  });

  it('reports each retry', async () => {
    const { transport, env } = scripted([response(500, {}, { message: 'boom' }), response(200)]);
    const lines: string[] = [];
    await requestWithRetry(transport, GET, POLICY, { ...env, onRetry: (m) => lines.push(m) });
    expect(lines).toEqual([
      'GET /repos/o/r/issues/1/comments: HTTP 500 boom; retrying in 1000 ms (try 2 of 3)',
    ]);
  });
});

describe('nextPageUrl', () => {
  it('finds rel="next" among the links', () => {
    expect(
      nextPageUrl(
        '<https://api.github.com/repositories/1/issues/2/comments?page=3>; rel="next", <https://api.github.com/repositories/1/issues/2/comments?page=9>; rel="last"',
      ),
    ).toBe('https://api.github.com/repositories/1/issues/2/comments?page=3');
    expect(nextPageUrl('<https://x/?page=1>; rel="prev", <https://x/?page=1>; rel="first"')).toBeUndefined();
    expect(nextPageUrl(undefined)).toBeUndefined();
    expect(nextPageUrl('garbage')).toBeUndefined();
  });
});
