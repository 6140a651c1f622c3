/**
 * The CLI's error paths: each says what is wrong in one line on stderr, with exit code 2, and
 * what the person probably meant when there is something near.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { cli } from '../helpers/cli.js';
import { runScan } from '../../src/pipeline/run.js';
import { UsageError } from '../../src/errors.js';
import { VERSION } from '../../src/version.js';
import { tempRepos } from '../helpers/temp-repo.js';

const CLEAN_COMPOSE = 'services:\n  db:\n    image: postgres\n    ports: ["5432:5432"]\n';
const USAGE_HINT = 'Run "portlint --help" for usage.\n';
const repos = tempRepos('portlint-errors-');
afterAll(() => repos.removeAll());

describe('mistyped subcommands', () => {
  it('suggests the subcommand a first argument that is no path is close to', async () => {
    const cwd = repos.make({ 'compose.yaml': CLEAN_COMPOSE });
    expect(await cli(['explian', '968'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr: `portlint: unknown command "explian"; did you mean "explain"?\n${USAGE_HINT}`,
    });
    expect(await cli(['sugest', '--near', '8000'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr: `portlint: unknown command "sugest"; did you mean "suggest"?\n${USAGE_HINT}`,
    });
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
    expect(await cli(['deploy'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr: `portlint: no such file or folder: deploy\n${USAGE_HINT}`,
    });
  });
});

describe('conflicting options', () => {
  const CONFLICT =
    '--changed-since and --new-from cannot be used together: they pick the findings to report two different ways ' +
    '(those in files changed since a ref, or those the tree at a ref does not have); use one';

  it('refuses --changed-since with --new-from before scanning, naming both and why', async () => {
    const cwd = repos.make({ 'compose.yaml': CLEAN_COMPOSE });
    expect(await cli(['--new-from=main', '.', '--changed-since', 'main'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr: `portlint: ${CONFLICT}\n${USAGE_HINT}`,
    });
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
