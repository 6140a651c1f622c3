/**
 * Third-party notices: the build fails when a bundle ships a package its licenses.txt does not name
 * (scripts/build/notices.mjs), and the committed bundles' notices name every package their entry
 * imports.
 */
import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/transpiled-src.js';
import { importGraph } from '../helpers/import-graph.js';

/** Runs one export of scripts/build/notices.mjs on JSON input, in a plain node (jest does not load .mjs scripts). */
function callNotices(name: string, input: unknown): unknown {
  const script = `const m = await import(${JSON.stringify(path.join(ROOT, 'scripts/build/notices.mjs'))});
    const out = m.${name}(JSON.parse(process.argv[1])); console.log(JSON.stringify([...out].sort()));`;
  const output = execFileSync('node', ['--input-type=module', '-e', script, JSON.stringify(input)], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  return JSON.parse(output);
}

const packageOf = (specifier: string) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;

describe('third-party notices', () => {
  test('bundledPackages reads package names from module paths, nested modules included', () => {
    const stats = {
      modules: [
        { name: './node_modules/yaml/dist/index.js' },
        {
          name: './src/cli.ts + 40 modules',
          modules: [{ name: './node_modules/@actions/core/lib/core.js' }],
        },
        { name: './node_modules/a/node_modules/b/index.js' },
        { name: 'external "node:fs"' },
      ],
    };
    expect(callNotices('bundledPackages', stats)).toEqual(['@actions/core', 'a', 'b', 'yaml']);
  });

  test("noticedPackages reads the names that open ncc's entries, not words of license texts", () => {
    const licenses = [
      'yaml',
      'ISC',
      'Copyright Eemeli Aro',
      '',
      '@actions/core',
      'MIT',
      'The MIT License (MIT)',
      '',
      'Software',
      '',
      'smol-toml',
      'BSD-3-Clause',
      'text',
    ].join('\n');
    expect(callNotices('noticedPackages', licenses)).toEqual(['@actions/core', 'smol-toml', 'yaml']);
  });

  test.each([
    ['src/cli.ts', 'dist/cli/licenses.txt'],
    ['src/api.ts', 'dist/api/licenses.txt'],
    ['src/index.ts', 'dist/licenses.txt'],
  ])('the notices of %s name every package it imports', (entry, notices) => {
    const imported = [...importGraph(entry).packages].filter((p) => !p.startsWith('node:')).map(packageOf);
    const noticed = callNotices('noticedPackages', fs.readFileSync(path.join(ROOT, notices), 'utf8'));
    expect(imported.length).toBeGreaterThan(3);
    expect([...new Set(imported)].filter((p) => !(noticed as string[]).includes(p))).toEqual([]);
  });
});
