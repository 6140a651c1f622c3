/** SARIF and GitLab paths relative to the repository root, whatever folder the scan ran from. */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { formatSarif, FINGERPRINT_KEY } from '../../src/report/sarif.js';
import { reportRoot, scannedRoot } from '../../src/pipeline/report-root.js';
import { gitTopLevel } from '../../src/policy/git.js';
import { declaredPort, finding, scanResult } from '../action/scan-fixture.js';
import { cli } from '../helpers/cli.js';
import { initGit, tempRepos } from '../helpers/temp-repo.js';

const COMPOSE = 'services:\n  legacy:\n    image: example/legacy\n    ports:\n      - "968:968"\n';
const repos = tempRepos('portlint-root-');
afterAll(() => repos.removeAll());

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** The first result's uri and the run's originalUriBaseIds of `portlint --format sarif` in `cwd`. */
async function sarifPaths(cwd: string, args: string[] = []): Promise<{ uri: string; base: unknown }> {
  const run = await cli(['--format', 'sarif', ...args], cwd);
  const log = JSON.parse(run.stdout);
  return {
    uri: log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri,
    base: log.runs[0].originalUriBaseIds,
  };
}

const srcroot = (folder: string) => ({ '%SRCROOT%': { uri: `${pathToFileURL(folder).href}/` } });

describe('formatSarif with a base', () => {
  const here = path.resolve('/repo');
  const related = finding({
    declared: declaredPort({ line: 9 }),
    relatedLocations: [
      { file: '../other/compose.yaml', line: 2, column: 3, message: 'already declared here' },
    ],
  });

  it('rebases result and related paths onto the root and names it in originalUriBaseIds', () => {
    const log: Json = JSON.parse(
      formatSarif(scanResult([related]), { version: '1', base: { cwd: path.join(here, 'app'), root: here } }),
    );
    const result = log.runs[0].results[0];
    expect(log.runs[0].originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: pathToFileURL(here).href + '/' } });
    expect(result.locations[0].physicalLocation.artifactLocation).toEqual({
      uri: 'app/compose.yaml',
      uriBaseId: '%SRCROOT%',
    });
    expect(result.relatedLocations[0].physicalLocation.artifactLocation).toEqual({
      uri: 'other/compose.yaml',
      uriBaseId: '%SRCROOT%',
    });
  });

  it('fingerprints by the root-relative path, so the folder a scan ran from does not matter', () => {
    const fromApp = formatSarif(scanResult([finding()]), {
      version: '1',
      base: { cwd: path.join(here, 'app'), root: here },
    });
    const fromRoot = formatSarif(scanResult([finding({ file: 'app/compose.yaml' })]), {
      version: '1',
      base: { cwd: here, root: here },
    });
    const print = (text: string) => JSON.parse(text).runs[0].results[0].partialFingerprints[FINGERPRINT_KEY];
    expect(print(fromApp)).toBe(print(fromRoot));
    expect(print(fromApp)).not.toBe(print(formatSarif(scanResult([finding()]), { version: '1' })));
  });

  it('leaves paths alone and writes no originalUriBaseIds without a base', () => {
    const log: Json = JSON.parse(formatSarif(scanResult([related]), { version: '1' }));
    expect(log.runs[0].originalUriBaseIds).toBeUndefined();
    expect(log.runs[0].results[0].relatedLocations[0].physicalLocation.artifactLocation.uri).toBe(
      '../other/compose.yaml',
    );
  });
});

describe('the report root', () => {
  it('is the git top level when the CLI runs from a subfolder of a clone', async () => {
    const root = repos.make({ 'examples/compose.yaml': COMPOSE });
    initGit(root);
    expect(gitTopLevel(path.join(root, 'examples'))).toBe(root);
    expect(await sarifPaths(path.join(root, 'examples'))).toEqual({
      uri: 'examples/compose.yaml',
      base: srcroot(root),
    });
    expect(await sarifPaths(root, ['examples'])).toEqual({
      uri: 'examples/compose.yaml',
      base: srcroot(root),
    });
  });

  it('is the scanned root outside a git work tree', async () => {
    const root = repos.make({ 'examples/compose.yaml': COMPOSE, 'b/compose.yaml': COMPOSE });
    expect(gitTopLevel(root)).toBeUndefined();
    const examples = path.join(root, 'examples');
    expect(await sarifPaths(examples)).toEqual({ uri: 'compose.yaml', base: srcroot(examples) });
    expect(await sarifPaths(root, ['examples'])).toEqual({ uri: 'compose.yaml', base: srcroot(examples) });
    // Two scanned paths: their common folder (findings are in path order, b/ first).
    expect(await sarifPaths(root, ['examples/compose.yaml', 'b'])).toEqual({
      uri: 'b/compose.yaml',
      base: srcroot(root),
    });
  });

  it('is the scanned root when the scanned paths lie outside the clone cwd is in', () => {
    const clone = repos.make({ 'x/compose.yaml': COMPOSE });
    initGit(clone);
    const elsewhere = repos.make({ 'compose.yaml': COMPOSE });
    expect(reportRoot(path.join(clone, 'x'), ['.'])).toBe(clone);
    expect(reportRoot(clone, [elsewhere])).toBe(elsewhere);
    expect(scannedRoot(clone, [path.join(elsewhere, 'compose.yaml')])).toBe(elsewhere);
    expect(fs.existsSync(path.join(elsewhere, '.git'))).toBe(false);
  });
});
