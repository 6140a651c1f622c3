/** The action in-process: every boundary (runner IO, scanner, GitHub API) replaced through ActionDeps. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { run, type ActionDeps } from '../../src/main.js';
import { RecordingIO } from '../helpers/recording-io.js';
import { initGit } from '../helpers/temp-repo.js';
import { GitHubApiError } from '../../src/action/http.js';
import { ConfigError } from '../../src/errors.js';
import { reachesFailOn } from '../../src/policy/gate.js';
import { formatGithubCommands } from '../../src/report/github-commands.js';
import type { RunOutcome, RunRequest } from '../../src/pipeline/run.js';
import type { ScanResult } from '../../src/types.js';
import { FakeApi } from './fake-api.js';
import { HOSTILE_NAME, declaredPort, finding, manyFindings, scanResult } from './scan-fixture.js';

const HEAD = 'b'.repeat(40);
const MERGE = 'a'.repeat(40);
const MARKER = '<!-- portlint:comment -->';

let scratch: string;
let workspace: string;
let io: RecordingIO;
let api: FakeApi;
let requests: RunRequest[];
let apiCreated: number;

let events = 0;

function writeEvent(payload: unknown): string {
  const file = path.join(scratch, `event-${events++}.json`);
  fs.writeFileSync(file, JSON.stringify(payload));
  return file;
}

function deps(
  result: ScanResult,
  env: Record<string, string> = {},
  overrides: Partial<ActionDeps> = {},
): Partial<ActionDeps> {
  return {
    io,
    env: {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: writeEvent({ pull_request: { number: 7, head: { sha: HEAD } } }),
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_SHA: MERGE,
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: path.join(scratch, 'temp'),
      GITHUB_RUN_ID: '99',
      ...env,
    },
    runScan: async (request: RunRequest): Promise<RunOutcome> => {
      requests.push(request);
      const failOn = request.failOn ?? 'error';
      return { result, failOn, failed: reachesFailOn(result, failOn), version: '9.9.9' } as RunOutcome;
    },
    createApi: () => {
      apiCreated++;
      return api;
    },
    ...overrides,
  };
}

beforeEach(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-main-'));
  workspace = path.join(scratch, 'ws');
  fs.mkdirSync(workspace);
  fs.mkdirSync(path.join(scratch, 'temp'));
  io = new RecordingIO();
  io.inputs = { path: '.', annotations: 'true', comment: 'auto', summary: 'true', 'github-token': 'tok' };
  api = new FakeApi();
  requests = [];
  apiCreated = 0;
});

afterEach(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe('run', () => {
  it('on a pull request: scans, writes outputs, annotations, summary and one comment, then fails by policy', async () => {
    const result = scanResult([
      finding(),
      finding({ severity: 'warning', ruleId: 'registered-conflict', line: 9, message: 'w' }),
    ]);
    api.files = [{ filename: 'compose.yaml', status: 'modified', changes: 1, patch: '@@ -9 +9 @@\n-x\n+y' }];
    io.inputs['path'] = 'deploy compose';
    io.inputs['fail-on'] = 'error';
    await run(deps(result));

    expect(requests).toEqual([{ cwd: workspace, paths: ['deploy', 'compose'], failOn: 'error' }]);
    expect(io.outputs).toEqual({
      errors: '1',
      warnings: '1',
      notices: '0',
      findings: '2',
      report: expect.stringMatching(
        new RegExp(`^${path.join(scratch, 'temp', 'portlint-')}[^/]+/portlint-report\\.json$`),
      ),
      'sarif-file': '',
    });
    const report = JSON.parse(fs.readFileSync(io.outputs['report']!, 'utf8'));
    expect(report.github).toEqual({ repository: 'acme/shop', pullRequest: 7, headSha: HEAD });
    expect(report.summary).toEqual(result.summary);
    expect(io.commands).toBe(
      '::error file=compose.yaml,line=5,col=9,title=portlint%3A unassigned-well-known::port 968/tcp is unassigned\n' +
        '::warning file=compose.yaml,line=9,col=9,title=portlint%3A registered-conflict::w\n',
    );
    expect(io.summaries).toHaveLength(1);
    expect(io.summaries[0]).toContain(
      `[compose.yaml&#58;5](https://github.com/acme/shop/blob/${HEAD}/compose.yaml#L5)`,
    );
    expect(api.calls).toEqual(['files 7', 'list 7', 'create 7']);
    const [comment] = api.comments.get(7)!;
    expect(comment!.body.startsWith(`${MARKER}\n### ❌ portlint: 1 error, 1 warning, 0 notices`)).toBe(true);
    expect(io.log).toContain('portlint: PR comment: created on #7 (comment 100)');
    expect(io.log).toContain(
      'portlint: annotations: 1/1 errors, 1/1 warnings, 0/0 notices (GitHub keeps 10 per level per step; changed lines first)',
    );
    expect(io.failed).toEqual({
      message: 'portlint: 1 error, 1 warning, 0 notices; findings reach fail-on: error',
      exitCode: 1,
    });
  });

  it('leaves fail-on to the config when the input is empty, and passes config', async () => {
    io.inputs['config'] = 'ci/.portlint.yml';
    await run(deps(scanResult([])));
    expect(requests).toEqual([{ cwd: workspace, paths: ['.'], configPath: 'ci/.portlint.yml' }]);
    expect(io.failed).toBeUndefined();
  });

  it('passes when nothing reaches fail-on', async () => {
    io.inputs['fail-on'] = 'never';
    await run(deps(scanResult(manyFindings(3, 'error'))));
    expect(io.failed).toBeUndefined();
    expect(io.outputs['errors']).toBe('3');
  });

  it('keeps every other result when the comment cannot be posted (403), with one warning line', async () => {
    api.failures.set('listIssueComments', [
      new GitHubApiError('GET /x: HTTP 403 Resource not accessible by integration', 403, false),
    ]);
    api.failures.set('listPullRequestFiles', [new GitHubApiError('GET /y: HTTP 403', 403, false)]);
    io.inputs['fail-on'] = 'never';
    await run(deps(scanResult([finding()])));
    expect(io.failed).toBeUndefined();
    expect(io.commands).toContain('::error file=compose.yaml,line=5,col=9');
    expect(io.summaries).toHaveLength(1);
    expect(io.outputs['errors']).toBe('1');
    expect(io.log.filter((l) => l.includes('PR comment'))).toEqual([
      'warning: portlint: PR comment: not posted on #7 (HTTP 403: the token cannot comment on this pull request ' +
        '(fork pull requests get a read-only GITHUB_TOKEN; grant `pull-requests: write` or use the from-report workflow_run setup))',
    ]);
    expect(io.log).toContain(
      "warning: portlint: could not read the pull request's changed lines, annotating in file order (HTTP 403: the token cannot comment on this pull request " +
        '(fork pull requests get a read-only GITHUB_TOKEN; grant `pull-requests: write` or use the from-report workflow_run setup))',
    );
  });

  it('reports a 422 and a transient failure as warnings too', async () => {
    api.failures.set('createIssueComment', [
      new GitHubApiError('POST /c: HTTP 422 Body is too long', 422, false),
    ]);
    await run(deps(scanResult([finding()])));
    expect(io.log).toContain(
      'warning: portlint: PR comment: not posted on #7 (HTTP 422: GitHub refused the comment (POST /c: HTTP 422 Body is too long))',
    );
    expect(io.failed?.exitCode).toBe(1);

    io = new RecordingIO();
    io.inputs = { 'github-token': 'tok' };
    api = new FakeApi();
    api.failures.set('listIssueComments', [new GitHubApiError('GET /c: HTTP 503', 503, true)]);
    await run(deps(scanResult([finding()])));
    expect(io.log).toContain('warning: portlint: PR comment: not posted on #7 (GET /c: HTTP 503)');
  });

  it('does not comment on a push (auto) but still writes the summary, linking GITHUB_SHA', async () => {
    await run(
      deps(scanResult([finding()]), { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: writeEvent({}) }),
    );
    expect(api.calls).toEqual([]);
    expect(apiCreated).toBe(1);
    expect(io.log).toContain('portlint: PR comment: skipped (not a pull request event (push))');
    expect(io.summaries[0]).toContain(`/blob/${MERGE}/compose.yaml#L5`);
  });

  it('comments on a push with comment: always and a pr-number', async () => {
    io.inputs['comment'] = 'always';
    io.inputs['pr-number'] = '12';
    await run(
      deps(scanResult([finding()]), { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: writeEvent({}) }),
    );
    expect(api.calls).toEqual(['list 12', 'create 12']);
  });

  it('makes no API client at all with comment: never and no pull request', async () => {
    io.inputs['comment'] = 'never';
    await run(
      deps(scanResult([finding()]), { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: writeEvent({}) }),
    );
    expect(apiCreated).toBe(0);
    expect(io.log).toContain('portlint: PR comment: skipped (comment is set to never)');
  });

  it('warns when there is no token', async () => {
    io.inputs['github-token'] = '';
    await run(deps(scanResult([finding()])));
    expect(io.log).toContain('warning: portlint: PR comment: not posted (no github-token)');
    expect(io.commands).not.toBe('');
  });

  it('caps annotations, keeping room for its own failure and warnings, and says where the rest is', async () => {
    io.inputs['sarif-file'] = 'out/portlint.sarif';
    await run(deps(scanResult(manyFindings(12, 'error'))));
    const lines = io.commands.trimEnd().split('\n');
    // 9: the failure reason is the tenth error annotation of the step.
    expect(lines).toHaveLength(9);
    expect(lines[8]).toContain(
      '%0A(+3 errors not shown as annotations: GitHub keeps 10 per step. ' +
        'See the job summary, the SARIF report or the JSON report (output `report`) for every finding.)',
    );
    expect(io.failed?.message).toBe(
      'portlint: 12 errors, 0 warnings, 0 notices; findings reach fail-on: error',
    );
    expect(io.outputs['sarif-file']).toBe(path.join(workspace, 'out', 'portlint.sarif'));
    expect(JSON.parse(fs.readFileSync(io.outputs['sarif-file']!, 'utf8')).runs[0].results).toHaveLength(12);
  });

  it('writes SARIF paths relative to the git top level, which it names in originalUriBaseIds', async () => {
    io.inputs['sarif-file'] = 'portlint.sarif';
    // The workspace is a folder of a larger clone: the clone's top is its parent.
    initGit(scratch);
    await run(deps(scanResult([finding()])));
    const log = JSON.parse(fs.readFileSync(path.join(workspace, 'portlint.sarif'), 'utf8'));
    expect(log.runs[0].originalUriBaseIds).toEqual({
      '%SRCROOT%': { uri: `${pathToFileURL(scratch).href}/` },
    });
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('ws/compose.yaml');
  });

  it('keeps room for its own warnings among the warning annotations', async () => {
    io.inputs['fail-on'] = 'never';
    await run(deps(scanResult(manyFindings(12, 'warning'))));
    expect(io.commands.trimEnd().split('\n')).toHaveLength(9);

    io = new RecordingIO();
    io.inputs = { 'fail-on': 'never', 'github-token': 't' };
    api = new FakeApi();
    api.failures.set('listPullRequestFiles', [new GitHubApiError('HTTP 403', 403, false)]);
    await run(deps(scanResult(manyFindings(12, 'warning'))));
    expect(io.commands.trimEnd().split('\n')).toHaveLength(8);
    expect(io.failed).toBeUndefined();
  });

  it('writes hostile text to the log as inert workflow commands', async () => {
    const declared = declaredPort({ context: { service: HOSTILE_NAME } });
    const result = scanResult([finding({ declared, message: `service "${HOSTILE_NAME}"` })]);
    await run(deps(result));
    expect(io.commands).toBe(formatGithubCommands(result, { moreAt: 'x' }));
    expect(io.commands.split('\n')).toHaveLength(2);
    expect(io.summaries[0]).not.toContain('<img');
    expect(api.comments.get(7)![0]!.body).not.toContain('@org/team');
  });

  it('fails with exit code 2 on a bad input or config, before anything is written', async () => {
    io.inputs['fail-on'] = 'sometimes';
    await run(deps(scanResult([])));
    expect(io.failed).toEqual({
      message: 'portlint: input fail-on: "sometimes" is not one of error, warning, notice, never',
      exitCode: 2,
    });
    expect(io.outputs).toEqual({});

    io = new RecordingIO();
    await run(
      deps(
        scanResult([]),
        {},
        {
          runScan: async () => {
            throw new ConfigError('.portlint.yml:3:1: unknown rule "nope"');
          },
        },
      ),
    );
    expect(io.failed).toEqual({ message: 'portlint: .portlint.yml:3:1: unknown rule "nope"', exitCode: 2 });

    io = new RecordingIO();
    const problems = [
      '.portlint.yml:1:10: "fail-on" must be one of',
      '.portlint.yml:2:1: unknown key "\u001b[2J"',
    ];
    const throwing = async () => {
      throw new ConfigError(problems);
    };
    await run(deps(scanResult([]), {}, { runScan: throwing }));
    expect(io.failed).toEqual({
      message:
        'portlint: .portlint.yml:1:10: "fail-on" must be one of\nportlint: .portlint.yml:2:1: unknown key "\\u{1b}[2J"',
      exitCode: 2,
    });
  });

  it('fails with exit code 1 on an internal error', async () => {
    await run(
      deps(
        scanResult([]),
        {},
        {
          runScan: async () => {
            throw new TypeError('x is undefined\nat line 1');
          },
        },
      ),
    );
    expect(io.failed).toEqual({ message: 'portlint: internal error: x is undefined at line 1', exitCode: 1 });
  });

  it('warns when the job summary cannot be written and carries on', async () => {
    io.summaryError = new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY');
    await run(deps(scanResult([finding()])));
    expect(io.log).toContain(
      'warning: portlint: could not write the job summary: Unable to find environment variable for $GITHUB_STEP_SUMMARY',
    );
    expect(api.calls).toContain('create 7');
  });

  it('fails when the SARIF file cannot be written, after everything else', async () => {
    fs.writeFileSync(path.join(workspace, 'blocker'), '');
    io.inputs['sarif-file'] = 'blocker/portlint.sarif';
    io.inputs['fail-on'] = 'never';
    await run(deps(scanResult([finding()])));
    expect(io.failed?.message).toMatch(/^portlint: could not write SARIF to blocker\/portlint\.sarif: /);
    expect(io.outputs['sarif-file']).toBe('');
    expect(api.calls).toContain('create 7');
  });

  describe('from-report', () => {
    function writeReport(pullRequest?: number): string {
      const report = {
        schema: 1,
        tool: 'portlint',
        version: '1.0.0',
        registry: { updated: '2025-02-02' },
        files: [{ path: 'compose.yaml', kind: 'compose' }],
        ports: [],
        findings: [
          {
            ruleId: 'unassigned-well-known',
            severity: 'error',
            file: 'compose.yaml',
            line: 5,
            column: 9,
            port: 968,
            protocol: 'tcp',
            message: 'm',
          },
        ],
        summary: { files: 1, ports: 0, errors: 1, warnings: 0, notices: 0 },
        ...(pullRequest ? { github: { pullRequest, headSha: 'd'.repeat(40) } } : {}),
      };
      fs.writeFileSync(path.join(workspace, 'portlint-report.json'), JSON.stringify(report));
      return 'portlint-report.json';
    }

    function workflowRun(pullRequests: unknown[] = []) {
      return {
        GITHUB_EVENT_NAME: 'workflow_run',
        GITHUB_EVENT_PATH: writeEvent({ workflow_run: { head_sha: HEAD, pull_requests: pullRequests } }),
      };
    }

    it('comments on the pull request of the workflow_run payload without scanning or annotating', async () => {
      io.inputs['from-report'] = writeReport();
      io.inputs['fail-on'] = 'never';
      await run(deps(scanResult([]), workflowRun([{ number: 3, head: { sha: HEAD } }])));
      expect(requests).toEqual([]);
      expect(io.commands).toBe('');
      expect(api.calls).toEqual(['list 3', 'create 3']);
      expect(api.comments.get(3)![0]!.body).toContain(`/blob/${HEAD}/compose.yaml#L5`);
      expect(io.outputs['report']).toBe(path.join(workspace, 'portlint-report.json'));
      expect(io.outputs['errors']).toBe('1');
      expect(io.failed).toBeUndefined();
    });

    it('applies fail-on to the report', async () => {
      io.inputs['from-report'] = writeReport();
      await run(deps(scanResult([]), workflowRun([{ number: 3 }])));
      expect(io.failed?.message).toBe(
        'portlint: 1 error, 0 warnings, 0 notices; findings reach fail-on: error',
      );
    });

    it("checks a report's pull request number against the workflow_run head before trusting it", async () => {
      io.inputs['from-report'] = writeReport(5);
      io.inputs['fail-on'] = 'never';
      api.pulls.set(5, { number: 5, headSha: HEAD, state: 'open' });
      await run(deps(scanResult([]), workflowRun()));
      expect(api.calls).toEqual(['pull 5', 'list 5', 'create 5']);

      api = new FakeApi();
      api.pulls.set(5, { number: 5, headSha: 'e'.repeat(40), state: 'open' });
      io = new RecordingIO();
      io.inputs = { 'from-report': writeReport(5), 'github-token': 't', 'fail-on': 'never' };
      await run(deps(scanResult([]), workflowRun()));
      expect(api.calls).toEqual(['pull 5']);
      expect(io.log).toContain(
        'portlint: PR comment: skipped (the report names pull request #5, whose head is not the commit the workflow_run ran on)',
      );
    });

    it('prefers the pr-number input', async () => {
      io.inputs['from-report'] = writeReport(5);
      io.inputs['pr-number'] = '6';
      await run(deps(scanResult([]), workflowRun([{ number: 3 }])));
      expect(api.calls).toEqual(['list 6', 'create 6']);
    });

    it('says so when no pull request is known', async () => {
      io.inputs['from-report'] = writeReport();
      await run(deps(scanResult([]), workflowRun()));
      expect(io.log).toContain(
        'portlint: PR comment: skipped (no pull request number (set the pr-number input))',
      );
    });
  });
});
