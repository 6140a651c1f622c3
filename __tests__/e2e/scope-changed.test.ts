/**
 * End to end: `scope: changed` on a pull request that changes only the `.env` a Compose file reads.
 * The port in the unchanged compose.yaml now comes from a changed file, so it is reported and fails
 * the step, as it does with `scope: all`. Build first (`npm run build`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { ACTION_ENTRY, emptyFolder, runAction } from './run-action.js';

const HEAD = '1234567890abcdef1234567890abcdef12345678';
const PR = 9;
const EVENT = {
  action: 'synchronize',
  number: PR,
  pull_request: { number: PR, head: { sha: HEAD, ref: 'feature' }, base: { ref: 'main' } },
  repository: { name: 'shop', owner: { login: 'acme' } },
};

describe('scope: changed follows a variable into the .env that sets it', () => {
  let github: FakeGitHub;
  let workspace: string;

  beforeAll(async () => {
    if (!fs.existsSync(ACTION_ENTRY))
      throw new Error(`${ACTION_ENTRY} does not exist: run \`npm run build\``);
    github = await startFakeGitHub();
    workspace = emptyFolder();
    fs.writeFileSync(
      path.join(workspace, 'compose.yaml'),
      'services:\n  web:\n    image: example/web\n    ports:\n      - "${WEB}:80"\n',
    );
    fs.writeFileSync(path.join(workspace, '.env'), 'WEB=968\n');
    github.files.push({
      filename: '.env',
      status: 'modified',
      changes: 2,
      patch: '@@ -1 +1 @@\n-WEB=8080\n+WEB=968',
    });
  });

  afterAll(async () => {
    await github?.close();
    if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
  });

  for (const scope of ['all', 'changed']) {
    it(`fails the step with scope: ${scope}`, async () => {
      const run = await runAction({
        workspace,
        apiUrl: github.url,
        eventName: 'pull_request',
        payload: EVENT,
        sha: HEAD,
        inputs: { scope, 'fail-on': 'error', comment: 'never' },
      });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
      expect(run.outputs['errors']).toBe('1');
      expect(run.stdout.split('\n').filter((line) => line.startsWith('::error file='))).toEqual([
        expect.stringMatching(/^::error file=compose\.yaml,line=5,col=10,.*968/),
      ]);
    });
  }
});
