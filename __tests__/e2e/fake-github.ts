/**
 * A small stand-in for the GitHub REST API on 127.0.0.1 (random port): the endpoints the action
 * uses, with pagination by `Link` headers, recorded calls, and scripted failures. It keeps GitHub's
 * rules: comments are written as the token's identity, another user's comment cannot be edited or
 * deleted (403), and a body over 65,536 characters is refused (422).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  /** Path without the query. */
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization: string | undefined;
  /** The status the server answered. */
  status: number;
}

export interface StoredComment {
  id: number;
  /** Issue or pull request number. */
  issue: number;
  body: string;
  user: { login: string; type: string };
}

export interface ScriptedResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface Override {
  /** `GET /repos/o/r/issues/1/comments`-style prefix of method and path, or a predicate. */
  match: string | ((call: { method: string; path: string }) => boolean);
  /** Answers in order, one per matching request; `'hang'` never answers. */
  responses: Array<ScriptedResponse | 'hang'>;
}

export interface FakeGitHub {
  url: string;
  calls: RecordedCall[];
  comments: StoredComment[];
  files: Array<{ filename: string; status: string; changes: number; patch?: string }>;
  pulls: Map<number, { headSha: string }>;
  /** Login the token acts as (default github-actions[bot]); comments it writes carry it. */
  identity: string;
  /** Queue scripted answers before the normal ones. */
  override(override: Override): void;
  /** Answer every request with this (until cleared with undefined). */
  answerAll(response: ScriptedResponse | undefined): void;
  /** Calls other than `GET` listings, `METHOD path`. */
  writes(): string[];
  close(): Promise<void>;
}

export interface FakeGitHubOptions {
  owner?: string;
  repo?: string;
  /** Page size the server uses whatever per_page asks for, to exercise pagination. */
  pageSize?: number;
}

/** GitHub's limit on a comment body, in characters. */
export const COMMENT_BODY_LIMIT = 65_536;

const TOO_LONG = {
  message: 'Validation Failed',
  errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long' }],
};
const NOT_YOURS = { message: 'Resource not accessible by integration' };

function bodyProblem(text: unknown): object | undefined {
  if (typeof text !== 'string') return { message: 'Validation Failed' };
  return [...text].length > COMMENT_BODY_LIMIT ? TOO_LONG : undefined;
}

function send(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(text);
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const owner = options.owner ?? 'acme';
  const repo = options.repo ?? 'shop';
  const pageSize = options.pageSize ?? 2;
  const calls: RecordedCall[] = [];
  const comments: StoredComment[] = [];
  const files: FakeGitHub['files'] = [];
  const pulls = new Map<number, { headSha: string }>();
  const overrides: Override[] = [];
  const hanging = new Set<http.ServerResponse>();
  let answerAll: ScriptedResponse | undefined;
  let nextId = 1000;
  let baseUrl = '';
  const state = { identity: 'github-actions[bot]' };
  const author = () => ({ login: state.identity, type: state.identity.endsWith('[bot]') ? 'Bot' : 'User' });
  const withUrl = (c: StoredComment) => ({
    ...c,
    html_url: `https://github.com/${owner}/${repo}/pull/${c.issue}#issuecomment-${c.id}`,
  });

  const base = `/repos/${owner}/${repo}`;
  const commentsList = new RegExp(`^${base}/issues/(\\d+)/comments$`);
  const commentItem = new RegExp(`^${base}/issues/comments/(\\d+)$`);
  const pullFiles = new RegExp(`^${base}/pulls/(\\d+)/files$`);
  const pullItem = new RegExp(`^${base}/pulls/(\\d+)$`);

  function page<T>(
    res: http.ServerResponse,
    path: string,
    query: Record<string, string>,
    items: T[],
  ): number {
    const size = Math.min(pageSize, Number(query['per_page'] ?? 30));
    const current = Number(query['page'] ?? 1);
    const slice = items.slice((current - 1) * size, current * size);
    const headers: Record<string, string> = {};
    const last = Math.max(1, Math.ceil(items.length / size));
    if (current < last) {
      const link = (n: number) => `<${baseUrl}${path}?per_page=${query['per_page'] ?? 30}&page=${n}>`;
      headers['link'] = `${link(current + 1)}; rel="next", ${link(last)}; rel="last"`;
    }
    send(res, 200, slice, headers);
    return 200;
  }

  function route(
    method: string,
    path: string,
    query: Record<string, string>,
    body: unknown,
    res: http.ServerResponse,
  ): number {
    let match = commentsList.exec(path);
    if (match && method === 'GET') {
      return page(
        res,
        path,
        query,
        comments.filter((c) => c.issue === Number(match![1])),
      );
    }
    if (match && method === 'POST') {
      const text = (body as { body?: unknown } | undefined)?.body;
      const problem = bodyProblem(text);
      if (problem) return (send(res, 422, problem), 422);
      const comment: StoredComment = {
        id: nextId++,
        issue: Number(match[1]),
        body: text as string,
        user: author(),
      };
      comments.push(comment);
      send(res, 201, withUrl(comment));
      return 201;
    }
    match = commentItem.exec(path);
    if (match && (method === 'PATCH' || method === 'DELETE')) {
      const comment = comments.find((c) => c.id === Number(match![1]));
      if (!comment) return (send(res, 404, { message: 'Not Found' }), 404);
      if (comment.user.login !== state.identity) return (send(res, 403, NOT_YOURS), 403);
      if (method === 'DELETE') {
        comments.splice(comments.indexOf(comment), 1);
        send(res, 204, undefined);
        return 204;
      }
      const text = (body as { body?: unknown } | undefined)?.body;
      const problem = bodyProblem(text);
      if (problem) return (send(res, 422, problem), 422);
      comment.body = text as string;
      send(res, 200, withUrl(comment));
      return 200;
    }
    match = pullFiles.exec(path);
    if (match && method === 'GET') return page(res, path, query, files);
    match = pullItem.exec(path);
    if (match && method === 'GET') {
      const pull = pulls.get(Number(match[1]));
      if (!pull) return (send(res, 404, { message: 'Not Found' }), 404);
      send(res, 200, { number: Number(match[1]), state: 'open', head: { sha: pull.headSha } });
      return 200;
    }
    send(res, 404, { message: 'Not Found' });
    return 404;
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', baseUrl);
      const method = req.method ?? 'GET';
      const query = Object.fromEntries(url.searchParams);
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = text;
      }
      const call: RecordedCall = {
        method,
        path: url.pathname,
        query,
        body,
        authorization: req.headers.authorization,
        status: 0,
      };
      calls.push(call);

      const override = overrides.find((o) =>
        typeof o.match === 'string'
          ? `${method} ${url.pathname}`.startsWith(o.match)
          : o.match({ method, path: url.pathname }),
      );
      const scripted = override?.responses.shift();
      if (override && override.responses.length === 0) overrides.splice(overrides.indexOf(override), 1);
      if (scripted === 'hang') {
        hanging.add(res);
        call.status = -1;
        return;
      }
      const answer = scripted ?? answerAll;
      if (answer) {
        send(res, answer.status, answer.body ?? { message: `scripted ${answer.status}` }, answer.headers);
        call.status = answer.status;
        return;
      }
      call.status = route(method, url.pathname, query, body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    calls,
    comments,
    files,
    pulls,
    get identity() {
      return state.identity;
    },
    set identity(login: string) {
      state.identity = login;
    },
    override: (o) => overrides.push(o),
    answerAll: (response) => {
      answerAll = response;
    },
    writes: () => calls.filter((c) => c.method !== 'GET').map((c) => `${c.method} ${c.path}`),
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
