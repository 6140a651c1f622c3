import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cli } from '../helpers/cli.js';

let empty: string;
let repo: string;

const COMPOSE = [
  'services:',
  '  grafana:',
  '    image: grafana/grafana:11.1.0',
  '    ports: ["3000:3000"]',
  '  web:',
  '    image: example/web',
  '    ports:',
  '      - "8080:80"',
  '      - "7000-7010:7000-7010/udp"',
  '  "evil\\e[31m":',
  '    image: node:22',
  '    expose: ["3000"]',
  '',
].join('\n');

beforeAll(() => {
  empty = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-explain-empty-'));
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-explain-repo-'));
  fs.mkdirSync(path.join(repo, 'app'));
  fs.writeFileSync(path.join(repo, 'app', 'compose.yaml'), COMPOSE);
});

afterAll(() => {
  fs.rmSync(empty, { recursive: true, force: true });
  fs.rmSync(repo, { recursive: true, force: true });
});

describe('portlint explain', () => {
  it('968: unassigned, in the block 954-988 of the system range, on tcp and udp', async () => {
    const run = await cli(['explain', '968'], empty);
    expect(run).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        "Port 968 is in IANA's System Ports range 0-1023 (well-known: assigned through IETF review; binding needs privileges).",
        '',
        "968/tcp: unassigned, in IANA's block 954-988",
        '  Not declared in this repository.',
        '',
        "968/udp: unassigned, in IANA's block 954-988",
        '  Not declared in this repository.',
        '',
        'IANA registry of 2026-08-17.',
        '',
      ].join('\n'),
    });
  });

  it('3000/tcp: both assignments with descriptions, the IANA note, Grafana, and the declarations', async () => {
    const run = await cli(['explain', '3000/tcp'], repo);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      [
        "Port 3000 is in IANA's User Ports range 1024-49151 (registered).",
        '',
        '3000/tcp: assigned',
        '  hbci: HBCI',
        '  remoteware-cl: RemoteWare Client',
        '  IANA note: This entry records an unassigned but widespread use',
        '  De-facto use: Grafana (https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/)',
        '  De-facto use: Metabase (https://www.metabase.com/docs/latest/configuring-metabase/environment-variables)',
        '  De-facto use: Gitea (https://docs.gitea.com/administration/config-cheat-sheet)',
        '  Declared in this repository:',
        '    app/compose.yaml:4:14 host grafana',
        '    app/compose.yaml:4:19 container grafana',
        // The service name from the manifest is printed with its escape character made visible.
        '    app/compose.yaml:12:15 expose evil\\u{1b}[31m',
        '',
        'IANA registry of 2026-08-17.',
        '',
      ].join('\n'),
    );
  });

  it('8080: http-alt on tcp and udp, declared on tcp only', async () => {
    const run = await cli(['explain', '8080'], repo);
    expect(run.stdout).toBe(
      [
        "Port 8080 is in IANA's User Ports range 1024-49151 (registered).",
        '',
        '8080/tcp: assigned',
        '  http-alt: HTTP Alternate (see port 80)',
        '  Declared in this repository:',
        '    app/compose.yaml:8:10 host web',
        '',
        '8080/udp: assigned',
        '  http-alt: HTTP Alternate (see port 80)',
        '  Not declared in this repository.',
        '',
        'IANA registry of 2026-08-17.',
        '',
      ].join('\n'),
    );
  });

  it('finds a port inside a declared range, and shows known unauthorized use', async () => {
    const run = await cli(['explain', '7005/udp'], repo);
    expect(run.stdout).toBe(
      [
        "Port 7005 is in IANA's User Ports range 1024-49151 (registered).",
        '',
        '7005/udp: assigned',
        '  afs3-volser: volume managment server',
        '  Known unauthorized use: Known Unauthorized Use on port 7005',
        '  Declared in this repository:',
        '    app/compose.yaml:9:10 host web (range 7000-7010)',
        '    app/compose.yaml:9:20 container web (range 7000-7010)',
        '',
        'IANA registry of 2026-08-17.',
        '',
      ].join('\n'),
    );
  });

  it('a dynamic port, inside Linux ephemeral range too', async () => {
    const run = await cli(['explain', '50000/UDP'], empty);
    expect(run.stdout).toBe(
      [
        "Port 50000 is in IANA's Dynamic Ports range 49152-65535 (never assigned; the kernel hands them to outgoing connections).",
        "It is also inside Linux's default ephemeral range 32768-60999, where outgoing connections take ports.",
        '',
        '50000/udp: dynamic, never assigned',
        '  Not declared in this repository.',
        '',
        'IANA registry of 2026-08-17.',
        '',
      ].join('\n'),
    );
  });

  it('shows sctp when IANA assigns something there', async () => {
    const run = await cli(['explain', '5672'], empty);
    expect(run.stdout.match(/^5672\/\w+: .*$/gm)).toEqual([
      '5672/tcp: assigned',
      '5672/udp: assigned',
      '5672/sctp: assigned',
    ]);
  });

  it('--path picks the repository; --format json gives the same facts', async () => {
    const run = await cli(['explain', '3000/tcp', '--path', 'app', '--format', 'json'], repo);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      port: 3000,
      range: 'user',
      registry: { updated: '2026-08-17' },
      protocols: [
        {
          protocol: 'tcp',
          status: 'assigned',
          block: null,
          services: [
            { name: 'hbci', description: 'HBCI' },
            { name: 'remoteware-cl', description: 'RemoteWare Client' },
          ],
          notes: ['This entry records an unassigned but widespread use'],
          unauthorizedUse: [],
          deFacto: [
            {
              software: 'Grafana',
              reference: 'https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/',
            },
            {
              software: 'Metabase',
              reference: 'https://www.metabase.com/docs/latest/configuring-metabase/environment-variables',
            },
            { software: 'Gitea', reference: 'https://docs.gitea.com/administration/config-cheat-sheet' },
          ],
          declared: [
            {
              file: 'app/compose.yaml',
              line: 4,
              column: 14,
              role: 'host',
              service: 'grafana',
              port: 3000,
              endPort: 3000,
            },
            {
              file: 'app/compose.yaml',
              line: 4,
              column: 19,
              role: 'container',
              service: 'grafana',
              port: 3000,
              endPort: 3000,
            },
            {
              file: 'app/compose.yaml',
              line: 12,
              column: 15,
              role: 'expose',
              service: 'evil\u001b[31m',
              port: 3000,
              endPort: 3000,
            },
          ],
        },
      ],
    });
  });

  it.each([
    [
      ['explain', '70000'],
      'portlint: "70000" is not a port: expected a number from 0 to 65535, optionally followed by /tcp, /udp, /sctp or /dccp\n',
    ],
    [
      ['explain', 'http'],
      'portlint: "http" is not a port: expected a number from 0 to 65535, optionally followed by /tcp, /udp, /sctp or /dccp\n',
    ],
    [
      ['explain', '-1'],
      'portlint: "-1" is not a port: expected a number from 0 to 65535, optionally followed by /tcp, /udp, /sctp or /dccp\n',
    ],
    [
      ['explain', '80/tpc'],
      'portlint: the protocol must be one of tcp, udp, sctp, dccp, not "tpc"; did you mean "tcp"?\n',
    ],
    [
      ['explain'],
      'portlint: explain needs a port, e.g. "portlint explain 8080" or "portlint explain 53/udp"\n',
    ],
    [['explain', '80', '443'], 'portlint: explain takes one port, not 2: 80 443\n'],
    [
      ['explain', '80', '--fromat', 'json'],
      'portlint: unknown option "--fromat" for "portlint explain"; did you mean "--format"?\n',
    ],
    [
      ['explain', '80', '--format', 'jsn'],
      'portlint: --format must be one of text, json, not "jsn"; did you mean "json"?\n',
    ],
    [['explain', '80', '--path'], 'portlint: option "--path" needs a value\n'],
    [['explain', '80', '--help=yes'], 'portlint: option "--help" takes no value\n'],
    [['explain', '80', '--path', 'nowhere'], 'portlint: no such file or folder: nowhere\n'],
  ])('refuses %j with exit 2', async (argv, message) => {
    const run = await cli(argv, empty);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `${message}Run "portlint explain --help" for usage.\n`,
    });
  });

  it('has its own help, and the main help lists it', async () => {
    const help = await cli(['explain', '-h'], empty);
    expect(help.code).toBe(0);
    expect(help.stdout.split('\n')[0]).toBe('Usage: portlint explain <port>[/<protocol>] [options]');
    const main = await cli(['--help'], empty);
    expect(main.stdout).toContain(
      '       portlint explain <port>[/<protocol>] [--path <folder>] [--format text|json]\n',
    );
  });
});
