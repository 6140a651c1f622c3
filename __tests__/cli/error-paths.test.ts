/**
 * The CLI's error paths: each says what is wrong in one line on stderr, with exit code 2, and
 * what the person probably meant when there is something near.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { cli, type CliRun } from '../helpers/cli.js';
import { runScan } from '../../src/pipeline/run.js';
import { GitError, UsageError } from '../../src/errors.js';
import { VERSION } from '../../src/version.js';
import { unusablePathsMessage } from '../../src/discover/discover.js';
import { tempRepos } from '../helpers/temp-repo.js';

const CLEAN_COMPOSE = 'services:\n  db:\n    image: postgres\n    ports: ["5432:5432"]\n';
const USAGE_HINT = 'Run "portlint --help" for usage.\n';
const repos = tempRepos('portlint-errors-');
afterAll(() => repos.removeAll());

/** A run refused as a usage error: exit 2, nothing on stdout, `stderr` exactly. */
function refused(stderr: string): CliRun {
  return { code: 2, stdout: '', stderr };
}

describe('mistyped subcommands', () => {
  it('suggests the subcommand a first argument that is no path is close to', async () => {
    const cwd = repos.make({ 'compose.yaml': CLEAN_COMPOSE });
    expect(await cli(['explian', '968'], cwd)).toEqual(
      refused(`portlint: unknown command "explian"; did you mean "explain"?\n${USAGE_HINT}`),
    );
    expect(await cli(['sugest', '--near', '8000'], cwd)).toEqual(
      refused(`portlint: unknown command "sugest"; did you mean "suggest"?\n${USAGE_HINT}`),
    );
  });

  it('scans a folder named like a mistyped subcommand', async () => {
    const cwd = repos.make({ 'explan/compose.yaml': CLEAN_COMPOSE });
    expect(await cli(['explan'], cwd)).toEqual({
      code: 0,
      stdout: '✓ no problems: 2 ports in 1 file\n',
      stderr: '',
    });
  });

  it('says "no such file or folder" for a missing path near no subcommand', async () => {
    const cwd = repos.make({ 'compose.yaml': CLEAN_COMPOSE });
    expect(await cli(['deploy'], cwd)).toEqual(
      refused(`portlint: no such file or folder: deploy\n${USAGE_HINT}`),
    );
  });
});

describe('conflicting options', () => {
  const CONFLICT =
    '--changed-since and --new-from cannot be used together: they pick the findings to report two different ways ' +
    '(those in files changed since a ref, or those the tree at a ref does not have); use one';

  it('refuses --changed-since with --new-from before scanning, naming both and why', async () => {
    const cwd = repos.make({ 'compose.yaml': CLEAN_COMPOSE });
    expect(await cli(['--new-from=main', '.', '--changed-since', 'main'], cwd)).toEqual(
      refused(`portlint: ${CONFLICT}\n${USAGE_HINT}`),
    );
    const version = await cli(['--changed-since', 'main', '--new-from', 'main', '--version'], cwd);
    expect(version).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('refuses the pair in a scan request too, in the same words', async () => {
    const cwd = repos.make({ 'compose.yaml': CLEAN_COMPOSE });
    const both = runScan({ cwd, paths: ['.'], changedSince: 'main', newFrom: 'main' });
    const refused = await both.then(
      () => 'resolved',
      (error: unknown) => [error instanceof UsageError, (error as Error).message],
    );
    expect(refused).toEqual([true, CONFLICT]);
  });
});

describe('git failures, each in one line', () => {
  const GIT_ENV = {
    ...process.env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@e',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@e',
  };
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, { cwd, env: GIT_ENV, stdio: ['ignore', 'pipe', 'pipe'] });

  /** A repository with one commit on main. */
  function repository(): string {
    const cwd = repos.make({ 'compose.yaml': CLEAN_COMPOSE });
    git(cwd, 'init', '-q', '-b', 'main');
    git(cwd, 'add', '.');
    git(cwd, 'commit', '-qm', 'base');
    return cwd;
  }

  it('says a folder outside any repository is not inside one', async () => {
    const cwd = repos.make({ 'compose.yaml': CLEAN_COMPOSE });
    for (const option of ['--changed-since', '--new-from']) {
      expect(await cli([option, 'main'], cwd)).toEqual(
        refused(`portlint: ${option} needs a git repository (${cwd} is not inside one)\n${USAGE_HINT}`),
      );
    }
  });

  it('throws them as GitError, which the action tells from other usage errors to fall back on', async () => {
    const cwd = repos.make({ 'compose.yaml': CLEAN_COMPOSE });
    const scanning = runScan({ cwd, paths: ['.'], newFrom: 'main' });
    await expect(scanning).rejects.toBeInstanceOf(GitError);
    await expect(runScan({ cwd: repository(), paths: ['.'], changedSince: 'xyz' })).rejects.toBeInstanceOf(
      GitError,
    );
  });

  it('says which commit is not in the repository', async () => {
    const cwd = repository();
    for (const option of ['--changed-since', '--new-from']) {
      expect(await cli([option, 'xyz'], cwd)).toEqual(
        refused(`portlint: ${option}: no commit "xyz" in this repository\n${USAGE_HINT}`),
      );
    }
  });

  it('says to fetch more history when a shallow clone lacks the merge base', async () => {
    const origin = repository();
    git(origin, 'checkout', '-q', '-b', 'feature');
    fs.writeFileSync(path.join(origin, 'feature.txt'), 'f\n');
    git(origin, 'add', '.');
    git(origin, 'commit', '-qm', 'feature');
    git(origin, 'checkout', '-q', 'main');
    fs.writeFileSync(path.join(origin, 'main.txt'), 'm\n');
    git(origin, 'add', '.');
    git(origin, 'commit', '-qm', 'main');
    const clone = repos.make();
    git(clone, 'clone', '-q', '--depth', '1', '--no-single-branch', `file://${origin}`, '.');
    expect(await cli(['--changed-since', 'origin/feature'], clone)).toEqual(
      refused(
        'portlint: --changed-since: "origin/feature" and HEAD have no common commit; this is a shallow clone: ' +
          `fetch more history (git fetch --unshallow, or actions/checkout with fetch-depth: 0)\n${USAGE_HINT}`,
      ),
    );
    expect(await cli(['--new-from', 'origin/gone'], clone)).toEqual(
      refused(
        'portlint: --new-from: no commit "origin/gone" in this repository; this is a shallow clone: ' +
          `fetch more history (git fetch --unshallow, or actions/checkout with fetch-depth: 0)\n${USAGE_HINT}`,
      ),
    );
  });

  it('says git is not on PATH', async () => {
    const cwd = repository();
    const searched = process.env.PATH;
    process.env.PATH = path.join(cwd, 'no-such-folder');
    try {
      expect(await cli(['--changed-since', 'main'], cwd)).toEqual(
        refused(`portlint: --changed-since needs git, which was not found on PATH\n${USAGE_HINT}`),
      );
    } finally {
      process.env.PATH = searched;
    }
  });
});

describe('suggest --service', () => {
  const HINT =
    '(--service takes a name IANA, portlint or the config knows, such as postgres or grafana; ' +
    'leave it out for a service of your own)';

  it('refuses a service nothing knows, with the nearest known names', async () => {
    const cwd = repos.make({ 'compose.yaml': CLEAN_COMPOSE });
    expect(await cli(['suggest', '--service', 'nosuchsvc'], cwd)).toEqual(
      refused(`portlint: unknown service "nosuchsvc" ${HINT}\nRun "portlint suggest --help" for usage.\n`),
    );
    expect(await cli(['suggest', '--service', 'redsi'], cwd)).toEqual(
      refused(
        `portlint: unknown service "redsi"; did you mean "redis", "odsi" or "rds"? ${HINT}\n` +
          'Run "portlint suggest --help" for usage.\n',
      ),
    );
  });

  it("knows the config's service aliases and de-facto software", async () => {
    const cwd = repos.make({
      'compose.yaml': CLEAN_COMPOSE,
      '.portlint.yml': 'services:\n  billing: [http-alt]\nregistry:\n  - {port: 7010, service: ledger}\n',
    });
    const ledger = await cli(['suggest', '--service', 'ledger'], cwd);
    expect([ledger.code, ledger.stderr]).toEqual([0, '']);
    const ledgr = await cli(['suggest', '--service', 'ledgr'], cwd);
    expect(ledgr.stderr).toBe(
      `portlint: unknown service "ledgr"; did you mean "ledger" or "lpdg"? ${HINT}\nRun "portlint suggest --help" for usage.\n`,
    );
    const billing = await cli(['suggest', '--service', 'billing'], cwd);
    expect([billing.code, billing.stderr]).toEqual([0, '']);
    const grafana = await cli(['suggest', '--service', 'grafana', '--format', 'json'], cwd);
    expect([grafana.code, grafana.stderr]).toEqual([0, '']);
    const typo = await cli(['suggest', '--service', 'biling'], cwd);
    expect(typo.stderr).toBe(
      `portlint: unknown service "biling"; did you mean "billing"? ${HINT}\nRun "portlint suggest --help" for usage.\n`,
    );
  });
});

describe('paths that exist but cannot be scanned', () => {
  it('says a FIFO is not a regular file or folder, without opening it', async () => {
    const cwd = repos.make({ 'compose.yaml': CLEAN_COMPOSE });
    execFileSync('mkfifo', [path.join(cwd, 'pipe')]);
    expect(await cli(['pipe', 'compose.yaml'], cwd)).toEqual(
      refused(`portlint: cannot read pipe: not a regular file or folder\n${USAGE_HINT}`),
    );
  });

  it('says a dangling link is a broken symbolic link, and a loop a loop', async () => {
    const cwd = repos.make({ 'compose.yaml': CLEAN_COMPOSE });
    fs.symlinkSync('gone.yaml', path.join(cwd, 'dangling.yaml'));
    fs.symlinkSync('loop-b', path.join(cwd, 'loop-a'));
    fs.symlinkSync('loop-a', path.join(cwd, 'loop-b'));
    expect(await cli(['dangling.yaml', 'nowhere', 'loop-a', 'nor-here'], cwd)).toEqual(
      refused(
        'portlint: no such file or folder: nowhere, nor-here; cannot read dangling.yaml: broken symbolic link; ' +
          `cannot read loop-a: symbolic link loop\n${USAGE_HINT}`,
      ),
    );
    // Named like a mistyped subcommand, a dangling link is still a path.
    fs.symlinkSync('gone', path.join(cwd, 'explan'));
    expect((await cli(['explan'], cwd)).stderr).toBe(
      `portlint: cannot read explan: broken symbolic link\n${USAGE_HINT}`,
    );
  });

  it('explain --path says so too', async () => {
    const cwd = repos.make({ 'compose.yaml': CLEAN_COMPOSE });
    fs.symlinkSync('gone', path.join(cwd, 'deploy'));
    expect(await cli(['explain', '968', '--path', 'deploy'], cwd)).toEqual(
      refused(
        'portlint: cannot read deploy: broken symbolic link\nRun "portlint explain --help" for usage.\n',
      ),
    );
  });

  it('says permission denied when stat or access is refused', () => {
    const denied = (): never => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    };
    const file = { isFile: () => true, isDirectory: () => false, isSymbolicLink: () => false } as fs.Stats;
    const cwd = repos.make();
    const statDenied = { stat: denied, lstat: denied, access: () => undefined };
    const readDenied = { stat: () => file, lstat: () => file, access: denied };
    expect(unusablePathsMessage(['secret'], cwd, statDenied)).toBe('cannot read secret: permission denied');
    expect(unusablePathsMessage(['a.yaml', 'b.yaml'], cwd, readDenied)).toBe(
      'cannot read a.yaml: permission denied; cannot read b.yaml: permission denied',
    );
    expect(unusablePathsMessage(['.'], cwd)).toBeUndefined();
  });
});
