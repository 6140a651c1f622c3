import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { cli } from './helpers/cli.js';

const ROOT = path.resolve(import.meta.dirname, '..');

function tempRepo(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-cli-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('exit codes', () => {
  it('exits 1 with the findings of the bundled example', async () => {
    const run = await cli(['examples', '--format', 'compact'], ROOT);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "examples/compose.yaml:20:10: error 968/tcp is in IANA's unassigned block 954-988 of the well-known range (suggested: ",
    );
    expect(run.stdout).toContain(
      'examples/compose.yaml:25:10: error host port 8080/tcp of service "metrics" is already published by service "web" at examples/compose.yaml:8:10 (suggested: ',
    );
  });

  it('exits 0 when nothing reaches --fail-on', async () => {
    expect((await cli(['examples', '--fail-on', 'never'], ROOT)).code).toBe(0);
    const clean = tempRepo({
      'compose.yaml': 'services:\n  db:\n    image: postgres\n    ports: ["5432:5432"]\n',
    });
    const run = await cli([], clean);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('✓ no problems: 2 ports in 1 file\n');
  });

  it('exits 1 on a warning only with --fail-on warning', async () => {
    const repo = tempRepo({
      'compose.yaml': 'services:\n  web:\n    image: example/web\n    ports: ["3000:3000"]\n',
    });
    expect((await cli([], repo)).code).toBe(0);
    expect((await cli(['--fail-on', 'warning'], repo)).code).toBe(1);
    expect((await cli(['--fail-on=notice'], repo)).code).toBe(1);
  });

  it('exits 2 on an unknown option, naming the nearest valid one', async () => {
    const run = await cli(['--fial-on', 'error'], ROOT);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'portlint: unknown option "--fial-on"; did you mean "--fail-on"?\nRun "portlint --help" for usage.\n',
    );
  });

  it('exits 2 on a bad option value and a missing path', async () => {
    const format = await cli(['--format', 'jsn'], ROOT);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain(
      '--format must be one of stylish, compact, json, sarif, github, markdown, gitlab, rdjson, not "jsn"; did you mean "json"?',
    );
    const missing = await cli(['no/such/place'], ROOT);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file or folder: no/such/place');
  });

  it('exits 2 on an invalid config with file, line and column', async () => {
    const repo = tempRepo({
      '.portlint.yml': 'rules:\n  registred-conflict: off\n',
      'compose.yaml': 'services: {}\n',
    });
    const run = await cli([], repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^portlint: \.portlint\.yml:2:3: unknown rule "registred-conflict"; did you mean "registered-conflict"\?/,
    );
  });
});

describe('json format', () => {
  it('prints the versioned contract with exact positions', async () => {
    const repo = tempRepo({
      'compose.yaml': 'services:\n  web:\n    image: nginx\n    ports:\n      - "968:80"\n',
    });
    const run = await cli(['--format', 'json'], repo);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ schema: 1, tool: 'portlint', registry: { updated: '2026-08-17' } });
    expect(report.files).toEqual([{ path: 'compose.yaml', kind: 'compose' }]);
    expect(report.ports).toEqual([
      {
        file: 'compose.yaml',
        line: 5,
        column: 10,
        port: 968,
        endPort: 968,
        protocol: 'tcp',
        role: 'host',
        kind: 'compose',
        context: { service: 'web', image: 'nginx' },
        assignment: { range: 'system', status: 'unassigned', services: [] },
      },
      {
        file: 'compose.yaml',
        line: 5,
        column: 14,
        port: 80,
        endPort: 80,
        protocol: 'tcp',
        role: 'container',
        kind: 'compose',
        context: { service: 'web', image: 'nginx' },
        assignment: { range: 'system', status: 'assigned', services: ['http', 'www', 'www-http'] },
      },
    ]);
    expect(report.findings).toEqual([
      {
        ruleId: 'unassigned-well-known',
        severity: 'error',
        file: 'compose.yaml',
        line: 5,
        column: 10,
        port: 968,
        protocol: 'tcp',
        message: "968/tcp is in IANA's unassigned block 954-988 of the well-known range",
        // nginx speaks HTTP: IANA's port for it, not FileMaker's 591.
        suggestion: 80,
      },
    ]);
    expect(report.summary).toEqual({ files: 1, ports: 2, errors: 1, warnings: 0, notices: 0 });
  });
});

describe('terminal safety', () => {
  it('prints manifest-controlled names without control characters', async () => {
    const repo = tempRepo({
      'compose.yaml':
        'services:\n  "evil\\u001b[31m\\u0007name":\n    image: node:22\n    ports: ["3000:3000"]\n',
    });
    const run = await cli(['--fail-on', 'never'], repo);
    expect(run.stdout).toContain('not to "evil\\u{1b}[31m\\u{7}name"');
    expect(run.stdout).not.toContain('\u001b');
  });
});

describe('the action outputs, previewed from the CLI', () => {
  const repo = () =>
    tempRepo({
      'compose.yaml': 'services:\n  legacy:\n    image: example/legacy\n    ports:\n      - "968:968"\n',
    });

  it('--format github prints workflow commands with file, line and column', async () => {
    const run = await cli(['--format', 'github'], repo());
    expect(run.stdout.split('\n')[0]).toMatch(
      /^::error file=compose\.yaml,line=5,col=10,title=portlint%3A unassigned-well-known::968\/tcp is in IANA's unassigned block 954-988 of the well-known range/,
    );
    expect(run.code).toBe(1);
  });

  it('--format sarif prints SARIF 2.1.0 with the result located', async () => {
    const sarif = JSON.parse((await cli(['--format', 'sarif'], repo())).stdout);
    expect(sarif.version).toBe('2.1.0');
    const result = sarif.runs[0].results[0];
    expect(result.ruleId).toBe('unassigned-well-known');
    expect(result.level).toBe('error');
    expect(result.locations[0].physicalLocation).toMatchObject({
      artifactLocation: { uri: 'compose.yaml' },
      region: { startLine: 5, startColumn: 10 },
    });
  });

  it('--format gitlab prints a Code Quality report and --format rdjson a reviewdog DiagnosticResult', async () => {
    const [issue] = JSON.parse((await cli(['--format', 'gitlab'], repo())).stdout);
    expect(issue).toEqual({
      type: 'issue',
      description: expect.stringMatching(/^968\/tcp is in IANA's unassigned block 954-988/),
      check_name: 'unassigned-well-known',
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      severity: 'major',
      location: { path: 'compose.yaml', lines: { begin: 5 } },
    });
    const rdjson = JSON.parse((await cli(['--format', 'rdjson'], repo())).stdout);
    expect(rdjson.diagnostics[0]).toMatchObject({
      location: { path: 'compose.yaml', range: { start: { line: 5, column: 10 } } },
      severity: 'ERROR',
      code: { value: 'unassigned-well-known' },
    });
  });

  it('--format markdown prints the PR comment body', async () => {
    const markdown = (await cli(['--format', 'markdown'], repo())).stdout;
    expect(markdown).toContain('| ❌ error | 968/tcp | Unassigned | compose.yaml&#58;5 |');
    expect(markdown).toContain('IANA registry updated 2026-08-17');
  });
});
