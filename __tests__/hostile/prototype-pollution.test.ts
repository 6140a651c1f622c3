/**
 * Keys taken from scanned files are data. The attack: a fly.toml with a syntax error and a
 * `[__proto__]` table went through the lenient TOML fallback and wrote onto Object.prototype, turning
 * a rule off, changing the pull request number and the SARIF path of the action's own process.
 * And the action's settings must not be read through inherited properties at all.
 */
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { runScan } from '../../src/pipeline/run.js';
import { parseFly } from '../../src/parsers/fly.js';
import { tomlDataFromLocations, locateTomlScalars } from '../../src/parsers/toml-locator.js';
import { parseConfig } from '../../src/policy/config.js';
import { readInputs } from '../../src/action/inputs.js';
import { readContext } from '../../src/action/context.js';
import { parseArgs } from '../../src/cli/args.js';
import { polluteObjectPrototype, prototypeSnapshot, restorePrototypes } from './prototype-guard.js';
import { tempRepos } from '../helpers/temp-repo.js';

const ATTACK_FLY = [
  'app = "demo"',
  'primary_region = = "ams"',
  '[__proto__]',
  '"unassigned-well-known" = "off"',
  'prNumber = 1',
  'sarifFile = "../../pwned.txt"',
  '',
].join('\n');
const HONEST_COMPOSE = 'services:\n  web:\n    image: nginx\n    ports:\n      - "968:968"\n';

const snapshot = prototypeSnapshot();
const repos = tempRepos('portlint-proto-');
const repository = repos.make;
afterEach(() => restorePrototypes(snapshot));
afterAll(repos.removeAll);

/** The port-968 findings of compose.yaml, as [rule, severity, line, column]. */
function findings968(outcome: Awaited<ReturnType<typeof runScan>>): unknown[][] {
  return outcome.result.findings
    .filter((f) => f.file === 'compose.yaml' && f.port === 968)
    .map((f) => [f.ruleId, f.severity, f.line, f.column]);
}

describe('the fly.toml [__proto__] attack', () => {
  it('leaves Object.prototype alone, keeps the 968 error and fails the run', async () => {
    const honest = await runScan({ cwd: repository({ 'compose.yaml': HONEST_COMPOSE }), paths: ['.'] });
    const root = repository({ 'compose.yaml': HONEST_COMPOSE, 'fly.toml': ATTACK_FLY });

    const outcome = await runScan({ cwd: root, paths: ['.'] });

    expect(prototypeSnapshot()).toEqual(snapshot);
    const plain: Record<string, unknown> = {};
    expect([plain['unassigned-well-known'], plain['prNumber'], plain['sarifFile']]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(findings968(outcome)).toEqual([['unassigned-well-known', 'error', 5, 10]]);
    expect(findings968(outcome)).toEqual(findings968(honest));
    expect([outcome.failOn, outcome.failed]).toEqual(['error', true]);
    expect(outcome.result.findings.filter((f) => f.file === 'fly.toml').map((f) => f.ruleId)).toEqual([
      'parse-error',
    ]);
  });

  it('reads the [__proto__] table as an ordinary table of the fallback data', () => {
    const data = tomlDataFromLocations(locateTomlScalars(ATTACK_FLY));

    expect(Object.getPrototypeOf(data)).toBeNull();
    expect(Object.keys(data)).toEqual(['app', 'primary_region', '__proto__']);
    expect(Object.entries(data['__proto__'] as object)).toEqual([
      ['unassigned-well-known', 'off'],
      ['prNumber', 1],
      ['sarifFile', '../../pwned.txt'],
    ]);
    expect(prototypeSnapshot()).toEqual(snapshot);
  });

  it('still reads the ports of a broken fly.toml whose tables are named like Object.prototype members', () => {
    const text = '[constructor]\nx = = 1\n[http_service]\ninternal_port = 8080\n[toString]\nport = 1\n';
    const result = parseFly({ path: 'fly.toml', text, readSibling: () => undefined });

    expect(result.ports.map((p) => [p.line, p.column, p.port, p.role])).toEqual([[4, 17, 8080, 'container']]);
    expect(prototypeSnapshot()).toEqual(snapshot);
  });
});

describe('the action settings ignore inherited properties', () => {
  const POLLUTION = {
    prNumber: 7,
    sarifFile: '../../pwned.sarif',
    failOn: 'never',
    fromReport: '../../report.json',
    configPath: '../../evil.yml',
    'unassigned-well-known': 'off',
    GITHUB_EVENT_NAME: 'pull_request',
    RUNNER_TEMP: '/tmp/evil',
    pull_request: { number: 7 },
    config: 'evil.yml',
    changedSince: 'HEAD~1',
  };

  it('readInputs has only the inputs that were given', () => {
    polluteObjectPrototype(POLLUTION);
    const inputs = readInputs((name) => (name === 'github-token' ? 't' : ''));

    expect([inputs.prNumber, inputs.sarifFile, inputs.failOn, inputs.fromReport, inputs.configPath]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(inputs.scope).toBe('all');
  });

  it('readContext reads the environment and the event payload by own properties only', () => {
    polluteObjectPrototype(POLLUTION);
    const context = readContext({ GITHUB_WORKSPACE: '/w' }, {});

    expect([context.eventName, context.pullRequest, context.runnerTemp, context.workspace]).toEqual([
      '',
      undefined,
      undefined,
      '/w',
    ]);
  });

  it('readContext takes a pull request number from the payload, not from Object.prototype', () => {
    const payload = JSON.parse('{"pull_request": {"head": {}}}') as unknown;
    polluteObjectPrototype({ number: 7 });
    const context = readContext({ GITHUB_EVENT_NAME: 'pull_request' }, payload);

    expect(context.pullRequest).toBeUndefined();
  });

  it('the config and the rule severities have no inherited entries', () => {
    polluteObjectPrototype(POLLUTION);
    const config = parseConfig('rules:\n  dynamic-range: warning\n', '.portlint.yml');

    expect([config.failOn, config.ruleSeverities['unassigned-well-known']]).toEqual([undefined, undefined]);
    expect(config.ruleSeverities['dynamic-range']).toBe('warning');
  });

  it('runScan uses fail-on and the rules of the request and config, not inherited ones', async () => {
    const root = repository({ 'compose.yaml': HONEST_COMPOSE });
    polluteObjectPrototype(POLLUTION);
    const outcome = await runScan({ cwd: root, paths: ['.'] });
    restorePrototypes(snapshot);

    expect(findings968(outcome)).toEqual([['unassigned-well-known', 'error', 5, 10]]);
    expect([outcome.failOn, outcome.failed, outcome.config.file]).toEqual(['error', true, undefined]);
  });

  it('parseArgs has only the flags that were given', () => {
    polluteObjectPrototype(POLLUTION);
    const args = parseArgs(['.']);

    expect([args.config, args.changedSince]).toEqual([undefined, undefined]);
  });
});
