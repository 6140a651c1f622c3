/**
 * What a user gets from npm: the tarball `npm pack` makes from the committed tree, installed into an
 * empty project with the network off (`--offline`: the package must need nothing else), then used
 * the three ways the README shows: the bin through npx, a scan, and `import('portlint')` with types.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

let work: string;
let project: string;
let packed: { filename: string; size: number; unpackedSize: number; files: Array<{ path: string }> };
let installOutput: string;

/** npm (also under npx) with its own cache, so the test neither reads nor writes the user's; no jest flags. */
function toolEnv(): NodeJS.ProcessEnv {
  return { ...process.env, npm_config_cache: path.join(work, 'npm-cache'), NODE_OPTIONS: '' };
}

/** npm without audit, funding or update check. */
function npm(args: string[], cwd: string): string {
  return execFileSync('npm', [...args, '--no-audit', '--no-fund', '--no-update-notifier'], {
    cwd,
    encoding: 'utf8',
    env: toolEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function inProject(command: string, args: string[]): string {
  return execFileSync(command, args, {
    cwd: project,
    encoding: 'utf8',
    env: toolEnv(),
  });
}

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-pack-'));
  [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], ROOT));
  project = path.join(work, 'project');
  fs.mkdirSync(project);
  fs.writeFileSync(
    path.join(project, 'package.json'),
    JSON.stringify({ name: 'probe', version: '1.0.0', private: true, type: 'module' }),
  );
  fs.writeFileSync(
    path.join(project, 'compose.yaml'),
    'services:\n  reports:\n    image: reports:1\n    ports:\n      - "968:968"\n',
  );
  installOutput = npm(
    ['install', '--offline', '--ignore-scripts', path.join(work, packed.filename)],
    project,
  );
}, 120_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the npm package', () => {
  test('ships the bundles, their notices, the types, the rule docs and nothing from development', () => {
    const files = packed.files.map((f) => f.path).sort();
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json']));
    expect(files).toEqual(
      expect.arrayContaining([
        'dist/cli/index.js',
        'dist/cli/licenses.txt',
        'dist/api/index.js',
        'dist/api/index.d.ts',
        'dist/api/licenses.txt',
        'docs/rules/unassigned-well-known.md',
      ]),
    );
    const allowed =
      /^(LICENSE|README\.md|CHANGELOG\.md|package\.json|dist\/(cli|api)\/[^/]+|docs\/rules\/[a-z-]+\.md)$/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
    expect(files).not.toContain('docs/rules/TEMPLATE.md');
  });

  test('has no runtime dependencies: the bundles carry everything', () => {
    expect(PKG.dependencies ?? {}).toEqual({});
    expect(fs.readdirSync(path.join(project, 'node_modules')).sort()).toEqual([
      '.bin',
      '.package-lock.json',
      'portlint',
    ]);
    expect(installOutput).not.toMatch(/EBADENGINE/);
  });

  test('npx portlint --version prints the package version', () => {
    expect(inProject('npx', ['--offline', 'portlint', '--version'])).toBe(`${PKG.version}\n`);
  });

  test('npx portlint scans the project', () => {
    let stdout = '';
    try {
      inProject('npx', ['--offline', 'portlint', '--format', 'compact']);
    } catch (error) {
      const failure = error as { status: number; stdout: string };
      expect(failure.status).toBe(1);
      stdout = failure.stdout;
    }
    expect(stdout).toContain('compose.yaml:5:10: error 968/tcp is in IANA');
    expect(stdout).toContain('[unassigned-well-known]');
  });

  test("import('portlint') gives scan(), which returns the JSON report", () => {
    const script = [
      "import { scan, PortlintError } from 'portlint';",
      "const report = await scan(['compose.yaml']);",
      "const missing = await scan(['nope']).catch((e) => `${e instanceof PortlintError} ${e.exitCode}`);",
      'console.log(JSON.stringify({ schema: report.schema, findings: report.findings.map((f) => [f.file, f.line, f.column, f.ruleId, f.port]), missing }));',
    ].join('\n');
    expect(JSON.parse(inProject('node', ['--input-type=module', '-e', script]))).toEqual({
      schema: 1,
      findings: [['compose.yaml', 5, 10, 'unassigned-well-known', 968]],
      missing: 'true 2',
    });
  });

  test('its types resolve through exports and describe the report', () => {
    fs.writeFileSync(
      path.join(project, 'use.ts'),
      [
        "import { scan, type PortlintReport, type ReportFinding } from 'portlint';",
        "const report: PortlintReport = await scan(['.'], { cwd: '.', config: '.portlint.yml' });",
        'const first: ReportFinding | undefined = report.findings[0];',
        'const rule: string | undefined = first?.ruleId;',
        '// @ts-expect-error the report has no such field',
        'report.nothing;',
        'export { rule };',
      ].join('\n'),
    );
    fs.writeFileSync(
      path.join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, types: [] },
        files: ['use.ts'],
      }),
    );
    expect(inProject(path.join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'])).toBe('');
  });
});
