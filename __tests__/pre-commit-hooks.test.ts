/**
 * .pre-commit-hooks.yaml: the hook runs the package's bin on the whole repository, and its `files` pattern
 * (which only decides when the hook runs) matches every file a manifest kind may take by its name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { kindOf } from '../src/discover/kinds.js';
import { KINDS } from '../src/parsers/index.js';
import { kindOfFile } from './helpers/kinds.js';
import { ROOT } from './helpers/transpiled-src.js';

const hooks = parse(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** pre-commit's Python pattern as a JavaScript one: `(?ix)` becomes the `i` flag, verbose whitespace goes. */
function filesPattern(source: string): RegExp {
  const flags = /^\(\?ix\)/;
  expect(source).toMatch(flags);
  // Verbose mode drops whitespace and reads `#` as a comment: the pattern uses neither as a character.
  expect(source).not.toMatch(/#|\\\s|\[[^\]]*\s[^\]]*\]/);
  return new RegExp(source.replace(flags, '').replace(/\s+/g, ''), 'i');
}

/** Every file of the fixtures and the example, relative to the repository (at most a few thousand). */
function sampleFiles(): string[] {
  const files: string[] = [];
  for (const top of ['__tests__/fixtures', 'examples']) {
    for (const entry of fs.readdirSync(path.join(ROOT, top), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) files.push(path.relative(ROOT, path.join(entry.parentPath, entry.name)));
      if (files.length > 5000) throw new Error('more fixture files than this test expects');
    }
  }
  return files.map((file) => file.split(path.sep).join('/')).sort();
}

describe('.pre-commit-hooks.yaml', () => {
  it('declares one node hook that runs the package bin once, on the whole repository', () => {
    expect(hooks).toEqual([
      {
        id: 'portlint',
        name: 'portlint',
        description: "Check the network ports your manifests declare against IANA's registry.",
        language: 'node',
        entry: 'portlint',
        pass_filenames: false,
        files: expect.any(String),
      },
    ]);
    expect(Object.keys(pkg.bin)).toEqual([hooks[0].entry]);
  });

  it('runs when any file a kind may take by name is committed, and the config', () => {
    const files = filesPattern(hooks[0].files);
    const all = sampleFiles();
    const folders = new Set(all.map((file) => path.posix.dirname(file)));
    const candidates = all.filter((file) => kindOf(KINDS, file, { chartFolders: folders }) !== undefined);
    expect(candidates.filter((file) => !files.test(file))).toEqual([]);

    // The sample holds every kind, so the check above covers each kind's names.
    const kinds = new Set(
      candidates.map((file) => kindOfFile(file, fs.readFileSync(path.join(ROOT, file), 'utf8'), folders)),
    );
    expect(KINDS.map((kind) => kind.kind).filter((kind) => !kinds.has(kind))).toEqual([]);

    const named = [
      'compose.yaml',
      'deploy/docker-compose.prod.yml',
      'Dockerfile',
      'api/Dockerfile.dev',
      'web.containerfile',
      '.env',
      'config/.env.local',
      'prod.env',
      'Procfile',
      'Procfile.dev',
      'src/main/resources/application-prod.properties',
      'fly.staging.toml',
      'infra/main.tf',
      'etc/systemd/web.socket',
      'etc/nginx/conf.d/site.conf',
      'nginx.conf.template',
      'etc/nginx/sites-enabled/default',
      '.devcontainer.json',
      '.devcontainer/python/devcontainer.json',
      'charts/web/Chart.yaml',
      '.portlint.yml',
      '.portlint.yaml',
    ];
    expect(named.filter((file) => !files.test(file))).toEqual([]);
  });

  it('does not run for files no kind takes', () => {
    const files = filesPattern(hooks[0].files);
    const others = [
      'README.md',
      'src/cli.ts',
      'package.json',
      'LICENSE',
      'docs/rules/dynamic-range.md',
      'go.mod',
    ];
    expect(others.filter((file) => files.test(file))).toEqual([]);
    expect(others.filter((file) => kindOf(KINDS, file, { chartFolders: new Set() }) !== undefined)).toEqual(
      [],
    );
  });
});
