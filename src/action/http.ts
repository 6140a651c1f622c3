/**
 * Requests to the GitHub REST API with a timeout on every attempt and bounded retries of
 * transient failures (network errors, 5xx, 429, secondary rate limits with `retry-after`).
 */

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface HttpRequest {
  method: HttpMethod;
  /** A path under the API base URL (`/repos/o/r/...`) or an absolute URL on the same origin. */
  url: string;
  /** JSON body. */
  body?: unknown;
}

export interface HttpResponse {
  status: number;
  /** Header names in lower case. */
  headers: Readonly<Record<string, string | undefined>>;
  data: unknown;
}

/**
 * Sends one request. Resolves with any HTTP status (4xx and 5xx included); rejects only when no
 * response arrived (network error, or `signal` aborted by the timeout).
 */
export type Transport = (request: HttpRequest, signal: AbortSignal) => Promise<HttpResponse>;

export interface RetryPolicy {
  /** Tries per request, the first included. */
  attempts: number;
  /** Per attempt, headers and body included. */
  timeoutMs: number;
  /** First backoff; doubles per try. */
  baseDelayMs: number;
  /** Upper bound of any wait, `retry-after` included. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = Object.freeze({
  attempts: 3,
  timeoutMs: 15_000,
  baseDelayMs: 1_000,
  maxDelayMs: 10_000,
});

/** A request that failed for good: `status` is undefined when no response arrived. */
export class GitHubApiError extends Error {
  /** True when GitHub answered with a (primary or secondary) rate limit, whatever the status. */
  readonly rateLimited: boolean;

  constructor(
    message: string,
    readonly status: number | undefined,
    /** True when it may have failed for a passing reason (5xx, rate limit, timeout). */
    readonly transient: boolean,
    options?: { cause?: unknown; rateLimited?: boolean },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'GitHubApiError';
    this.rateLimited = options?.rateLimited ?? false;
  }
}

export interface RetryEnvironment {
  sleep(ms: number): Promise<void>;
  /** Milliseconds since the epoch, for `x-ratelimit-reset`. */
  now(): number;
  /** Called before each wait, for the log. */
  onRetry?(message: string): void;
}

export const realRetryEnvironment: RetryEnvironment = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
};

type Verdict =
  | { kind: 'done' }
  | { kind: 'rate-limited'; waitMs: number | undefined }
  | { kind: 'server' }
  | { kind: 'client' };

function messageOf(data: unknown): string {
  if (data !== null && typeof data === 'object' && 'message' in data) {
    const message = (data as { message: unknown }).message;
    if (typeof message === 'string') return message;
  }
  return typeof data === 'string' ? data.slice(0, 200) : '';
}

/** Seconds from `retry-after`, or the distance to `x-ratelimit-reset` when the quota is spent. */
function rateLimitWait(response: HttpResponse, now: number): number | undefined {
  const retryAfter = response.headers['retry-after'];
  if (retryAfter !== undefined && /^\d+$/.test(retryAfter.trim())) return Number(retryAfter.trim()) * 1000;
  if (response.headers['x-ratelimit-remaining'] === '0') {
    const reset = Number(response.headers['x-ratelimit-reset']);
    if (Number.isFinite(reset)) return Math.max(0, reset * 1000 - now);
  }
  return undefined;
}

function judge(response: HttpResponse, now: number): Verdict {
  const { status } = response;
  if (status < 400) return { kind: 'done' };
  if (status === 429) return { kind: 'rate-limited', waitMs: rateLimitWait(response, now) };
  if (status === 403) {
    const waitMs = rateLimitWait(response, now);
    const secondary = /rate limit/i.test(messageOf(response.data));
    if (waitMs !== undefined || secondary) return { kind: 'rate-limited', waitMs };
    return { kind: 'client' };
  }
  if (status >= 500) return { kind: 'server' };
  return { kind: 'client' };
}

function describe(request: HttpRequest): string {
  const path = request.url.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '');
  return `${request.method} ${path}`;
}

export interface RequestOptions {
  /**
   * False for requests that must not run twice (creating a comment): they are retried only when
   * GitHub certainly did not act on them (rate limits), not after a 5xx or a timeout.
   */
  idempotent?: boolean;
  /** Time (RetryEnvironment.now) after which no try starts and no wait begins. */
  deadline?: number;
}

/**
 * Sends a request, retrying transient failures within `policy`. Resolves with a 2xx/3xx
 * response; rejects with GitHubApiError otherwise.
 */
export async function requestWithRetry(
  transport: Transport,
  request: HttpRequest,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  env: RetryEnvironment = realRetryEnvironment,
  options: RequestOptions = {},
): Promise<HttpResponse> {
  const idempotent = options.idempotent ?? request.method !== 'POST';
  const attempts = Math.max(1, policy.attempts);
  const backoff = (attempt: number) => Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const deadline = options.deadline ?? Number.POSITIVE_INFINITY;
  const outOfTime = () =>
    new GitHubApiError(
      `${describe(request)}: out of time (the API calls' time budget is spent)`,
      undefined,
      true,
    );
  /** Whether a wait of `ms` still ends before the deadline. */
  const canWait = (ms: number) => env.now() + ms < deadline;

  for (let attempt = 1; ; attempt++) {
    const last = attempt >= attempts;
    let response: HttpResponse;
    const remaining = deadline - env.now();
    if (remaining <= 0) throw outOfTime();
    const timeoutMs = Math.min(policy.timeoutMs, remaining);
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      response = await transport(request, signal);
    } catch (error) {
      const reason = signal.aborted
        ? `no response within ${timeoutMs} ms`
        : String((error as Error)?.message ?? error);
      const failure = new GitHubApiError(`${describe(request)}: ${reason}`, undefined, true, {
        cause: error,
      });
      if (last || !idempotent) throw failure;
      const wait = backoff(attempt);
      if (!canWait(wait)) {
        throw new GitHubApiError(`${failure.message} (no time left to retry)`, undefined, true, {
          cause: error,
        });
      }
      env.onRetry?.(`${failure.message}; retrying in ${wait} ms (try ${attempt + 1} of ${attempts})`);
      await env.sleep(wait);
      continue;
    }

    const verdict = judge(response, env.now());
    if (verdict.kind === 'done') return response;
    const detail = `${describe(request)}: HTTP ${response.status}${messageOf(response.data) ? ` ${messageOf(response.data)}` : ''}`;
    if (verdict.kind === 'client') throw new GitHubApiError(detail, response.status, false);
    const rateLimited = verdict.kind === 'rate-limited';
    const retryable = rateLimited || idempotent;
    if (last || !retryable) throw new GitHubApiError(detail, response.status, true, { rateLimited });

    let wait = backoff(attempt);
    if (verdict.kind === 'rate-limited' && verdict.waitMs !== undefined) {
      // A quota that resets later than we are willing to wait cannot be waited out.
      if (verdict.waitMs > policy.maxDelayMs && response.headers['retry-after'] === undefined) {
        throw new GitHubApiError(
          `${detail} (rate limit resets in ${Math.ceil(verdict.waitMs / 1000)} s)`,
          response.status,
          true,
          { rateLimited },
        );
      }
      wait = Math.min(policy.maxDelayMs, verdict.waitMs);
    }
    if (!canWait(wait)) {
      throw new GitHubApiError(`${detail} (no time left to retry)`, response.status, true, { rateLimited });
    }
    env.onRetry?.(`${detail}; retrying in ${wait} ms (try ${attempt + 1} of ${attempts})`);
    await env.sleep(wait);
  }
}

/** The `rel="next"` URL of a `Link` header, if any. */
export function nextPageUrl(link: string | undefined): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const match = /^\s*<([^<>]*)>\s*;(.*)$/.exec(part);
    if (match && /\brel\s*=\s*"?next"?/.test(match[2]!)) return match[1];
  }
  return undefined;
}
