/**
 * End to end: the built action against a fake GitHub API, as the runner starts it.
 * Build first (`npm run build`), or point PORTLINT_ACTION_ENTRY at a build of your own
 * (`npx ncc build src/index.ts -o /tmp/portlint-e2e-dist`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import {
  ACTION_ENTRY,
  FAKE_TOKEN,
  copyFixture,
  emptyFolder,
  runAction,
  type ActionRun,
} from './run-action.js';

const FIXTURE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'report',
  'e2e-repo',
);
const MARKER = '<!-- portlint:comment -->';
const HEAD = '1234567890abcdef1234567890abcdef12345678';
const PR = 7;

function pullRequestEvent(number = PR) {
  return {
    action: 'synchronize',
    number,
    pull_request: { number, head: { sha: HEAD, ref: 'feature' }, base: { ref: 'main' } },
    repository: { name: 'shop', owner: { login: 'acme' } },
  };
}

function ourComments(github: FakeGitHub, issue = PR) {
  return github.comments.filter((c) => c.issue === issue && c.body.startsWith(MARKER));
}

function errorCommands(run: ActionRun): string[] {
  return run.stdout.split('\n').filter((line) => line.startsWith('::error file='));
}

function count(run: ActionRun, prefix: string): number {
  return run.stdout.split('\n').filter((line) => line.startsWith(prefix)).length;
}

describe('the action, end to end', () => {
  let github: FakeGitHub;
  let workspace: string;

  beforeAll(async () => {
    if (!fs.existsSync(ACTION_ENTRY)) {
      throw new Error(
        `${ACTION_ENTRY} does not exist: run \`npm run build\`, or build elsewhere and set PORTLINT_ACTION_ENTRY`,
      );
    }
    github = await startFakeGitHub({ pageSize: 2 });
    workspace = copyFixture(FIXTURE);
    // Three earlier comments, so finding ours takes more than one page; one quotes the marker.
    github.comments.push(
      { id: 1, issue: PR, body: 'LGTM', user: { login: 'alice', type: 'User' } },
      { id: 2, issue: PR, body: `As the bot says:\n> ${MARKER}`, user: { login: 'bob', type: 'User' } },
      { id: 3, issue: PR, body: 'Please fix the ports', user: { login: 'carol', type: 'User' } },
    );
    // The pull request changed line 14 (the duplicate host port).
    github.files.push(
      { filename: 'README.md', status: 'modified', changes: 1, patch: '@@ -1 +1 @@\n-a\n+b' },
      {
        filename: 'compose.yaml',
        status: 'modified',
        changes: 2,
        patch: '@@ -13,2 +13,2 @@\n     ports:\n-      - "8081:3000"\n+      - "8080:3000"',
      },
      { filename: 'old.yaml', status: 'removed', changes: 3 },
    );
  });

  afterAll(async () => {
    await github?.close();
    if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
  });

  let first: ActionRun;

  it('creates one comment on the first run, fails by policy and writes every output', async () => {
    first = await runAction({
      workspace,
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: pullRequestEvent(),
    });

    expect(first.stderr).toBe('');
    // Outputs agree with the JSON report and with the annotations written.
    const report = JSON.parse(first.report!);
    expect(report.schema).toBe(1);
    expect(report.github).toEqual({ repository: 'acme/shop', pullRequest: PR, headSha: HEAD });
    const { errors, warnings, notices } = report.summary;
    expect(errors).toBeGreaterThanOrEqual(2);
    expect(first.outputs).toEqual({
      errors: String(errors),
      warnings: String(warnings),
      notices: String(notices),
      findings: String(report.findings.length),
      report: expect.stringMatching(/portlint-report\.json$/),
      'sarif-file': '',
    });
    expect(errorCommands(first)).toHaveLength(Math.min(errors, 10));
    expect(count(first, '::warning file=')).toBe(Math.min(warnings, 10));

    // The port 968 service and the duplicate host port, with exact positions; the changed line first.
    const commands = errorCommands(first);
    expect(commands[0]).toMatch(
      /^::error file=compose\.yaml,line=14,col=10,title=portlint%3A duplicate-port::/,
    );
    expect(commands).toContainEqual(
      expect.stringMatching(
        /^::error file=compose\.yaml,line=6,col=10,title=portlint%3A unassigned-well-known::968\/tcp/,
      ),
    );

    // Exit code 1 and a one-line reason: errors reach the default fail-on.
    expect(first.code).toBe(1);
    expect(first.stdout).toContain(`::error::portlint: ${errors} errors, `);
    expect(first.stdout).toContain('findings reach fail-on: error');

    // Job summary: the same counts and table.
    expect(first.summary).toContain(`| ${errors} | ${warnings} | ${notices} |`);
    expect(first.summary).toContain(
      `[compose.yaml&#58;6](https://github.com/acme/shop/blob/${HEAD}/compose.yaml#L6)`,
    );

    // One comment, created after reading every page of comments and the pull request's files.
    expect(github.writes()).toEqual([`POST /repos/acme/shop/issues/${PR}/comments`]);
    const listed = github.calls.filter(
      (c) => c.method === 'GET' && c.path.endsWith(`/issues/${PR}/comments`),
    );
    expect(listed.map((c) => c.query['page'] ?? '1')).toEqual(['1', '2']);
    expect(github.calls.some((c) => c.path === `/repos/acme/shop/pulls/${PR}/files`)).toBe(true);
    expect(github.calls.every((c) => c.authorization === `token ${FAKE_TOKEN}`)).toBe(true);
    expect(ourComments(github)).toHaveLength(1);
    const body = ourComments(github)[0]!.body;
    expect(body).toContain(
      `| ❌ error | 968/tcp | Unassigned | [compose.yaml&#58;6](https://github.com/acme/shop/blob/${HEAD}/compose.yaml#L6)`,
    );
    expect(body).toContain('IANA registry updated ');
    expect(first.stdout).toMatch(new RegExp(`portlint: PR comment: created on #${PR} \\(comment \\d+\\)`));

    // The hostile service name is inert everywhere it went.
    for (const text of [body, first.summary]) {
      expect(text).not.toContain('<img');
      expect(text).not.toContain('@org');
      expect(text).not.toMatch(/evil\|/);
    }
  });

  it('updates the same comment on the second run', async () => {
    const before = github.calls.length;
    const run = await runAction({
      workspace,
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: pullRequestEvent(),
    });
    expect(run.code).toBe(1);
    const writes = github.calls.slice(before).filter((c) => c.method !== 'GET');
    expect(writes.map((c) => `${c.method} ${c.path}`)).toEqual([
      `PATCH /repos/acme/shop/issues/comments/${ourComments(github)[0]!.id}`,
    ]);
    expect(ourComments(github)).toHaveLength(1);
    expect(github.comments).toHaveLength(4);
    expect(run.stdout).toContain(`portlint: PR comment: updated on #${PR}`);
  });

  it('still annotates, summarises and gates by policy when the API answers 403', async () => {
    github.answerAll({ status: 403, body: { message: 'Resource not accessible by integration' } });
    try {
      const failing = await runAction({
        workspace,
        apiUrl: github.url,
        eventName: 'pull_request',
        payload: pullRequestEvent(),
      });
      expect(failing.code).toBe(1);
      // The same annotations; without the changed lines they come in file order.
      expect([...errorCommands(failing)].sort()).toEqual([...errorCommands(first)].sort());
      expect(failing.summary).toBe(first.summary);
      expect(failing.outputs).toEqual({ ...first.outputs, report: expect.any(String) });
      expect(failing.stdout).toContain(`::warning::portlint: PR comment: not posted on #${PR} (HTTP 403`);
      expect(failing.stdout).toContain(
        "::warning::portlint: could not read the pull request's changed lines",
      );

      // With fail-on never the same 403 is no failure at all.
      const passing = await runAction({
        workspace,
        apiUrl: github.url,
        eventName: 'pull_request',
        payload: pullRequestEvent(),
        inputs: { 'fail-on': 'never' },
      });
      expect(passing.code).toBe(0);
      expect(passing.stdout).not.toContain('::error::');
      expect(errorCommands(passing).length).toBe(errorCommands(first).length);
      expect(passing.summary).toContain('| ❌ error | 968/tcp |');
    } finally {
      github.answerAll(undefined);
    }
    expect(ourComments(github)).toHaveLength(1);
  });

  it('retries a 500 and then succeeds', async () => {
    github.override({ match: `GET /repos/acme/shop/issues/${PR}/comments`, responses: [{ status: 500 }] });
    const before = github.calls.length;
    const run = await runAction({
      workspace,
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: pullRequestEvent(),
    });
    const calls = github.calls.slice(before).filter((c) => c.path.endsWith(`/issues/${PR}/comments`));
    expect(calls.map((c) => [c.method, c.query['page'] ?? '1', c.status])).toEqual([
      ['GET', '1', 500],
      ['GET', '1', 200],
      ['GET', '2', 200],
    ]);
    expect(run.stdout).toContain('HTTP 500');
    expect(run.stdout).toContain(`portlint: PR comment: updated on #${PR}`);
  });

  it('waits retry-after on a 429 and then succeeds', async () => {
    github.override({
      match: 'PATCH /repos/acme/shop/issues/comments/',
      responses: [{ status: 429, headers: { 'retry-after': '1' }, body: { message: 'slow down' } }],
    });
    const before = github.calls.length;
    const run = await runAction({
      workspace,
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: pullRequestEvent(),
    });
    const patches = github.calls.slice(before).filter((c) => c.method === 'PATCH');
    expect(patches.map((c) => c.status)).toEqual([429, 200]);
    expect(run.millis).toBeGreaterThanOrEqual(1000);
    expect(run.stdout).toContain('retrying in 1000 ms');
    expect(run.stdout).toContain(`portlint: PR comment: updated on #${PR}`);
  });

  it('writes SARIF when asked', async () => {
    const run = await runAction({
      workspace,
      apiUrl: github.url,
      eventName: 'push',
      payload: {},
      inputs: { 'sarif-file': 'out/portlint.sarif' },
    });
    expect(run.outputs['sarif-file']).toBe(path.join(workspace, 'out', 'portlint.sarif'));
    const sarif = JSON.parse(fs.readFileSync(run.outputs['sarif-file']!, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toHaveLength(Number(run.outputs['findings']));
    expect(run.stdout).toContain('portlint: PR comment: skipped (not a pull request event (push))');
    // Push events still get the summary; no API call at all.
    expect(run.summary).toContain('| ❌ error | 968/tcp |');
    fs.rmSync(path.join(workspace, 'out'), { recursive: true, force: true });
  });

  it('comments from a report in a workflow_run, after checking the pull request it names', async () => {
    const reportDir = emptyFolder();
    fs.writeFileSync(path.join(reportDir, 'portlint-report.json'), first.report!);
    github.pulls.set(PR, { headSha: HEAD });
    const before = github.calls.length;
    const run = await runAction({
      workspace: reportDir,
      apiUrl: github.url,
      eventName: 'workflow_run',
      // A fork's run: GitHub leaves pull_requests empty.
      payload: {
        action: 'completed',
        workflow_run: { head_sha: HEAD, pull_requests: [], conclusion: 'failure' },
      },
      inputs: { 'from-report': 'portlint-report.json', 'fail-on': 'never' },
    });
    expect(run.code).toBe(0);
    const calls = github.calls.slice(before).map((c) => `${c.method} ${c.path}`);
    expect(calls).toContain(`GET /repos/acme/shop/pulls/${PR}`);
    expect(calls).toContain(`PATCH /repos/acme/shop/issues/comments/${ourComments(github)[0]!.id}`);
    expect(run.stdout).not.toContain('::error file=');
    expect(run.outputs['errors']).toBe(first.outputs['errors']);
    expect(ourComments(github)[0]!.body).toContain('| ❌ error | 968/tcp | Unassigned |');

    // A report that names a pull request whose head is another commit gets no comment.
    github.pulls.set(PR, { headSha: 'e'.repeat(40) });
    const writes = github.writes().length;
    const refused = await runAction({
      workspace: reportDir,
      apiUrl: github.url,
      eventName: 'workflow_run',
      payload: { action: 'completed', workflow_run: { head_sha: HEAD, pull_requests: [] } },
      inputs: { 'from-report': 'portlint-report.json', 'fail-on': 'never' },
    });
    expect(refused.code).toBe(0);
    expect(github.writes().length).toBe(writes);
    expect(refused.stdout).toContain(
      'PR comment: skipped (the report names pull request #7, whose head is not the commit',
    );

    // A report of another schema is refused (exit code 2).
    fs.writeFileSync(
      path.join(reportDir, 'portlint-report.json'),
      JSON.stringify({ ...JSON.parse(first.report!), schema: 2 }),
    );
    const wrongSchema = await runAction({
      workspace: reportDir,
      apiUrl: github.url,
      eventName: 'workflow_run',
      payload: { workflow_run: { head_sha: HEAD, pull_requests: [] } },
      inputs: { 'from-report': 'portlint-report.json' },
    });
    expect(wrongSchema.code).toBe(2);
    expect(wrongSchema.stdout).toContain(
      '::error::portlint: portlint-report.json: not a portlint JSON report: schema 2, expected 1',
    );
    fs.rmSync(reportDir, { recursive: true, force: true });
  });

  it('turns the comment clean when the findings are gone, and creates none for a clean pull request', async () => {
    const clean = emptyFolder();
    fs.writeFileSync(
      path.join(clean, 'compose.yaml'),
      'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8443:443"\n',
    );
    try {
      const run = await runAction({
        workspace: clean,
        apiUrl: github.url,
        eventName: 'pull_request',
        payload: pullRequestEvent(),
      });
      expect(run.outputs['findings']).toBe('0');
      expect(run.code).toBe(0);
      expect(ourComments(github)).toHaveLength(1);
      expect(ourComments(github)[0]!.body).toContain('### ✅ portlint: no findings');

      const writes = github.writes().length;
      const other = await runAction({
        workspace: clean,
        apiUrl: github.url,
        eventName: 'pull_request',
        payload: pullRequestEvent(8),
      });
      expect(other.code).toBe(0);
      expect(github.writes().length).toBe(writes);
      expect(other.stdout).toContain(
        'portlint: PR comment: skipped on #8 (no findings and no earlier portlint comment)',
      );
    } finally {
      fs.rmSync(clean, { recursive: true, force: true });
    }
  });
});
