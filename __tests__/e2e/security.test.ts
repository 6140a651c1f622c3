/**
 * End to end: what strangers control (others' comments, a fork's report, numbers in it) must not
 * steer the action. Build first (`npm run build`), as for action.test.ts.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { onePositionReport } from '../action/hostile-report.js';
import { startFakeGitHub, type FakeGitHub, type StoredComment } from './fake-github.js';
import { ACTION_ENTRY, copyFixture, emptyFolder, runAction, type RunOptions } from './run-action.js';

const FIXTURE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'report',
  'e2e-repo',
);
const MARKER = '<!-- portlint:comment -->';
const HEAD = '1234567890abcdef1234567890abcdef12345678';
const OTHER = 'e'.repeat(40);
const PR = 7;
const BOT = { login: 'github-actions[bot]', type: 'Bot' };
const MALLORY = { login: 'mallory', type: 'User' };
/** Long enough for a slow machine, short enough that a hang fails the test. */
const RUN_TIMEOUT_MS = 60_000;

function pullRequestEvent(number = PR) {
  return {
    action: 'synchronize',
    number,
    pull_request: { number, head: { sha: HEAD, ref: 'feature' }, base: { ref: 'main' } },
  };
}

function comment(id: number, body: string, user = BOT, issue = PR): StoredComment {
  return { id, issue, body, user };
}

/** Id, author and first two lines of each comment. */
function comments(github: FakeGitHub): Array<[number, string, string]> {
  return github.comments.map((c) => [c.id, c.user.login, c.body.split('\n').slice(0, 2).join('\n')]);
}

function warnings(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line.startsWith('::warning::'));
}

beforeAll(() => {
  if (!fs.existsSync(ACTION_ENTRY)) throw new Error(`${ACTION_ENTRY} does not exist: run \`npm run build\``);
});

describe('the PR comment belongs to the identity the action posts as', () => {
  let github: FakeGitHub;
  let workspace: string;
  const scan = (extra: Partial<RunOptions> = {}) =>
    runAction({
      workspace,
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: pullRequestEvent(),
      timeoutMs: RUN_TIMEOUT_MS,
      ...extra,
    });

  beforeAll(() => {
    workspace = copyFixture(FIXTURE);
  });

  afterAll(() => {
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  beforeEach(async () => {
    github = await startFakeGitHub({ pageSize: 2 });
  });

  afterEach(async () => {
    await github.close();
  });

  it("never edits a stranger's marker comment: posts its own report beside it", async () => {
    github.comments.push(comment(1, `${MARKER}\n### ✅ portlint: no findings`, MALLORY));
    const run = await scan();
    expect(run.code).toBe(1);
    expect(github.writes()).toEqual([`POST /repos/acme/shop/issues/${PR}/comments`]);
    expect(comments(github)).toEqual([
      [1, 'mallory', `${MARKER}\n### ✅ portlint: no findings`],
      [
        1000,
        'github-actions[bot]',
        expect.stringMatching(/^<!-- portlint:comment -->\n### ❌ portlint: \d+ errors/),
      ],
    ]);
    expect(run.stdout).toContain(`portlint: PR comment: created on #${PR} (comment 1000)`);
    expect(warnings(run.stdout)).toEqual([]);

    // The next run updates its own comment, still not the stranger's.
    const writes = github.writes().length;
    const again = await scan();
    expect(github.writes().slice(writes)).toEqual(['PATCH /repos/acme/shop/issues/comments/1000']);
    expect(github.comments.find((c) => c.id === 1)!.body).toBe(`${MARKER}\n### ✅ portlint: no findings`);
    expect(again.stdout).toContain(`portlint: PR comment: updated on #${PR} (comment 1000)`);
  });

  it("does not turn a stranger's marker comment into a clean report either", async () => {
    github.comments.push(comment(1, `${MARKER}\nfake findings`, MALLORY));
    const clean = emptyFolder();
    fs.writeFileSync(path.join(clean, 'compose.yaml'), 'services:\n  web:\n    ports:\n      - "8443:443"\n');
    try {
      const run = await scan({ workspace: clean });
      expect(run.code).toBe(0);
      expect(github.writes()).toEqual([]);
      expect(run.stdout).toContain(
        `portlint: PR comment: skipped on #${PR} (no findings and no earlier portlint comment)`,
      );
    } finally {
      fs.rmSync(clean, { recursive: true, force: true });
    }
  });

  it('posts a new comment when GitHub refuses the edit of its own', async () => {
    github.comments.push(comment(5, `${MARKER}\nold report`));
    github.override({ match: 'PATCH /repos/acme/shop/issues/comments/5', responses: [{ status: 404 }] });
    const run = await scan();
    expect(github.writes()).toEqual([
      'PATCH /repos/acme/shop/issues/comments/5',
      `POST /repos/acme/shop/issues/${PR}/comments`,
    ]);
    expect(run.stdout).toContain(`portlint: PR comment: created on #${PR} (comment 1000)`);
    expect(warnings(run.stdout)).toEqual([
      '::warning::portlint: PR comment: could not edit comment 5 (PATCH /repos/acme/shop/issues/comments/5: HTTP 404 scripted 404); posting a new one',
    ]);
  });

  it('updates the first of its comments and deletes its stale duplicates, never the others', async () => {
    github.comments.push(
      comment(1, `${MARKER}\nmine, first`),
      comment(2, `${MARKER}\nmallory's`, MALLORY),
      comment(3, `${MARKER}\nmine, a duplicate from a race`),
    );
    const run = await scan();
    expect(github.writes()).toEqual([
      'PATCH /repos/acme/shop/issues/comments/1',
      'DELETE /repos/acme/shop/issues/comments/3',
    ]);
    expect(comments(github)).toEqual([
      [1, 'github-actions[bot]', expect.stringMatching(/^<!-- portlint:comment -->\n### ❌ portlint: /)],
      [2, 'mallory', `${MARKER}\nmallory's`],
    ]);
    expect(run.stdout).toContain(`portlint: PR comment: updated on #${PR} (comment 1)`);
  });

  it('recognises the comments of another token by the comment-author input', async () => {
    github.identity = 'acme-ci';
    github.comments.push(
      comment(1, `${MARKER}\nby the bot, not this token`),
      comment(2, `${MARKER}\nby acme-ci`, { login: 'acme-ci', type: 'User' }),
    );
    const run = await scan({ inputs: { 'comment-author': 'acme-ci' } });
    expect(github.writes()).toEqual(['PATCH /repos/acme/shop/issues/comments/2']);
    expect(run.stdout).toContain(`portlint: PR comment: updated on #${PR} (comment 2)`);

    // Without the input a token posting as someone else is told how to fix it.
    github.comments.splice(0);
    const unset = await scan();
    expect(github.writes().slice(1)).toEqual([`POST /repos/acme/shop/issues/${PR}/comments`]);
    expect(warnings(unset.stdout)).toEqual([
      '::warning::portlint: PR comment: the comment was posted as acme-ci: set the comment-author input to that login',
    ]);
  });

  it('calls a secondary rate limit a rate limit, not a read-only fork token', async () => {
    const limited = {
      status: 403,
      headers: { 'retry-after': '1' },
      body: { message: 'You have exceeded a secondary rate limit.' },
    };
    github.override({
      match: `GET /repos/acme/shop/issues/${PR}/comments`,
      responses: [limited, limited, limited],
    });
    const run = await scan({ inputs: { annotations: 'false' } });
    expect(github.writes()).toEqual([]);
    expect(warnings(run.stdout)).toEqual([
      `::warning::portlint: PR comment: not posted on #${PR} (GitHub's API rate limit, try again later ` +
        `(GET /repos/acme/shop/issues/${PR}/comments: HTTP 403 You have exceeded a secondary rate limit.))`,
    ]);
  });

  it('posts no second comment when its own may be beyond the pages it lists', async () => {
    await github.close();
    github = await startFakeGitHub({ pageSize: 1 });
    for (let id = 1; id <= 100; id++) github.comments.push(comment(id, `comment ${id}`, MALLORY));
    github.comments.push(comment(101, `${MARKER}\nmine, on page 101`));
    const run = await scan({ inputs: { annotations: 'false' } });
    expect(github.writes()).toEqual([]);
    expect(github.calls.filter((c) => c.path.endsWith(`/issues/${PR}/comments`))).toHaveLength(100);
    expect(warnings(run.stdout)).toEqual([
      `::warning::portlint: PR comment: not posted on #${PR} ` +
        `(GET /repos/acme/shop/issues/${PR}/comments: more than 100 pages)`,
    ]);
  });
});

describe("from-report trusts neither the fork's file nor its pull request number", () => {
  let github: FakeGitHub;
  let reportDir: string;
  const fromReport = (extra: Partial<RunOptions> = {}) =>
    runAction({
      workspace: reportDir,
      apiUrl: github.url,
      eventName: 'workflow_run',
      payload: { action: 'completed', workflow_run: { head_sha: HEAD, pull_requests: [] } },
      inputs: { 'from-report': 'portlint-report.json', 'fail-on': 'never' },
      timeoutMs: RUN_TIMEOUT_MS,
      ...extra,
    });
  const report = (github: object) =>
    JSON.stringify({ ...JSON.parse(onePositionReport(1)), github: { ...github } });

  beforeEach(async () => {
    github = await startFakeGitHub();
    reportDir = emptyFolder();
  });

  afterEach(async () => {
    await github.close();
    fs.rmSync(reportDir, { recursive: true, force: true });
  });

  it('handles 100,000 findings at one position in linear time', async () => {
    fs.writeFileSync(path.join(reportDir, 'portlint-report.json'), onePositionReport(100_000));
    const run = await fromReport({ inputs: { 'from-report': 'portlint-report.json', 'pr-number': '7' } });
    expect(run.code).toBe(1);
    expect(run.outputs['findings']).toBe('100000');
    expect(run.stdout).toContain('::error::portlint: 100000 errors, 0 warnings, 0 notices');
    expect(github.writes()).toEqual([`POST /repos/acme/shop/issues/${PR}/comments`]);
    // Quadratic handling took minutes; this bound only catches that, not a slow machine.
    expect(run.millis).toBeLessThan(30_000);
  }, 90_000);

  it('refuses a report that is a symlink to /dev/zero, at once', async () => {
    fs.symlinkSync('/dev/zero', path.join(reportDir, 'portlint-report.json'));
    const run = await fromReport();
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(
      '::error::portlint: from-report: cannot read portlint-report.json: it is outside the workspace',
    );
    expect(run.millis).toBeLessThan(RUN_TIMEOUT_MS);
  });

  it('refuses a report that is a FIFO instead of waiting for a writer', async () => {
    execFileSync('mkfifo', [path.join(reportDir, 'portlint-report.json')]);
    const run = await fromReport();
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(
      '::error::portlint: from-report: cannot read portlint-report.json: not a regular file',
    );
  });

  it("refuses the report's pull request number outside a workflow_run", async () => {
    fs.writeFileSync(
      path.join(reportDir, 'portlint-report.json'),
      report({ pullRequest: PR, headSha: HEAD }),
    );
    github.pulls.set(PR, { headSha: HEAD });
    const run = await fromReport({ eventName: 'push', payload: {} });
    expect(run.code).toBe(0);
    expect(github.calls).toEqual([]);
    expect(run.stdout).toContain(
      `portlint: PR comment: skipped (the report names pull request #${PR}, which only a workflow_run's head commit can confirm (set the pr-number input))`,
    );
  });

  it("ignores a workflow_run pull request whose head is not the run's commit", async () => {
    fs.writeFileSync(path.join(reportDir, 'portlint-report.json'), report({ pullRequest: PR }));
    github.pulls.set(PR, { headSha: HEAD });
    const run = await fromReport({
      payload: {
        action: 'completed',
        workflow_run: { head_sha: HEAD, pull_requests: [{ number: 9, head: { sha: OTHER } }] },
      },
    });
    expect(run.code).toBe(0);
    expect(github.writes()).toEqual([`POST /repos/acme/shop/issues/${PR}/comments`]);
    expect(run.stdout).toContain(`portlint: PR comment: created on #${PR}`);
  });
});
