/**
 * Every way a config file or a command line can be wrong: exit code 2 and a line per error naming
 * the file, line and column (`file:line:col: message`), with the nearest valid word where there is
 * one; every error of a config file at once.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { cli } from './helpers/cli.js';
import { ALL_RULES } from '../src/rules/index.js';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

function repoWithConfig(config: string, name = '.portlint.yml'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-config-'));
  folders.push(dir);
  fs.writeFileSync(path.join(dir, name), config);
  fs.writeFileSync(
    path.join(dir, 'compose.yaml'),
    'services:\n  web:\n    image: nginx\n    ports: ["8080:80"]\n',
  );
  return dir;
}

/** Rule ids as the config validator lists them (the list grows as rules are added). */
const RULE_IDS = ALL_RULES.map((r) => r.id).join(', ');
const TOP_KEYS = 'fail-on, include, exclude, rules, allow, services, registry';
const ALLOW_KEYS = 'port, protocol, paths, services, rules, reason';
const REGISTRY_KEYS = 'port, protocol, service, description';
const SEVERITIES = 'error, warning, notice, off';

async function configError(config: string): Promise<{ code: number; stderr: string; stdout: string }> {
  const run = await cli([], repoWithConfig(config));
  return { code: run.code, stderr: run.stderr, stdout: run.stdout };
}

/** [what, config text, expected `line:col: message`]. */
const CASES: Array<[string, string, string]> = [
  // The file itself.
  [
    'YAML syntax error',
    'rules:\n  invalid-port: [error\n',
    '3:1: Flow sequence in block collection must be sufficiently indented and end with a ]',
  ],
  [
    'a list instead of a mapping',
    '- rules\n',
    '1:1: the config must be a mapping of keys such as "rules" and "allow"',
  ],
  ['a key that is not a string', 'rules: {}\n1: x\n', '2:1: keys must be plain strings'],
  [
    'unknown top-level key, with suggestion',
    'rules: {}\nalow: []\n',
    `2:1: unknown key "alow"; did you mean "allow"? (valid: ${TOP_KEYS})`,
  ],
  ['unknown top-level key, no suggestion', 'colour: red\n', `1:1: unknown key "colour" (valid: ${TOP_KEYS})`],
  // fail-on, include, exclude.
  [
    'fail-on misspelt',
    'fail-on: eror\n',
    '1:10: "fail-on" must be one of error, warning, notice, never; did you mean "error"?',
  ],
  [
    'fail-on of the wrong type',
    'fail-on: [error]\n',
    '1:10: "fail-on" must be one of error, warning, notice, never',
  ],
  ['include of the wrong type', 'include: {src: true}\n', '1:10: "include" must be a list of strings'],
  [
    'exclude entry not a string',
    'exclude:\n  - vendor/**\n  - 42\n',
    '3:5: "exclude" entries must be strings',
  ],
  // rules.
  [
    'rules of the wrong type',
    'rules: [invalid-port]\n',
    '1:8: "rules" must map rule ids to a severity or to { severity, ...options }',
  ],
  [
    'unknown rule id, with suggestion',
    'rules:\n  invalid-prot: off\n',
    `2:3: unknown rule "invalid-prot"; did you mean "invalid-port"? (valid: ${RULE_IDS})`,
  ],
  [
    'unknown rule id, no suggestion',
    'rules:\n  no-such-check: off\n',
    `2:3: unknown rule "no-such-check" (valid: ${RULE_IDS})`,
  ],
  [
    'rule severity misspelt',
    'rules:\n  invalid-port: eror\n',
    `2:17: "rules.invalid-port" must be one of ${SEVERITIES}; did you mean "error"?`,
  ],
  [
    'rule value of the wrong type',
    'rules:\n  invalid-port: [error]\n',
    '2:17: "rules.invalid-port" must be a severity or a mapping',
  ],
  [
    'unknown rule option, with suggestion',
    'rules:\n  dynamic-range:\n    severty: warning\n',
    '3:5: unknown option of rule dynamic-range "severty"; did you mean "severity"? (valid: severity, ranges)',
  ],
  [
    'option a rule does not take',
    'rules:\n  invalid-port:\n    range: [1, 2]\n',
    '3:5: unknown option of rule invalid-port "range" (valid: severity)',
  ],
  [
    'severity option not a severity',
    'rules:\n  invalid-port:\n    severity: loud\n',
    `3:15: "rules.invalid-port.severity" must be one of ${SEVERITIES}`,
  ],
  [
    'range option not a pair',
    'rules:\n  nodeport-range:\n    range: [30000]\n',
    '3:12: "rules.nodeport-range.range" must be [start, end]',
  ],
  [
    'range option out of 1-65535',
    'rules:\n  nodeport-range:\n    range: [0, 70000]\n',
    '3:12: "rules.nodeport-range.range" must be [start, end] with 1 <= start <= end <= 65535',
  ],
  [
    'range option reversed',
    'rules:\n  nodeport-range:\n    range: [32767, 30000]\n',
    '3:12: "rules.nodeport-range.range" must be [start, end] with 1 <= start <= end <= 65535',
  ],
  [
    'ranges option not a list',
    'rules:\n  dynamic-range:\n    ranges: 49152\n',
    '3:13: "rules.dynamic-range.ranges" must be a list of [start, end] pairs',
  ],
  [
    'one of the ranges reversed',
    'rules:\n  dynamic-range:\n    ranges:\n      - [49152, 65535]\n      - [20000, 10000]\n',
    '5:9: "rules.dynamic-range.ranges" must be [start, end] with 1 <= start <= end <= 65535',
  ],
  // allow.
  [
    'allow of the wrong type',
    'allow: {port: 80}\n',
    '1:8: "allow" must be a list of { port, reason, ... } entries',
  ],
  [
    'allow entry not a mapping',
    'allow:\n  - 80\n',
    '2:5: each "allow" entry must be a mapping with "port" and "reason"',
  ],
  [
    'unknown allow key, with suggestion',
    'allow:\n  - port: 80\n    reson: legacy\n',
    `3:5: unknown allow key "reson"; did you mean "reason"? (valid: ${ALLOW_KEYS})`,
  ],
  ['allow entry without port', 'allow:\n  - reason: legacy proxy\n', '2:5: an "allow" entry needs "port"'],
  [
    'allow entry without reason',
    'allow:\n  - port: 80\n',
    '2:5: an "allow" entry needs a "reason" that says why the port is accepted',
  ],
  [
    'allow entry with an empty reason',
    'allow:\n  - port: 80\n    reason: "  "\n',
    '3:13: an "allow" entry needs a "reason" that says why the port is accepted',
  ],
  [
    'allow port 0',
    'allow:\n  - port: 0\n    reason: x\n',
    '2:11: "allow.port" must be a port (1-65535) or a range "start-end"',
  ],
  [
    'allow port above 65535',
    'allow:\n  - port: 70000\n    reason: x\n',
    '2:11: "allow.port" must be a port (1-65535) or a range "start-end"',
  ],
  [
    'allow range reversed',
    'allow:\n  - port: 90-80\n    reason: x\n',
    '2:11: "allow.port" must be a port (1-65535) or a range "start-end"',
  ],
  [
    'allow port not a number',
    'allow:\n  - port: http\n    reason: x\n',
    '2:11: "allow.port" must be a port (1-65535) or a range "start-end"',
  ],
  [
    'allow protocol misspelt',
    'allow:\n  - port: 80\n    protocol: tpc\n    reason: x\n',
    '3:15: "allow.protocol" must be one of tcp, udp, sctp, dccp; did you mean "tcp"?',
  ],
  [
    'allow paths not strings',
    'allow:\n  - port: 80\n    paths: [1]\n    reason: x\n',
    '3:13: "allow.paths" entries must be strings',
  ],
  // services.
  [
    'services of the wrong type',
    'services: [api]\n',
    '1:11: "services" must map your service names to IANA service names',
  ],
  [
    'service names not a list',
    'services:\n  api: {http: 1}\n',
    '2:8: "services.api" must be a list of strings',
  ],
  // registry.
  [
    'registry of the wrong type',
    'registry: {port: 7000}\n',
    '1:11: "registry" must be a list of { port, protocol, service } entries',
  ],
  [
    'registry entry not a mapping',
    'registry:\n  - 7000\n',
    '2:5: each "registry" entry must be a mapping { port, protocol, service }',
  ],
  [
    'unknown registry key, with suggestion',
    'registry:\n  - port: 7000\n    servce: billing\n',
    `3:5: unknown registry key "servce"; did you mean "service"? (valid: ${REGISTRY_KEYS})`,
  ],
  [
    'registry port out of range',
    'registry:\n  - port: 70000\n    service: billing\n',
    '2:11: "registry.port" must be a port number 1-65535',
  ],
  [
    'registry entry without port',
    'registry:\n  - service: billing\n',
    '2:5: "registry.port" must be a port number 1-65535',
  ],
  [
    'registry entry without service',
    'registry:\n  - port: 7000\n',
    '2:5: a "registry" entry needs "service"',
  ],
  [
    'registry protocol misspelt',
    'registry:\n  - port: 7000\n    service: billing\n    protocol: udpp\n',
    '4:15: "registry.protocol" must be one of tcp, udp, sctp, dccp; did you mean "udp"?',
  ],
];

describe('config errors: exit 2 and file:line:col: message', () => {
  for (const [what, config, message] of CASES) {
    it(what, async () => {
      const run = await configError(config);
      expect(run).toEqual({ code: 2, stderr: `portlint: .portlint.yml:${message}\n`, stdout: '' });
    });
  }

  it('names the file given with --config, relative to the working directory', async () => {
    const dir = repoWithConfig('fail-on: eror\n', 'ci/portlint.yaml'.replace('/', '-'));
    const run = await cli(['--config', 'ci-portlint.yaml'], dir);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'portlint: ci-portlint.yaml:1:10: "fail-on" must be one of error, warning, notice, never; did you mean "error"?\n',
    });
  });

  it('reads .portlint.yaml too', async () => {
    const run = await cli([], repoWithConfig('alow: []\n', '.portlint.yaml'));
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `portlint: .portlint.yaml:1:1: unknown key "alow"; did you mean "allow"? (valid: ${TOP_KEYS})\n`,
    );
  });

  it('refuses a --config that does not exist or is a folder', async () => {
    const dir = repoWithConfig('rules: {}\n');
    expect(await cli(['--config', 'nope.yml'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'portlint: nope.yml: cannot read the config file (ENOENT)\n',
    });
    fs.mkdirSync(path.join(dir, 'conf.yml'));
    expect(await cli(['--config', 'conf.yml'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'portlint: conf.yml: cannot read the config file (EISDIR)\n',
    });
  });

  it('lists every error of the file at once, in file order, each with file:line:col', async () => {
    const run = await configError(
      [
        'fail-on: eror',
        'rulez: {}',
        'allow:',
        '  - port: 99999',
        '    reason: legacy',
        '  - port: 8080',
        '    protocl: tcp',
        '',
      ].join('\n'),
    );
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        'portlint: .portlint.yml:1:10: "fail-on" must be one of error, warning, notice, never; did you mean "error"?',
        `portlint: .portlint.yml:2:1: unknown key "rulez"; did you mean "rules"? (valid: ${TOP_KEYS})`,
        'portlint: .portlint.yml:4:11: "allow.port" must be a port (1-65535) or a range "start-end"',
        'portlint: .portlint.yml:6:5: an "allow" entry needs a "reason" that says why the port is accepted',
        `portlint: .portlint.yml:7:5: unknown allow key "protocl"; did you mean "protocol"? (valid: ${ALLOW_KEYS})`,
        '',
      ].join('\n'),
    });
  });

  it('goes on after a bad rule, rule option or service to the next one', async () => {
    const run = await configError(
      'rules:\n  invalid-prot: off\n  dynamic-range:\n    severty: warning\n    ranges: 1\nservices:\n  api: {a: 1}\n  web: [7]\n',
    );
    expect(run.stderr.split('\n')).toEqual([
      `portlint: .portlint.yml:2:3: unknown rule "invalid-prot"; did you mean "invalid-port"? (valid: ${RULE_IDS})`,
      'portlint: .portlint.yml:4:5: unknown option of rule dynamic-range "severty"; did you mean "severity"? (valid: severity, ranges)',
      'portlint: .portlint.yml:5:13: "rules.dynamic-range.ranges" must be a list of [start, end] pairs',
      'portlint: .portlint.yml:7:8: "services.api" must be a list of strings',
      'portlint: .portlint.yml:8:9: "services.web" entries must be strings',
      '',
    ]);
  });

  it('lists at most 50 errors, then how many more there are', async () => {
    const entries = Array.from({ length: 53 }, (_, i) => `  - {port: 80, reason: x, colour: c${i}}`);
    const run = await configError(`allow:\n${entries.join('\n')}\n`);
    const lines = run.stderr.trimEnd().split('\n');
    expect([run.code, lines.length, lines[0], lines[49], lines[50]]).toEqual([
      2,
      51,
      `portlint: .portlint.yml:2:27: unknown allow key "colour" (valid: ${ALLOW_KEYS})`,
      `portlint: .portlint.yml:51:27: unknown allow key "colour" (valid: ${ALLOW_KEYS})`,
      'portlint: ... and 3 more',
    ]);
  });

  it('lists every YAML syntax error, and nothing it would guess from a broken file', async () => {
    const run = await configError('rules: {invalid-port: error\nallow: [\n');
    expect(run.stderr.split('\n')).toEqual([
      'portlint: .portlint.yml:2:1: Flow map in block collection must be sufficiently indented and end with a }',
      'portlint: .portlint.yml:3:1: Flow sequence in block collection must be sufficiently indented and end with a ]',
      '',
    ]);
  });

  // Known gaps in src/policy/config.ts (not changed here): a key written with no value (`allow:`) is
  // reported at 1:1 instead of where the key is; an unknown rule id in `allow.rules` at the start of
  // the list instead of the id; lone CR line endings are not line breaks. These tests state the
  // expected results and are marked failing until config.ts is fixed (then drop `.failing`).
  it.failing('points at a key written without a value (`allow:` on line 3), not at 1:1', async () => {
    const run = await configError('fail-on: error\n\nallow:\n');
    expect(run.stderr).toBe(
      'portlint: .portlint.yml:3:1: "allow" must be a list of { port, reason, ... } entries\n',
    );
  });

  it.failing('points at the unknown rule id in an allow entry, not at the start of its list', async () => {
    const run = await configError(
      'allow:\n  - port: 80\n    rules: [invalid-port, reserverd-port]\n    reason: x\n',
    );
    expect(run.stderr).toBe(
      `portlint: .portlint.yml:3:27: unknown rule "reserverd-port"; did you mean "reserved-port"? (valid: ${RULE_IDS})\n`,
    );
  });

  it.failing('reads a config written with lone CR line endings (YAML 1.2 line breaks)', async () => {
    const run = await configError('rules:\r  invalid-prot: off\r');
    expect(run.stderr).toBe(
      `portlint: .portlint.yml:2:3: unknown rule "invalid-prot"; did you mean "invalid-port"? (valid: ${RULE_IDS})\n`,
    );
  });

  it.failing('points at an allow entry whose port has no value, not at 1:1', async () => {
    const run = await configError('allow:\n  - port:\n    reason: x\n');
    expect(run.stderr).toBe(
      'portlint: .portlint.yml:2:5: "allow.port" must be a port (1-65535) or a range "start-end"\n',
    );
  });
});

describe('usage errors: exit 2, the nearest valid option or value', () => {
  const ROOT = path.resolve(import.meta.dirname, '..');
  const USAGE_HINT = 'Run "portlint --help" for usage.\n';
  const USAGE_CASES: Array<[string, string[], string]> = [
    ['unknown long option', ['--formt', 'json'], 'unknown option "--formt"; did you mean "--format"?'],
    [
      'unknown option written with =',
      ['--fial-on=error'],
      'unknown option "--fial-on"; did you mean "--fail-on"?',
    ],
    ['British spelling', ['--no-colour'], 'unknown option "--no-colour"; did you mean "--no-color"?'],
    ['unknown option, nothing near', ['--quantum'], 'unknown option "--quantum"'],
    ['unknown short option', ['-x'], 'unknown option "-x"'],
    ['option without its value', ['--format'], 'option "--format" needs a value'],
    ['option with an empty value', ['--config='], 'option "--config" needs a value'],
    [
      'misspelt --fail-on value',
      ['--fail-on', 'warnings'],
      '--fail-on must be one of error, warning, notice, never, not "warnings"; did you mean "warning"?',
    ],
    [
      'misspelt --format value',
      ['-f', 'sarf'],
      '--format must be one of stylish, compact, json, sarif, github, markdown, gitlab, rdjson, not "sarf"; did you mean "sarif"?',
    ],
  ];
  for (const [what, argv, message] of USAGE_CASES) {
    it(what, async () => {
      const run = await cli(argv, ROOT);
      expect(run).toEqual({ code: 2, stdout: '', stderr: `portlint: ${message}\n${USAGE_HINT}` });
    });
  }
});
