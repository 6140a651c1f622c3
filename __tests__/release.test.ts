/**
 * Releasing: the Marketplace metadata, the release workflow's order of checks, and
 * scripts/changelog-section.mjs, which gives the GitHub release its notes from CHANGELOG.md.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { ROOT } from './helpers/transpiled-src.js';

const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8');
const SCRIPT = path.join(ROOT, 'scripts/changelog-section.mjs');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-changelog-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function changelogSection(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: work, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const CHANGELOG = `# Changelog

## [Unreleased]

- Not yet.

## [1.1.0] - 2027-01-10

### Added

- \`--format rdjson\`.

## [1.0.0] - 2026-12-07

- The first release.

[Unreleased]: https://github.com/portlint/portlint/compare/v1.1.0...HEAD
[1.1.0]: https://github.com/portlint/portlint/compare/v1.0.0...v1.1.0
`;
fs.writeFileSync(path.join(work, 'CHANGELOG.md'), CHANGELOG);
fs.writeFileSync(path.join(work, 'EMPTY.md'), '## [2.0.0] - 2027-02-01\n\n## [1.0.0]\n\n- x\n');

describe('action.yml', () => {
  it('has a description the Marketplace accepts (under 125 characters)', () => {
    const action = parse(read('action.yml'));
    expect(typeof action.description).toBe('string');
    expect(action.description.length).toBeGreaterThan(20);
    expect(action.description.length).toBeLessThan(125);
  });
});

describe('scripts/changelog-section.mjs', () => {
  it("prints a version's section without its heading", () => {
    expect(changelogSection(['1.1.0'])).toEqual({
      code: 0,
      stdout: '### Added\n\n- `--format rdjson`.\n',
      stderr: '',
    });
  });

  it('stops before the link definitions after the last section', () => {
    expect(changelogSection(['1.0.0', 'CHANGELOG.md'])).toEqual({
      code: 0,
      stdout: '- The first release.\n',
      stderr: '',
    });
  });

  it('fails when the version has no section, or an empty one', () => {
    expect(changelogSection(['1.2.0'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'CHANGELOG.md has no "## [1.2.0]" section\n',
    });
    expect(changelogSection(['2.0.0', 'EMPTY.md'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'EMPTY.md: the section of 2.0.0 is empty\n',
    });
  });

  it('refuses what is not a version, a missing file and a missing argument', () => {
    expect(changelogSection(['Unreleased'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'not a version (expected 1.2.3 or 1.2.3-rc.1): "Unreleased"\n',
    });
    expect(changelogSection(['1.0.0', 'NOPE.md']).stderr).toBe('cannot read NOPE.md\n');
    expect(changelogSection([]).stderr).toBe(
      'Usage: node scripts/changelog-section.mjs <version> [CHANGELOG.md]\n',
    );
  });

  it("has release notes for package.json's version", () => {
    const version = JSON.parse(read('package.json')).version;
    expect(changelogSection([version, path.join(ROOT, 'CHANGELOG.md')]).code).toBe(0);
  });

  it("finds the 1.0.0 section of the project's CHANGELOG.md, after Unreleased", () => {
    const changelog = read('CHANGELOG.md');
    const versions = [...changelog.matchAll(/^## \[([^\]]+)\]/gm)].map((match) => match[1]);
    expect(versions.slice(0, 2)).toEqual(['Unreleased', '1.0.0']);
    const run = changelogSection(['1.0.0', path.join(ROOT, 'CHANGELOG.md')]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^The first release: /);
    expect(run.stdout).not.toContain('[1.0.0]:');
  });
});

describe('.github/workflows/release.yml', () => {
  const workflow = parse(read('.github/workflows/release.yml'));
  const steps: Array<{ uses?: string; run?: string; with?: Record<string, unknown>; env?: object }> =
    workflow.jobs.release.steps;
  const stepRunning = (command: string): number => steps.findIndex((step) => step.run?.includes(command));

  it('runs on version tags with the permissions provenance and the release need', () => {
    expect(workflow.on).toEqual({ push: { tags: ['v*.*.*'] } });
    expect(workflow.permissions).toEqual({ contents: 'write', 'id-token': 'write' });
  });

  it('checks everything before it publishes, and moves the major tag last', () => {
    const order = [
      'require("./package.json").version',
      'node scripts/changelog-section.mjs "${TAG#v}"',
      'npm ci',
      'npm test',
      'rm -rf dist',
      'npm publish --provenance --access public',
      'gh release create "$TAG" --verify-tag',
      'git push -f origin "refs/tags/$major"',
    ].map(stepRunning);
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const build = steps[stepRunning('rm -rf dist')]!.run!;
    expect(build.indexOf('rm -rf dist')).toBeLessThan(build.indexOf('npm run build'));
    expect(build).toContain('git status --porcelain -- dist/');
  });

  it('publishes with the npm token to the npm registry from Node 24', () => {
    const setup = steps.find((step) => step.uses?.startsWith('actions/setup-node@'))!;
    expect(setup.with).toMatchObject({ 'node-version': 24, 'registry-url': 'https://registry.npmjs.org' });
    expect(steps[stepRunning('npm publish')]!.env).toEqual({ NODE_AUTH_TOKEN: '${{ secrets.NPM_TOKEN }}' });
  });

  it('pins its actions to a major version, as the other workflows do', () => {
    const uses = steps.flatMap((step) => (step.uses ? [step.uses] : []));
    expect(uses).toEqual(['actions/checkout@v5', 'actions/setup-node@v5']);
  });
});

describe('.ci/run', () => {
  it('checks dist/ against a build from an empty folder', () => {
    const script = read('.ci/run');
    expect(script).toMatch(
      /\nrm -rf dist\nnpm run build\nif \[ -n "\$\(git status --porcelain -- dist\)" \]/,
    );
  });
});
