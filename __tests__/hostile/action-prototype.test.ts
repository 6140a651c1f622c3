/**
 * The issue's fly.toml attack against the built action (dist/index.js, or PORTLINT_ACTION_ENTRY) and
 * the fake GitHub API: a broken fly.toml whose `[__proto__]` table sets a rule off, a pull request
 * number and a SARIF path must be data, not the action's settings.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startFakeGitHub, type FakeGitHub } from '../e2e/fake-github.js';
import { ACTION_ENTRY, runAction, type ActionRun } from '../e2e/run-action.js';

const HEAD = '1234567890abcdef1234567890abcdef12345678';
const PR = 7;
const MARKER = '<!-- portlint:comment -->';
const ATTACK_FLY = [
  'app = "demo"',
  'primary_region = = "ams"',
  '[__proto__]',
  '"unassigned-well-known" = "off"',
  'prNumber = 1',
  'sarifFile = "../../pwned.txt"',
  '',
].join('\n');

describe('the action on a fly.toml with a [__proto__] table', () => {
  let github: FakeGitHub;
  let scratch: string;
  let workspace: string;
  let run: ActionRun;

  beforeAll(async () => {
    if (!fs.existsSync(ACTION_ENTRY))
      throw new Error(`${ACTION_ENTRY} does not exist: run \`npm run build\``);
    github = await startFakeGitHub();
    // Nested, so that `../../pwned.txt` would land in this test's own folder.
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-proto-e2e-'));
    workspace = path.join(scratch, 'a', 'b', 'repo');
    fs.mkdirSync(workspace, { recursive: true });
    fs.writeFileSync(path.join(workspace, 'fly.toml'), ATTACK_FLY);
    fs.writeFileSync(
      path.join(workspace, 'compose.yaml'),
      'services:\n  web:\n    image: nginx\n    ports:\n      - "968:968"\n',
    );
    run = await runAction({
      workspace,
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: { number: PR, pull_request: { number: PR, head: { sha: HEAD }, base: { ref: 'main' } } },
      inputs: { 'fail-on': 'error' },
    });
  });

  afterAll(async () => {
    await github?.close();
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('keeps the port 968 error and fails the step', () => {
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error file=compose.yaml'));
    expect(errors).toEqual([
      expect.stringMatching(
        /^::error file=compose\.yaml,line=5,col=10,title=portlint%3A unassigned-well-known::/,
      ),
    ]);
    expect(run.code).toBe(1);
  });

  it('comments on the pull request of the event only', () => {
    expect(github.comments.map((c) => [c.issue, c.body.startsWith(MARKER)])).toEqual([[PR, true]]);
  });

  it('writes no SARIF file, inside or outside the workspace', () => {
    expect(run.outputs['sarif-file']).toBe('');
    expect(fs.existsSync(path.join(scratch, 'a', 'pwned.txt'))).toBe(false);
    expect(fs.readdirSync(workspace).sort()).toEqual(['compose.yaml', 'fly.toml']);
  });
});
