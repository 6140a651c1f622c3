/**
 * The `scope` input in-process: the real scanner on a real workspace, the GitHub API faked, and for
 * `new` a real git repository whose base commit the event payload names.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { run, type ActionDeps } from '../../src/main.js';
import { RecordingIO } from '../helpers/recording-io.js';
import type { ActionContext } from '../../src/action/context.js';
import { GitHubApiError } from '../../src/action/http.js';
import { planScope, type ScopeSources } from '../../src/action/scope.js';
import { gitMissingCommit } from '../../src/policy/git.js';
import type { PullRequestFile } from '../../src/action/github-api.js';
import { ConfigError, GitError } from '../../src/errors.js';
import type { RunOutcome, RunRequest } from '../../src/pipeline/run.js';
import { FakeApi } from './fake-api.js';
import { scanResult } from './scan-fixture.js';

const HEAD = 'b'.repeat(40);
const ABSENT = 'c'.repeat(40);

let scratch: string;
let workspace: string;
let io: RecordingIO;
let api: FakeApi;

beforeEach(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-scope-'));
  workspace = path.join(scratch, 'ws');
  fs.mkdirSync(workspace);
  fs.mkdirSync(path.join(scratch, 'temp'));
  io = new RecordingIO();
  io.inputs = { path: '.', annotations: 'true', comment: 'never', summary: 'false', 'github-token': 'tok' };
  api = new FakeApi();
});

afterEach(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
  fs.writeFileSync(path.join(workspace, file), text);
}

const COMPOSE = [
  'name: shop',
  'services:',
  '  web:',
  '    image: nginx:1.27-alpine',
  '    ports:',
  '      - "8080:80"',
  '  reports:',
  '    image: example/reports:2.4',
  '    ports:',
  '      - "968:968"',
  '',
].join('\n');

/** Publishes 8080 again in the same Compose project: the duplicate is reported on compose.yaml. */
const OVERRIDE = [
  'services:',
  '  metrics:',
  '    image: prom/prometheus:v2.54.1',
  '    ports:',
  '      - "8080:9090"',
  '',
].join('\n');

/** The repository before the pull request. */
function writeBase(): void {
  write('compose.yaml', COMPOSE);
  write('api/Dockerfile', 'FROM node:22\nEXPOSE 3000\n');
  write('README.md', 'shop\n');
}

/** The pull request: adds compose.override.yaml, moves the Dockerfile's EXPOSE a line down. */
function writeHead(): void {
  write('compose.override.yaml', OVERRIDE);
  write('api/Dockerfile', 'FROM node:22\n# the API listens here\nEXPOSE 3000\n');
}

let events = 0;

function env(eventName: string, payload: unknown): Record<string, string> {
  const eventPath = path.join(scratch, `event-${events++}.json`);
  fs.writeFileSync(eventPath, JSON.stringify(payload));
  return {
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: path.join(scratch, 'temp'),
  };
}

function pullRequest(baseSha?: string): Record<string, string> {
  return env('pull_request', {
    pull_request: { number: 7, head: { sha: HEAD }, ...(baseSha ? { base: { sha: baseSha } } : {}) },
  });
}

/** The real scanner; only IO and the API are replaced. Records what the scanner was asked. */
function deps(environment: Record<string, string>, overrides: Partial<ActionDeps> = {}): Partial<ActionDeps> {
  return { io, env: environment, createApi: () => api, ...overrides };
}

/** `ruleId file:line:column` of each finding in the JSON report the run wrote. */
function reported(): string[] {
  const report = JSON.parse(fs.readFileSync(io.outputs['report']!, 'utf8')) as {
    findings: { ruleId: string; file: string; line: number; column: number }[];
  };
  return report.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`).sort();
}

const EVERY_FINDING_AT_HEAD = [
  'de-facto-port compose.override.yaml:5:15',
  'duplicate-port compose.yaml:6:10',
  'registered-conflict api/Dockerfile:3:8',
  // Prometheus's web UI published on 8080 (http-alt) is HTTP on an HTTP port: no conflict.
  'unassigned-well-known compose.yaml:10:10',
];

function warnings(): string[] {
  return io.log.filter((line) => line.startsWith('warning: '));
}

function git(...args: string[]): string {
  return execFileSync(
    'git',
    [
      '-c',
      'user.name=portlint',
      '-c',
      'user.email=portlint@example.com',
      '-c',
      'commit.gpgsign=false',
      ...args,
    ],
    { cwd: workspace, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  ).trim();
}

/** A repository with the base commit and the pull request's commit on top; returns the base SHA. */
function gitRepository(): string {
  git('init', '--quiet');
  writeBase();
  git('add', '-A');
  git('commit', '--quiet', '-m', 'base');
  const base = git('rev-parse', 'HEAD');
  writeHead();
  git('add', '-A');
  git('commit', '--quiet', '-m', 'pull request');
  return base;
}

describe('scope: all', () => {
  it('reports every finding (the default)', async () => {
    writeBase();
    writeHead();
    io.inputs['fail-on'] = 'never';
    await run(deps(pullRequest()));
    expect(io.failed).toBeUndefined();
    expect(reported()).toEqual(EVERY_FINDING_AT_HEAD);
    expect(io.log.filter((l) => l.includes('portlint: scope'))).toEqual([]);
  });
});

describe('scope: changed', () => {
  beforeEach(() => {
    writeBase();
    writeHead();
    io.inputs['scope'] = 'changed';
    io.inputs['fail-on'] = 'never';
  });

  it("keeps findings in the pull request's files and the duplicate whose other half is in one", async () => {
    api.files = [
      { filename: 'compose.override.yaml', status: 'added', changes: 5 },
      { filename: 'README.md', status: 'modified', changes: 1, patch: '@@ -1 +1 @@\n-a\n+shop' },
      { filename: 'old/compose.yaml', status: 'removed', changes: 9 },
    ];
    await run(deps(pullRequest()));
    expect(io.failed).toBeUndefined();
    expect(reported()).toEqual([
      'de-facto-port compose.override.yaml:5:15',
      // compose.yaml is not in the pull request, but the port it clashes with is.
      'duplicate-port compose.yaml:6:10',
    ]);
    expect(io.outputs['errors']).toBe('1');
    expect(io.outputs['findings']).toBe('2');
    expect(warnings()).toEqual([]);
    expect(io.log).toContain(
      "portlint: scope changed: findings in the pull request's 3 files and clashes with them",
    );
    // One listing serves both the scope and the changed-lines order of annotations.
    expect(api.calls).toEqual(['files 7']);
    expect(io.log.some((l) => l.endsWith('; changed lines first)'))).toBe(true);
  });

  it('falls back to all findings with one warning when the files cannot be listed (403)', async () => {
    api.failures.set('listPullRequestFiles', [new GitHubApiError('GET /files: HTTP 403', 403, false)]);
    await run(deps(pullRequest()));
    expect(io.failed).toBeUndefined();
    expect(reported()).toEqual(EVERY_FINDING_AT_HEAD);
    expect(warnings()).toEqual([
      "warning: portlint: scope changed: could not list the pull request's files (HTTP 403: the token cannot " +
        'read this pull request (grant `pull-requests: read`)); reporting all findings',
    ]);
    expect(api.calls).toEqual(['files 7']);
  });

  it('falls back to all findings when a 5xx outlasts the retries', async () => {
    api.failures.set('listPullRequestFiles', [new GitHubApiError('GET /files: HTTP 502', 502, true)]);
    await run(deps(pullRequest()));
    expect(reported()).toEqual(EVERY_FINDING_AT_HEAD);
    expect(warnings()).toEqual([
      "warning: portlint: scope changed: could not list the pull request's files (GET /files: HTTP 502); reporting all findings",
    ]);
  });

  it('lists the files even when annotations and the comment are off', async () => {
    io.inputs['annotations'] = 'false';
    api.files = [{ filename: 'api/Dockerfile', status: 'modified', changes: 1 }];
    await run(deps(pullRequest()));
    expect(reported()).toEqual(['registered-conflict api/Dockerfile:3:8']);
    expect(api.calls).toEqual(['files 7']);
  });

  it('falls back to all findings without a token', async () => {
    io.inputs['github-token'] = '';
    await run(deps(pullRequest()));
    expect(reported()).toEqual(EVERY_FINDING_AT_HEAD);
    expect(warnings()).toEqual([
      "warning: portlint: scope changed: no github-token to list the pull request's files; reporting all findings",
    ]);
  });

  it('falls back to all findings, warning once, on a push', async () => {
    await run(deps(env('push', {})));
    expect(reported()).toEqual(EVERY_FINDING_AT_HEAD);
    expect(warnings()).toEqual([
      'warning: portlint: scope changed: applies to pull_request and pull_request_target events only (this is push); reporting all findings',
    ]);
    expect(api.calls).toEqual([]);
  });
});

describe('scope: new', () => {
  beforeEach(() => {
    io.inputs['scope'] = 'new';
    io.inputs['fail-on'] = 'error';
  });

  it('keeps only findings the base commit lacks, by rule, file and port, not line', async () => {
    const base = gitRepository();
    await run(deps(pullRequest(base)));
    expect(reported()).toEqual([
      'de-facto-port compose.override.yaml:5:15',
      // compose.yaml did not change, but the pull request made its 8080 a duplicate.
      'duplicate-port compose.yaml:6:10',
    ]);
    // Dropped as old: 968 in compose.yaml, and the Dockerfile's 3000 although it moved a line down.
    expect(io.log).toContain(
      `portlint: scope new: findings that base commit ${base.slice(0, 7)} does not have`,
    );
    expect(warnings()).toEqual([]);
    expect(io.failed).toEqual({
      message: 'portlint: 1 error, 0 warnings, 1 notice; findings reach fail-on: error',
      exitCode: 1,
    });
    // The base tree is extracted to a temporary folder, never into the workspace.
    expect(git('status', '--porcelain')).toBe('');
  });

  it('passes when the pull request adds nothing new', async () => {
    gitRepository();
    const head = git('rev-parse', 'HEAD');
    await run(deps(pullRequest(head)));
    expect(reported()).toEqual([]);
    expect(io.failed).toBeUndefined();
  });

  it('falls back to all findings when the base commit is not in the clone (a shallow checkout)', async () => {
    gitRepository();
    await run(deps(pullRequest(ABSENT)));
    expect(reported()).toEqual(EVERY_FINDING_AT_HEAD);
    expect(warnings()).toEqual([
      'warning: portlint: scope new: base commit ccccccc is not in the clone (check out with actions/checkout ' +
        'and fetch-depth: 0); reporting all findings',
    ]);
  });

  it('falls back to all findings when the workspace is not a git repository', async () => {
    writeBase();
    writeHead();
    await run(deps(pullRequest(ABSENT)));
    expect(reported()).toEqual(EVERY_FINDING_AT_HEAD);
    expect(warnings()).toEqual([
      `warning: portlint: scope new: base commit ccccccc cannot be read (${workspace} is not inside a git repository); reporting all findings`,
    ]);
  });

  it('falls back to all findings when the payload has no base commit, or on another event', async () => {
    writeBase();
    await run(deps(pullRequest()));
    expect(warnings()).toEqual([
      'warning: portlint: scope new: the event payload has no pull_request.base.sha; reporting all findings',
    ]);

    io = new RecordingIO();
    io.inputs = { scope: 'new', comment: 'never', summary: 'false' };
    await run(deps(env('workflow_dispatch', {})));
    expect(warnings()).toEqual([
      'warning: portlint: scope new: applies to pull_request and pull_request_target events only ' +
        '(this is workflow_dispatch); reporting all findings',
    ]);
    expect(reported()).toEqual(
      ['unassigned-well-known compose.yaml:10:10', 'registered-conflict api/Dockerfile:2:8'].sort(),
    );
  });

  describe('when scanning the base fails after the commit was found', () => {
    const outcome = {
      result: scanResult([]),
      failOn: 'error',
      failed: false,
      version: '9.9.9',
    } as RunOutcome;

    function failingFirst(error: Error, requests: RunRequest[]): Partial<ActionDeps> {
      return {
        missingCommit: () => undefined,
        runScan: async (request) => {
          requests.push(request);
          if (request.newFrom !== undefined) throw error;
          return outcome;
        },
      };
    }

    it('warns and scans for all findings on a git failure', async () => {
      const requests: RunRequest[] = [];
      const error = new GitError('--new-from: git failed: fatal: detected dubious ownership');
      await run(deps(pullRequest(ABSENT), failingFirst(error, requests)));
      expect(requests).toEqual([
        { cwd: workspace, paths: ['.'], failOn: 'error', newFrom: ABSENT },
        { cwd: workspace, paths: ['.'], failOn: 'error' },
      ]);
      expect(warnings()).toEqual([
        'warning: portlint: scope new: could not scan the base commit (--new-from: git failed: ' +
          'fatal: detected dubious ownership); reporting all findings',
      ]);
      expect(io.failed).toBeUndefined();
    });

    it('still fails the step on a broken config', async () => {
      const requests: RunRequest[] = [];
      await run(deps(pullRequest(ABSENT), failingFirst(new ConfigError('.portlint.yml:1:1: bad'), requests)));
      expect(requests).toHaveLength(1);
      expect(io.failed).toEqual({ message: 'portlint: .portlint.yml:1:1: bad', exitCode: 2 });
    });
  });
});

describe('scope with from-report', () => {
  it('is ignored, with a warning', async () => {
    const report = {
      schema: 1,
      tool: 'portlint',
      version: '1.0.0',
      registry: { updated: '2025-02-02' },
      files: [],
      ports: [],
      findings: [],
      summary: { files: 0, ports: 0, errors: 0, warnings: 0, notices: 0 },
    };
    write('portlint-report.json', JSON.stringify(report));
    io.inputs['from-report'] = 'portlint-report.json';
    io.inputs['scope'] = 'changed';
    await run(deps(env('workflow_run', { workflow_run: { head_sha: HEAD, pull_requests: [] } })));
    expect(warnings()).toEqual([
      'warning: portlint: scope changed: ignored with from-report (the report is posted as it is)',
    ]);
    expect(api.calls).toEqual([]);
    expect(io.failed).toBeUndefined();
  });
});

describe('planScope', () => {
  const context: ActionContext = {
    eventName: 'pull_request_target',
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    workspace: '/ws',
    pullRequest: { number: 3, baseSha: 'd'.repeat(40) },
  };
  const sources = (files: PullRequestFile[]): ScopeSources => ({
    context,
    pullRequestFiles: async () => files,
    missingCommit: () => undefined,
    describeError: String,
  });

  it('adds nothing for all', async () => {
    expect(await planScope('all', sources([]))).toEqual({ applied: 'all', request: {} });
  });

  it('names the pull request files for changed, on pull_request_target too', async () => {
    const plan = await planScope(
      'changed',
      sources([{ filename: 'a b/compose.yaml', status: 'added', changes: 1 }]),
    );
    expect(plan.applied).toBe('changed');
    expect(plan.request).toEqual({ changedFiles: ['a b/compose.yaml'] });
  });

  it('takes the base commit for new', async () => {
    const plan = await planScope('new', sources([]));
    expect(plan.request).toEqual({ newFrom: 'd'.repeat(40) });
  });

  it('reports everything when GitHub may have cut the file list short (3,000 files)', async () => {
    const files = Array.from({ length: 3000 }, (_, i) => ({
      filename: `f${i}.yaml`,
      status: 'added',
      changes: 1,
    }));
    expect(await planScope('changed', sources(files))).toEqual({
      applied: 'all',
      request: {},
      message: {
        level: 'warning',
        text: 'portlint: scope changed: the pull request has 3,000 files, GitHub lists at most 3,000; reporting all findings',
      },
    });
  });
});

describe('gitMissingCommit', () => {
  it('says why, rather than throwing, when git cannot even start', () => {
    expect(gitMissingCommit(path.join(scratch, 'gone'), ABSENT)).toBe(
      'cannot be read (spawnSync git ENOENT)',
    );
  });

  it('says git is not on PATH', () => {
    const searched = process.env.PATH;
    process.env.PATH = path.join(scratch, 'no-such-folder');
    try {
      expect(gitMissingCommit(scratch, ABSENT)).toBe('cannot be read (git was not found on PATH)');
    } finally {
      process.env.PATH = searched;
    }
  });
});
