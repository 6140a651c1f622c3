/**
 * The few GitHub REST endpoints the action uses, over a Transport with retries and pagination.
 * Tests give a fake Transport (or a fake GitHubApi); production uses octokit-transport.ts.
 */
import {
  DEFAULT_RETRY_POLICY,
  GitHubApiError,
  nextPageUrl,
  realRetryEnvironment,
  requestWithRetry,
  type HttpRequest,
  type HttpResponse,
  type RequestOptions,
  type RetryEnvironment,
  type RetryPolicy,
  type Transport,
} from './http.js';
import { isObject } from './guards.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface IssueComment {
  id: number;
  body: string;
  htmlUrl?: string;
  /** Login of the comment's author ('' when GitHub named none); undefined when the API cannot say. */
  author?: string;
}

export interface PullRequestFile {
  filename: string;
  status: string;
  /** Unified diff of the file; GitHub omits it for binary and very large diffs. */
  patch?: string;
  changes: number;
}

export interface PullRequestInfo {
  number: number;
  headSha: string;
  state: string;
}

/** What the action asks of GitHub. Every method rejects with GitHubApiError. */
export interface GitHubApi {
  /** GET /repos/{owner}/{repo}/issues/{issue_number}/comments, every page (rejects beyond MAX_PAGES). */
  listIssueComments(repo: RepoRef, issueNumber: number): Promise<IssueComment[]>;
  /** POST /repos/{owner}/{repo}/issues/{issue_number}/comments */
  createIssueComment(repo: RepoRef, issueNumber: number, body: string): Promise<IssueComment>;
  /** PATCH /repos/{owner}/{repo}/issues/comments/{comment_id} */
  updateIssueComment(repo: RepoRef, commentId: number, body: string): Promise<IssueComment>;
  /** DELETE /repos/{owner}/{repo}/issues/comments/{comment_id} */
  deleteIssueComment(repo: RepoRef, commentId: number): Promise<void>;
  /** GET /repos/{owner}/{repo}/pulls/{pull_number}/files, every page (GitHub stops at 3,000 files). */
  listPullRequestFiles(repo: RepoRef, pullNumber: number): Promise<PullRequestFile[]>;
  /** GET /repos/{owner}/{repo}/pulls/{pull_number} */
  getPullRequest(repo: RepoRef, pullNumber: number): Promise<PullRequestInfo>;
}

const PER_PAGE = 100;
/**
 * Bounds a listing even if the server keeps sending `next` links. A longer listing is an error, not
 * a shorter list: a comment missing from a cut listing would be posted a second time.
 */
const MAX_PAGES = 100;

/** Time limits of the API calls, so retries and timeouts can never add up to an hour. */
export interface ApiBudget {
  /** One listing, every page and retry included. */
  listingMs: number;
  /** Every call of the run together, from the GitHubApi's creation. */
  runMs: number;
}

const DEFAULT_API_BUDGET: Readonly<ApiBudget> = Object.freeze({ listingMs: 120_000, runMs: 300_000 });

function repoPath(repo: RepoRef): string {
  return `/repos/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}`;
}

function toComment(value: unknown): IssueComment | undefined {
  if (!isObject(value) || typeof value['id'] !== 'number') return undefined;
  const comment: IssueComment = {
    id: value['id'],
    body: typeof value['body'] === 'string' ? value['body'] : '',
  };
  if (typeof value['html_url'] === 'string') comment.htmlUrl = value['html_url'];
  const user = value['user'];
  comment.author = isObject(user) && typeof user['login'] === 'string' ? user['login'] : '';
  return comment;
}

function toFile(value: unknown): PullRequestFile | undefined {
  if (!isObject(value) || typeof value['filename'] !== 'string') return undefined;
  const file: PullRequestFile = {
    filename: value['filename'],
    status: typeof value['status'] === 'string' ? value['status'] : 'modified',
    changes: typeof value['changes'] === 'number' ? value['changes'] : 0,
  };
  if (typeof value['patch'] === 'string') file.patch = value['patch'];
  return file;
}

function expectComment(response: HttpResponse, what: string): IssueComment {
  const comment = toComment(response.data);
  if (!comment) throw new GitHubApiError(`${what}: unexpected response`, response.status, false);
  return comment;
}

/** GitHubApi over a Transport: retries per request, follows `Link: rel="next"` on the API's origin only. */
export class RestGitHubApi implements GitHubApi {
  private readonly runDeadline: number;

  constructor(
    private readonly transport: Transport,
    /** API base URL (GITHUB_API_URL); next-page links elsewhere are not followed (the token goes along). */
    private readonly baseUrl: string,
    private readonly policy: RetryPolicy = DEFAULT_RETRY_POLICY,
    private readonly env: RetryEnvironment = realRetryEnvironment,
    private readonly budget: ApiBudget = DEFAULT_API_BUDGET,
  ) {
    this.runDeadline = env.now() + budget.runMs;
  }

  private send(request: HttpRequest, options: RequestOptions = {}): Promise<HttpResponse> {
    const deadline = Math.min(options.deadline ?? Number.POSITIVE_INFINITY, this.runDeadline);
    return requestWithRetry(this.transport, request, this.policy, this.env, { ...options, deadline });
  }

  private async listAll<T>(firstUrl: string, convert: (item: unknown) => T | undefined): Promise<T[]> {
    const items: T[] = [];
    const origin = new URL(this.baseUrl).origin;
    const deadline = this.env.now() + this.budget.listingMs;
    let url: string | undefined = firstUrl;
    for (let page = 0; url !== undefined; page++) {
      if (page === MAX_PAGES) {
        const listing = firstUrl.replace(/\?.*$/, '');
        throw new GitHubApiError(`GET ${listing}: more than ${MAX_PAGES} pages`, undefined, false);
      }
      const response = await this.send({ method: 'GET', url }, { deadline });
      if (!Array.isArray(response.data)) {
        throw new GitHubApiError(`GET ${firstUrl}: expected a list`, response.status, false);
      }
      for (const raw of response.data) {
        const item = convert(raw);
        if (item !== undefined) items.push(item);
      }
      const next = nextPageUrl(response.headers['link']);
      url = next !== undefined && new URL(next, this.baseUrl).origin === origin ? next : undefined;
    }
    return items;
  }

  listIssueComments(repo: RepoRef, issueNumber: number): Promise<IssueComment[]> {
    return this.listAll(`${repoPath(repo)}/issues/${issueNumber}/comments?per_page=${PER_PAGE}`, toComment);
  }

  async createIssueComment(repo: RepoRef, issueNumber: number, body: string): Promise<IssueComment> {
    const response = await this.send({
      method: 'POST',
      url: `${repoPath(repo)}/issues/${issueNumber}/comments`,
      body: { body },
    });
    return expectComment(response, 'create comment');
  }

  async updateIssueComment(repo: RepoRef, commentId: number, body: string): Promise<IssueComment> {
    const response = await this.send({
      method: 'PATCH',
      url: `${repoPath(repo)}/issues/comments/${commentId}`,
      body: { body },
    });
    return expectComment(response, 'update comment');
  }

  async deleteIssueComment(repo: RepoRef, commentId: number): Promise<void> {
    await this.send({ method: 'DELETE', url: `${repoPath(repo)}/issues/comments/${commentId}` });
  }

  listPullRequestFiles(repo: RepoRef, pullNumber: number): Promise<PullRequestFile[]> {
    return this.listAll(`${repoPath(repo)}/pulls/${pullNumber}/files?per_page=${PER_PAGE}`, toFile);
  }

  async getPullRequest(repo: RepoRef, pullNumber: number): Promise<PullRequestInfo> {
    const response = await this.send({ method: 'GET', url: `${repoPath(repo)}/pulls/${pullNumber}` });
    const data = response.data;
    const head = isObject(data) ? data['head'] : undefined;
    if (
      !isObject(data) ||
      typeof data['number'] !== 'number' ||
      !isObject(head) ||
      typeof head['sha'] !== 'string'
    ) {
      throw new GitHubApiError('get pull request: unexpected response', response.status, false);
    }
    return {
      number: data['number'],
      headSha: head['sha'],
      state: typeof data['state'] === 'string' ? data['state'] : '',
    };
  }
}
