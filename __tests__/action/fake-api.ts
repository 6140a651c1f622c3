/** An in-memory GitHubApi that records calls and can fail on demand. */
import type {
  GitHubApi,
  IssueComment,
  PullRequestFile,
  PullRequestInfo,
  RepoRef,
} from '../../src/action/github-api.js';
import { GitHubApiError } from '../../src/action/http.js';

export class FakeApi implements GitHubApi {
  comments = new Map<number, IssueComment[]>();
  files: PullRequestFile[] = [];
  pulls = new Map<number, PullRequestInfo>();
  calls: string[] = [];
  /** Errors to throw, by method name, once each. */
  failures = new Map<string, GitHubApiError[]>();
  /** Whether a failing create still stores its comment (a 502 after the write). */
  createLandsDespiteFailure = false;
  private nextId = 100;

  private fail(method: string): void {
    const error = this.failures.get(method)?.shift();
    if (error) throw error;
  }

  async listIssueComments(_repo: RepoRef, issue: number): Promise<IssueComment[]> {
    this.calls.push(`list ${issue}`);
    this.fail('listIssueComments');
    return [...(this.comments.get(issue) ?? [])];
  }

  async createIssueComment(_repo: RepoRef, issue: number, body: string): Promise<IssueComment> {
    this.calls.push(`create ${issue}`);
    const comment = { id: this.nextId++, body };
    const pending = this.failures.get('createIssueComment')?.[0];
    if (pending && this.createLandsDespiteFailure)
      this.comments.set(issue, [...(this.comments.get(issue) ?? []), comment]);
    this.fail('createIssueComment');
    this.comments.set(issue, [...(this.comments.get(issue) ?? []), comment]);
    return comment;
  }

  async updateIssueComment(_repo: RepoRef, id: number, body: string): Promise<IssueComment> {
    this.calls.push(`update ${id}`);
    this.fail('updateIssueComment');
    for (const list of this.comments.values()) {
      const comment = list.find((c) => c.id === id);
      if (comment) {
        comment.body = body;
        return comment;
      }
    }
    throw new GitHubApiError('not found', 404, false);
  }

  async deleteIssueComment(_repo: RepoRef, id: number): Promise<void> {
    this.calls.push(`delete ${id}`);
    this.fail('deleteIssueComment');
    for (const [issue, list] of this.comments) {
      if (list.some((c) => c.id === id)) {
        this.comments.set(
          issue,
          list.filter((c) => c.id !== id),
        );
        return;
      }
    }
    throw new GitHubApiError('not found', 404, false);
  }

  async listPullRequestFiles(_repo: RepoRef, pull: number): Promise<PullRequestFile[]> {
    this.calls.push(`files ${pull}`);
    this.fail('listPullRequestFiles');
    return this.files;
  }

  async getPullRequest(_repo: RepoRef, pull: number): Promise<PullRequestInfo> {
    this.calls.push(`pull ${pull}`);
    this.fail('getPullRequest');
    const info = this.pulls.get(pull);
    if (!info) throw new GitHubApiError('not found', 404, false);
    return info;
  }
}
