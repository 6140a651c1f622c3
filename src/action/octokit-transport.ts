/**
 * The production Transport: Octokit from @actions/github, which brings the runner's proxy settings,
 * GHES base URLs and the token. The only module that imports @actions/github; the CLI never loads it.
 */
import { dictionary } from '../dictionary.js';
import { getOctokit } from '@actions/github';
import type { HttpResponse, Transport } from './http.js';

interface OctokitLikeError {
  status?: number;
  response?: { status: number; headers: Record<string, string | number | undefined>; data: unknown };
}

function lowerCaseHeaders(
  headers: Record<string, string | number | undefined>,
): Record<string, string | undefined> {
  // Header names come from the server.
  const out = dictionary<string | undefined>();
  for (const [name, value] of Object.entries(headers))
    out[name.toLowerCase()] = value === undefined ? undefined : String(value);
  return out;
}

/** A Transport that sends through Octokit; HTTP errors become responses, so retries decide. */
export function createOctokitTransport(token: string, baseUrl: string, userAgent: string): Transport {
  const octokit = getOctokit(token, {
    baseUrl,
    userAgent,
    // Octokit's own logger would print deprecation notices for endpoints we do not control.
    log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
  });
  return async (request, signal): Promise<HttpResponse> => {
    try {
      const response = await octokit.request({
        method: request.method,
        url: request.url,
        headers: { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' },
        ...(request.body !== undefined ? { data: request.body } : {}),
        request: { signal },
      });
      return { status: response.status, headers: lowerCaseHeaders(response.headers), data: response.data };
    } catch (error) {
      const response = (error as OctokitLikeError).response;
      if (response !== undefined) {
        return { status: response.status, headers: lowerCaseHeaders(response.headers), data: response.data };
      }
      // No response: a network error or the timeout. Octokit wraps the abort; keep its name visible.
      if (signal.aborted) {
        const timeout = new Error('request timed out');
        timeout.name = 'TimeoutError';
        throw timeout;
      }
      throw error;
    }
  };
}
