import { describe, expect, it } from '@jest/globals';
import { readInputs, splitPaths } from '../../src/action/inputs.js';
import { readContext } from '../../src/action/context.js';
import { UsageError } from '../../src/errors.js';

const SHA = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);

function inputs(values: Record<string, string>) {
  return readInputs((name) => values[name] ?? '');
}

describe('readInputs', () => {
  it('applies the defaults of action.yml when inputs are empty', () => {
    expect(inputs({ 'github-token': 't' })).toEqual({
      paths: ['.'],
      annotations: true,
      comment: 'auto',
      summary: true,
      token: 't',
      scope: 'all',
    });
  });

  it('reads scope, trimmed', () => {
    expect(inputs({ scope: ' new\n' }).scope).toBe('new');
    expect(inputs({ scope: 'all' }).scope).toBe('all');
  });

  it('reads every input', () => {
    expect(
      inputs({
        path: 'deploy\ncompose dir/\n',
        config: 'ci/portlint.yml',
        'fail-on': 'warning',
        annotations: 'false',
        comment: 'always',
        summary: 'FALSE',
        'sarif-file': 'out/portlint.sarif',
        'github-token': 't',
        'from-report': 'report/portlint-report.json',
        'pr-number': '42',
        scope: 'changed',
      }),
    ).toEqual({
      paths: ['deploy', 'compose dir/'],
      configPath: 'ci/portlint.yml',
      failOn: 'warning',
      annotations: false,
      comment: 'always',
      summary: false,
      sarifFile: 'out/portlint.sarif',
      token: 't',
      fromReport: 'report/portlint-report.json',
      prNumber: 42,
      scope: 'changed',
    });
  });

  it('rejects values it does not know, naming the input', () => {
    expect(() => inputs({ 'fail-on': 'fatal' })).toThrow(
      new UsageError('input fail-on: "fatal" is not one of error, warning, notice, never'),
    );
    expect(() => inputs({ comment: 'yes' })).toThrow(
      'input comment: "yes" is not one of auto, always, never',
    );
    expect(() => inputs({ annotations: 'yes' })).toThrow('input annotations: "yes" is not true or false');
    expect(() => inputs({ scope: 'diff' })).toThrow('input scope: "diff" is not one of all, changed, new');
    expect(() => inputs({ scope: 'Changed' })).toThrow(
      'input scope: "Changed" is not one of all, changed, new',
    );
    expect(() => inputs({ 'pr-number': '#12' })).toThrow(
      'input pr-number: "#12" is not a pull request number',
    );
  });
});

describe('splitPaths', () => {
  it('splits on spaces on one line, on newlines otherwise', () => {
    expect(splitPaths('a b  c')).toEqual(['a', 'b', 'c']);
    expect(splitPaths('a b\r\nc\n\n')).toEqual(['a b', 'c']);
    expect(splitPaths('  ')).toEqual(['.']);
  });
});

describe('readContext', () => {
  const env = {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: SHA,
    GITHUB_WORKSPACE: '/work/shop',
    GITHUB_API_URL: 'http://127.0.0.1:9/',
    RUNNER_TEMP: '/tmp/runner',
  };

  it('reads a pull_request event', () => {
    expect(readContext(env, { pull_request: { number: 7, head: { sha: HEAD.toUpperCase() } } })).toEqual({
      eventName: 'pull_request',
      repo: { owner: 'acme', repo: 'shop' },
      serverUrl: 'https://github.com',
      apiUrl: 'http://127.0.0.1:9',
      sha: SHA,
      workspace: '/work/shop',
      runnerTemp: '/tmp/runner',
      pullRequest: { number: 7, headSha: HEAD },
    });
  });

  it("reads the pull request's base commit, and ignores one that is not a full SHA", () => {
    const payload = (sha: unknown) => ({ pull_request: { number: 7, head: { sha: HEAD }, base: { sha } } });
    expect(readContext(env, payload(SHA.toUpperCase())).pullRequest).toEqual({
      number: 7,
      headSha: HEAD,
      baseSha: SHA,
    });
    expect(readContext(env, payload('main')).pullRequest).toEqual({ number: 7, headSha: HEAD });
    expect(readContext(env, payload('--upload-pack=x')).pullRequest).toEqual({ number: 7, headSha: HEAD });
  });

  it('reads a workflow_run event and ignores malformed pull requests', () => {
    const context = readContext(
      { ...env, GITHUB_EVENT_NAME: 'workflow_run' },
      {
        workflow_run: {
          head_sha: HEAD,
          pull_requests: [{ number: 'x' }, { number: 9, head: { sha: HEAD } }],
        },
      },
    );
    expect(context.workflowRun).toEqual({ headSha: HEAD, pullRequests: [{ number: 9, headSha: HEAD }] });
    expect(context.pullRequest).toBeUndefined();
  });

  it('ignores a pull_request payload on other events and odd repository names', () => {
    const context = readContext(
      { ...env, GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: 'a/b/c' },
      { pull_request: { number: 3 } },
    );
    expect(context.pullRequest).toBeUndefined();
    expect(context.repo).toBeUndefined();
  });
});
