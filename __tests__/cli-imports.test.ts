/**
 * The CLI bundle must never load @actions/core or @actions/github: it would start slower and pull
 * in an HTTP client for nothing. Checked on the source (dist/ may be stale): every module that
 * src/cli.ts reaches through runtime imports (static, re-exports and literal dynamic imports;
 * `import type` is erased) is parsed, and no package it names may be under @actions/.
 */
import { describe, expect, test } from '@jest/globals';
import path from 'node:path';
import { ROOT } from './helpers/transpiled-src.js';
import { importGraph, runtimeImports } from './helpers/import-graph.js';

const relative = (modules: Set<string>) =>
  [...modules].map((m) => path.relative(ROOT, m).split(path.sep).join('/'));

describe('the CLI import graph', () => {
  test('src/cli.ts never reaches @actions/*', () => {
    const { modules, packages } = importGraph('src/cli.ts');
    // The walk really covers the CLI: the pipeline, the parsers and the reporters.
    expect(relative(modules)).toEqual(
      expect.arrayContaining([
        'src/cli/main.ts',
        'src/pipeline/scan.ts',
        'src/pipeline/scan-parallel.ts',
        'src/parsers/compose.ts',
        'src/parsers/kubernetes.ts',
        'src/report/json.ts',
      ]),
    );
    expect(packages).toContain('yaml');
    expect([...packages].filter((p) => p.startsWith('@actions/'))).toEqual([]);
  });

  test('src/api.ts (the package export) never reaches @actions/* either', () => {
    const { modules, packages } = importGraph('src/api.ts');
    expect(relative(modules)).toEqual(expect.arrayContaining(['src/pipeline/run.ts', 'src/report/json.ts']));
    expect([...packages].filter((p) => p.startsWith('@actions/'))).toEqual([]);
  });

  test('the same walk does find @actions/* from the action entry (the check can fail)', () => {
    const { packages } = importGraph('src/index.ts');
    expect([...packages].filter((p) => p.startsWith('@actions/')).length).toBeGreaterThan(0);
  });

  test('type-only imports are not followed; value imports with inline types and dynamic imports are', () => {
    const text = [
      "import type { A } from './a.js';",
      "import { type B, c } from './c.js';",
      "import * as d from './d.js';",
      "export * from './e.js';",
      "export type { F } from './f.js';",
      "const g = await import('./g.js');",
      "// import x from './commented.js';",
      "const globs = ['**/node_modules/**', '**/vendor/**'];",
      "import './h.js';",
    ].join('\n');
    expect(runtimeImports('x.ts', text).sort()).toEqual(['./c.js', './d.js', './e.js', './g.js', './h.js']);
  });
});
