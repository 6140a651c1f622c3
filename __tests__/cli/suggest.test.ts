import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ALL_RULES } from '../../src/rules/index.js';
import { cli } from '../helpers/cli.js';

const SUGGESTING_RULES = new Set(ALL_RULES.filter((rule) => rule.suggests).map((rule) => rule.id));

const temporary: string[] = [];

/** A fresh folder with these files. */
function folder(files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-suggest-'));
  temporary.push(dir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

let empty: string;

beforeAll(() => {
  empty = folder();
});

afterAll(() => {
  for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true });
});

/** The rule ids the compact report gives for a Compose service publishing `port`. */
async function findingsFor(port: number, service: string): Promise<string[]> {
  const dir = folder({
    'compose.yaml': `services:\n  ${service}:\n    image: example/${service}\n    ports: ["${port}:${port}"]\n`,
  });
  const run = await cli(['--format', 'compact', '--fail-on', 'never'], dir);
  expect(run.code).toBe(0);
  return run.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => /\[([a-z-]+)\]$/.exec(line)![1]!);
}

describe('portlint suggest', () => {
  it('--near 968 gives 3092, and a service on 3092 passes the rules', async () => {
    const run = await cli(['suggest', '--near', '968'], empty);
    expect(run).toEqual({
      code: 0,
      stderr: '',
      stdout:
        '3092/tcp: unassigned by IANA, outside the ephemeral ranges; not declared in this repository and not allowlisted\n',
    });
    expect(await findingsFor(968, 'legacy')).toEqual(['unassigned-well-known']);
    const after = await findingsFor(3092, 'legacy');
    expect(after.filter((id) => SUGGESTING_RULES.has(id))).toEqual([]);
    expect(after).toEqual([]);
  });

  it('--service postgres gives 5432, which IANA assigns to postgresql', async () => {
    const run = await cli(['suggest', '--service', 'postgres'], empty);
    expect(run).toEqual({
      code: 0,
      stderr: '',
      stdout:
        '5432/tcp: IANA assigns it to postgresql (PostgreSQL Database); not declared in this repository and not allowlisted\n',
    });
  });

  it('moves away from the service port when the repository already uses it', async () => {
    const dir = folder({
      'compose.yaml': 'services:\n  db:\n    image: postgres:16\n    ports: ["5432:5432"]\n',
    });
    const run = await cli(['suggest', '--service', 'postgres', '--format', 'json'], dir);
    expect(run.code).toBe(0);
    // 5433-5437 are assigned or reserved; 5431 is assigned (park-agent).
    expect(JSON.parse(run.stdout)).toEqual({
      port: 5438,
      protocol: 'tcp',
      reason: 'unassigned',
      services: [],
    });
  });

  it('--protocol picks the assignment on that protocol', async () => {
    const run = await cli(['suggest', '--service', 'coredns', '--protocol', 'UDP'], empty);
    expect(run.stdout).toBe(
      '53/udp: IANA assigns it to domain (Domain Name Server); not declared in this repository and not allowlisted\n',
    );
  });

  it('stays out of the allowlist and the configured dynamic ranges', async () => {
    const dir = folder({
      '.portlint.yml': [
        'allow:',
        '  - port: 3092',
        '    reason: the legacy billing service owns it',
        'rules:',
        '  dynamic-range:',
        '    ranges: [[3100, 3200]]',
        '',
      ].join('\n'),
    });
    const run = await cli(['suggest', '--near', '968', '--format', 'json'], dir);
    // 3092 is allowlisted and 3126 in a configured range: the next clean unassigned number is further up.
    const { port } = JSON.parse(run.stdout) as { port: number };
    expect([run.code, port === 3092 || (port >= 3100 && port <= 3200), port > 3200]).toEqual([
      0,
      false,
      true,
    ]);
  });

  it('without options starts from 8000; names the conventional port of known software', async () => {
    const plain = await cli(['suggest'], empty);
    expect(plain.stdout).toBe(
      '7996/tcp: unassigned by IANA, outside the ephemeral ranges; not declared in this repository and not allowlisted\n',
    );
    const grafana = await cli(['suggest', '--service', 'grafana', '--near', '3000'], empty);
    expect(grafana.stdout).toBe(
      [
        '3092/tcp: unassigned by IANA, outside the ephemeral ranges; not declared in this repository and not allowlisted',
        'note: Grafana uses 3000/tcp by convention (https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/)',
        'note: Grafana profiling uses 6060/tcp by convention (https://grafana.com/docs/grafana/latest/troubleshooting/diagnostics/)',
        'note: Grafana alerting gossip uses 9094/tcp by convention (https://grafana.com/docs/grafana/latest/alerting/set-up/configure-high-availability/)',
        '',
      ].join('\n'),
    );
  });

  it('--format json', async () => {
    const run = await cli(['suggest', '--service', 'redis', '-f', 'json'], empty);
    expect(JSON.parse(run.stdout)).toEqual({
      port: 6379,
      protocol: 'tcp',
      reason: 'service',
      services: [{ name: 'redis', description: 'An advanced key-value cache and store' }],
    });
  });

  it('sanitizes what it echoes', async () => {
    const run = await cli(['suggest', '--service', 'grafana\u001b[2J', '--near', '3000'], empty);
    expect(run.stdout).toBe(
      '3092/tcp: unassigned by IANA, outside the ephemeral ranges; not declared in this repository and not allowlisted\n' +
        'note: Grafana uses 3000/tcp by convention (https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/)\n' +
        'note: Grafana profiling uses 6060/tcp by convention (https://grafana.com/docs/grafana/latest/troubleshooting/diagnostics/)\n' +
        'note: Grafana alerting gossip uses 9094/tcp by convention (https://grafana.com/docs/grafana/latest/alerting/set-up/configure-high-availability/)\n',
    );
    expect(run.stdout).not.toContain('\u001b');
  });

  it.each([
    [
      ['suggest', '--nera', '968'],
      'portlint: unknown option "--nera" for "portlint suggest"; did you mean "--near"?\n',
    ],
    [['suggest', '--near', 'x'], 'portlint: --near must be a port number from 1 to 65535, not "x"\n'],
    [['suggest', '--near', '0'], 'portlint: --near must be a port number from 1 to 65535, not "0"\n'],
    [['suggest', '--near', '65536'], 'portlint: --near must be a port number from 1 to 65535, not "65536"\n'],
    [
      ['suggest', '--protocol', 'tpc'],
      'portlint: --protocol must be one of tcp, udp, sctp, dccp, not "tpc"; did you mean "tcp"?\n',
    ],
    [
      ['suggest', 'postgres'],
      'portlint: suggest takes no arguments, only options: postgres (did you mean --near or --service?)\n',
    ],
    [['suggest', '--service'], 'portlint: option "--service" needs a value\n'],
    [['suggest', '--format', 'yaml'], 'portlint: --format must be one of text, json, not "yaml"\n'],
  ])('refuses %j with exit 2', async (argv, message) => {
    const run = await cli(argv, empty);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `${message}Run "portlint suggest --help" for usage.\n`,
    });
  });

  it('has its own help', async () => {
    const run = await cli(['suggest', '--help'], empty);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(
      'Usage: portlint suggest [--near N] [--service NAME] [--protocol P] [options]',
    );
  });
});
