import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { cli } from '../helpers/cli.js';

/** A real git repository: the base commit, then a change that adds a clash in another file. */
let repo: string;

function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@e',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@e',
    },
  });
}

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  fs.writeFileSync(path.join(repo, file), text);
}

beforeAll(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-scope-'));
  git('init', '-q', '-b', 'main');
  write(
    'app/compose.yaml',
    'services:\n  legacy:\n    image: example/legacy\n    ports:\n      - "968:968"\n  web:\n    image: nginx\n    ports:\n      - "8080:80"\n',
  );
  write(
    'other/compose.yaml',
    'services:\n  reports:\n    image: example/reports\n    ports:\n      - "970:970"\n',
  );
  git('add', '.');
  git('commit', '-qm', 'base');
  git('tag', 'base');
  // The change: two lines pushed above the old findings, and a new service in the override
  // file that publishes web's host port.
  write(
    'app/compose.yaml',
    '# shop\n# owned by the web team\nservices:\n  legacy:\n    image: example/legacy\n    ports:\n      - "968:968"\n  web:\n    image: nginx\n    ports:\n      - "8080:80"\n',
  );
  write(
    'app/compose.override.yaml',
    // Redis is no HTTP server: on 8080 (http-alt) it is a conflict.
    'services:\n  admin:\n    image: redis:7.4\n    ports:\n      - "8080:7000"\n',
  );
  git('add', 'app/compose.yaml');
  git('commit', '-qm', 'move lines');
});

describe('--changed-since', () => {
  it('keeps findings in changed files and clashes whose other half changed', async () => {
    const run = await cli(['--changed-since', 'base', '--format', 'compact'], repo);
    expect(
      run.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.replace(/ \(suggested: \d+\)/, '')),
    ).toEqual([
      'app/compose.override.yaml:5:10: warning 8080/tcp is registered to http-alt (HTTP Alternate (see port 80)), not to "redis" [registered-conflict]',
      'app/compose.override.yaml:5:15: warning 7000/tcp is registered to afs3-fileserver (file server itself), not to "redis" [registered-conflict]',
      "app/compose.yaml:7:10: error 968/tcp is in IANA's unassigned block 954-988 of the well-known range [unassigned-well-known]",
      'app/compose.yaml:11:10: error host port 8080/tcp of service "web" is already published by service "admin" at app/compose.override.yaml:5:10 [duplicate-port]',
    ]);
    expect(run.code).toBe(1);
  });
});

describe('--new-from', () => {
  it('reports only findings the base does not have, matched by rule, file and port, not line', async () => {
    const run = await cli(['--new-from', 'base', '--format', 'compact'], repo);
    const lines = run.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => l.replace(/ \(suggested: \d+\)/, ''));
    expect(lines).toEqual([
      'app/compose.override.yaml:5:10: warning 8080/tcp is registered to http-alt (HTTP Alternate (see port 80)), not to "redis" [registered-conflict]',
      'app/compose.override.yaml:5:15: warning 7000/tcp is registered to afs3-fileserver (file server itself), not to "redis" [registered-conflict]',
      'app/compose.yaml:11:10: error host port 8080/tcp of service "web" is already published by service "admin" at app/compose.override.yaml:5:10 [duplicate-port]',
    ]);
  });

  it('is a usage error for a ref that does not exist', async () => {
    const run = await cli(['--new-from', 'no-such-ref'], repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'portlint: --new-from: no commit "no-such-ref" in this repository\nRun "portlint --help" for usage.\n',
    );
  });
});
