/**
 * End to end: the built action reads and writes only inside GITHUB_WORKSPACE. A `path`, `config` or
 * `sarif-file` input that resolves outside it (a link a pull request added, `..`) fails the step with
 * a clear error before anything is read; a `.portlint.yml` linked out is refused unread.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { ACTION_ENTRY, emptyFolder, runAction, type ActionRun } from './run-action.js';

const COMPOSE = 'services:\n  web:\n    image: nginx\n    ports:\n      - "8080:80"\n';

function errorLines(run: ActionRun): string[] {
  return run.stdout.split('\n').filter((line) => line.startsWith('::error'));
}

describe('the action stays inside the workspace', () => {
  let github: FakeGitHub;
  const folders: string[] = [];

  /** A workspace with one Compose file under services/. */
  function workspace(): string {
    const root = emptyFolder();
    folders.push(root);
    fs.mkdirSync(path.join(root, 'services'));
    fs.writeFileSync(path.join(root, 'services', 'compose.yaml'), COMPOSE);
    return root;
  }

  const run = (root: string, inputs: Record<string, string>) =>
    runAction({
      workspace: root,
      apiUrl: github.url,
      eventName: 'push',
      payload: {},
      inputs: { comment: 'never', ...inputs },
    });

  beforeAll(async () => {
    if (!fs.existsSync(ACTION_ENTRY))
      throw new Error(`${ACTION_ENTRY} does not exist: run \`npm run build\``);
    github = await startFakeGitHub();
  });

  afterAll(async () => {
    await github.close();
    for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
  });

  it('refuses a path that is a link to / instead of scanning the machine', async () => {
    const root = workspace();
    fs.symlinkSync('/', path.join(root, 'machine'));
    const result = await run(root, { path: 'services\nmachine' });
    expect(result.code).toBe(2);
    expect(errorLines(result)).toEqual(['::error::portlint: path "machine" resolves outside the workspace']);
    expect(result.outputs).toEqual({});
    expect(result.millis).toBeLessThan(10_000);
  });

  it('refuses a path that climbs out with ..', async () => {
    const result = await run(workspace(), { path: '../' });
    expect(result.code).toBe(2);
    expect(errorLines(result)).toEqual(['::error::portlint: path "../" resolves outside the workspace']);
  });

  it('refuses a config input linked to /proc/self/status, leaking none of it', async () => {
    const root = workspace();
    fs.symlinkSync('/proc/self/status', path.join(root, 'portlint.yml'));
    const result = await run(root, { config: 'portlint.yml' });
    expect(result.code).toBe(2);
    expect(errorLines(result)).toEqual([
      '::error::portlint: config "portlint.yml" resolves outside the workspace',
    ]);
    expect(result.stdout).not.toMatch(/Name:|VmPeak|State:/);
  });

  it('refuses a .portlint.yml in the workspace linked to /dev/zero, quickly', async () => {
    const root = workspace();
    fs.symlinkSync('/dev/zero', path.join(root, '.portlint.yml'));
    const result = await run(root, {});
    expect(result.code).toBe(2);
    expect(errorLines(result)).toEqual([
      '::error::portlint: .portlint.yml: cannot read the config file ' +
        '(it resolves outside the folder it was found in; not read)',
    ]);
    expect(result.millis).toBeLessThan(10_000);
  });

  it('refuses a sarif-file out of the workspace, or a dangling link that would create its target', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-e2e-outside-'));
    folders.push(outside);
    const root = workspace();
    fs.symlinkSync(path.join(outside, 'planted.sarif'), path.join(root, 'results.sarif'));
    const dangling = await run(root, { 'sarif-file': 'results.sarif' });
    expect(dangling.code).toBe(2);
    expect(errorLines(dangling)).toEqual([
      '::error::portlint: sarif-file "results.sarif" cannot be resolved ' +
        '(a dangling symbolic link or a file used as a folder)',
    ]);
    const climbing = await run(root, { 'sarif-file': `../${path.basename(outside)}/up.sarif` });
    expect(errorLines(climbing)).toEqual([
      `::error::portlint: sarif-file "../${path.basename(outside)}/up.sarif" resolves outside the workspace`,
    ]);
    expect(fs.readdirSync(outside)).toEqual([]);
  });

  it('still scans a folder and writes SARIF into a new folder of the workspace', async () => {
    const root = workspace();
    const result = await run(root, { path: 'services', 'sarif-file': 'out/portlint.sarif' });
    expect(errorLines(result)).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.outputs['sarif-file']).toBe(path.join(fs.realpathSync(root), 'out', 'portlint.sarif'));
    expect(JSON.parse(fs.readFileSync(path.join(root, 'out', 'portlint.sarif'), 'utf8')).version).toBe(
      '2.1.0',
    );
  });
});
