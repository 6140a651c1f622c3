/**
 * `.portlint.yml` from a pull request is a file like any other: a link out of the folder it is found
 * in, a device, a FIFO or a /proc file is refused with a clear error, quickly, and nothing of its
 * content reaches the message.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { cli } from '../helpers/cli.js';
import { hostileRepo, removeHostileRepos } from './support.js';

afterAll(removeHostileRepos);

async function timedCli(argv: string[], cwd: string) {
  const started = performance.now();
  const run = await cli(argv, cwd);
  return { ...run, ms: performance.now() - started };
}

describe('a hostile config file', () => {
  it('refuses a .portlint.yml linked to /dev/zero, without reading it', async () => {
    const root = hostileRepo();
    fs.symlinkSync('/dev/zero', path.join(root, '.portlint.yml'));
    const run = await timedCli([], root);
    expect([run.code, run.stdout, run.stderr]).toEqual([
      2,
      '',
      'portlint: .portlint.yml: cannot read the config file (it resolves outside the folder it was found in; not read)\n',
    ]);
    expect(run.ms).toBeLessThan(5000);
  });

  it('refuses a .portlint.yml linked to /proc/self/status, and leaks none of it', async () => {
    const root = hostileRepo();
    fs.symlinkSync('/proc/self/status', path.join(root, '.portlint.yml'));
    const run = await timedCli([], root);
    expect([run.code, run.stdout, run.stderr]).toEqual([
      2,
      '',
      'portlint: .portlint.yml: cannot read the config file (it resolves outside the folder it was found in; not read)\n',
    ]);
  });

  it('refuses a device or a /proc file named with --config (not regular, or not what its size says)', async () => {
    const root = hostileRepo();
    expect(await cli(['--config', '/dev/zero'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'portlint: /dev/zero: cannot read the config file (it is not a regular file)\n',
    });
    expect(await cli(['--config', '/proc/self/status'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'portlint: /proc/self/status: cannot read the config file ' +
        '(it is not an ordinary file (its size changed while it was read))\n',
    });
  });

  it('refuses a FIFO named .portlint.yml without hanging', async () => {
    const root = hostileRepo();
    const fifo = path.join(root, '.portlint.yml');
    execFileSync('mkfifo', [fifo]);
    // If the FIFO were ever opened for a blocking read, a writer after 10 s unblocks it: the test fails on time.
    const rescuer = spawn(
      process.execPath,
      ['-e', `setTimeout(() => require('fs').writeFileSync(${JSON.stringify(fifo)}, 'x: ['), 10000)`],
      { stdio: 'ignore' },
    );
    try {
      const run = await timedCli([], root);
      expect([run.code, run.stderr]).toEqual([
        2,
        'portlint: .portlint.yml: cannot read the config file (it is not a regular file)\n',
      ]);
      expect(run.ms).toBeLessThan(5000);
    } finally {
      rescuer.kill();
    }
  });

  it('refuses a config file above 1 MiB unread, and a dangling link named .portlint.yml', async () => {
    const root = hostileRepo({ 'big.yml': `# ${'x'.repeat(1024 * 1024)}\n` });
    expect((await cli(['--config', 'big.yml'], root)).stderr).toBe(
      'portlint: big.yml: cannot read the config file (it is 1048579 bytes, above the 1048576-byte limit for a config file)\n',
    );
    fs.symlinkSync('nowhere.yml', path.join(root, '.portlint.yml'));
    expect((await cli([], root)).stderr).toBe(
      'portlint: .portlint.yml: cannot read the config file (ENOENT)\n',
    );
  });

  it('still reads a .portlint.yml that links to a file inside the folder', async () => {
    const root = hostileRepo({ 'config/portlint.yml': 'rules:\n  invalid-port: off\n' });
    fs.symlinkSync('config/portlint.yml', path.join(root, '.portlint.yml'));
    fs.writeFileSync(path.join(root, 'compose.yaml'), 'services:\n  x:\n    ports: ["70000:80"]\n');
    const run = await cli(['--format', 'compact'], root);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toContain('invalid-port');
  });
});
