/**
 * Keys are data in every format portlint reads. Files whose keys, tables, labels, variable and file
 * names are `__proto__`, `constructor`, `prototype`, `toString`, `hasOwnProperty` or `valueOf` go
 * through the real pipeline (config, discovery, parsers, linking, rules, policy), and:
 * (a) no built-in prototype gains or loses a property;
 * (b) the findings of an honest Compose file beside them are those it has alone;
 * (c) they behave exactly like the same files with ordinary names of the same lengths: same ports,
 *     same findings (a label named `constructor` still selects, a variable named `__proto__` resolves).
 * The JSON report read by `from-report` is fed the same names.
 */
import fc from 'fast-check';
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { runScan } from '../../src/pipeline/run.js';
import { parseReport, actionJsonReport } from '../../src/action/from-report.js';
import { ConfigError } from '../../src/errors.js';
import { parseConfig } from '../../src/policy/config.js';
import type { ScanResult } from '../../src/types.js';
import { fuzzParameters, PROPERTY_TIMEOUT } from './support/fuzz.js';
import {
  HONEST_TWIN,
  HOSTILE_KEYS,
  TEMPLATES,
  type Names,
  type Template,
} from './generators/prototype-keys.js';
import { prototypeSnapshot, restorePrototypes } from '../hostile/prototype-guard.js';
import { tempRepos } from '../helpers/temp-repo.js';

const HONEST_FILE = 'compose.yaml';
// Not an HTTP server: its suggestion (a free registered port) stays clear of the templates' port 80.
const HONEST_TEXT = 'services:\n  legacy:\n    image: example/legacy\n    ports:\n      - "968:968"\n';

const snapshot = prototypeSnapshot();
const repos = tempRepos('portlint-proto-keys-', { [HONEST_FILE]: HONEST_TEXT });
const repository = repos.make;
afterEach(() => restorePrototypes(snapshot));
afterAll(repos.removeAll);

interface Outcome {
  ports: unknown[];
  findings: unknown[];
  failOn?: string;
  failed?: boolean;
  configError?: string;
}

/** A scan's outcome without names: ports and findings by position, or the config error. */
async function outcomeOf(
  files: Record<string, string>,
  rename: (text: string) => string = (t) => t,
): Promise<Outcome> {
  try {
    const { result, failOn, failed } = await runScan({
      cwd: repository(files),
      paths: ['.'],
      today: '2026-08-17',
    });
    return { ports: portTuples(result, rename), findings: findingTuples(result, rename), failOn, failed };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return { ports: [], findings: [], configError: rename(error.message) };
  }
}

function portTuples(result: ScanResult, rename: (text: string) => string): unknown[] {
  return result.ports.map((p) => [
    rename(p.file),
    p.line,
    p.column,
    p.port,
    p.endPort,
    p.protocol,
    p.role,
    p.kind,
  ]);
}

function findingTuples(result: ScanResult, rename: (text: string) => string): unknown[] {
  return result.findings.map((f) => [
    f.ruleId,
    f.severity,
    rename(f.file),
    f.line,
    f.column,
    f.port,
    f.suggestion,
  ]);
}

/** Replaces the honest twins by the hostile names they stand for. */
function renamer(hostile: Names, honest: Names): (text: string) => string {
  return (text) => text.split(honest.a).join(hostile.a).split(honest.b).join(hostile.b);
}

const twin = (names: Names): Names => ({ a: HONEST_TWIN.get(names.a)!, b: HONEST_TWIN.get(names.b)! });

let alone: Outcome | undefined;
async function honestFileAlone() {
  alone ??= await outcomeOf({});
  return alone;
}

async function check(template: Template, names: Names, port: number, port2: number): Promise<void> {
  const hostile = await outcomeOf(template(names, port, port2));
  // (a)
  expect(prototypeSnapshot()).toEqual(snapshot);
  expect(({} as Record<string, unknown>)['prNumber']).toBeUndefined();
  // (b)
  const base = await honestFileAlone();
  const ofHonestFile = (tuples: unknown[]) => tuples.filter((t) => (t as unknown[])[2] === HONEST_FILE);
  expect(hostile.configError).toBeUndefined();
  expect(ofHonestFile(hostile.findings)).toEqual(ofHonestFile(base.findings));
  // (c)
  const honestNames = twin(names);
  const honest = await outcomeOf(template(honestNames, port, port2), renamer(names, honestNames));
  expect(hostile).toEqual(honest);
}

const names = fc.record({ a: fc.constantFrom(...HOSTILE_KEYS), b: fc.constantFrom(...HOSTILE_KEYS) });
/** In the dynamic range: never a suggestion for the honest file's port, never a clash with it. */
const port = fc.integer({ min: 49_200, max: 65_000 });

describe('keys named like Object.prototype members are data in every format', () => {
  for (const [format, template] of TEMPLATES) {
    it(
      `${format}: every name, and random pairs`,
      async () => {
        // Every name in both places at least once, then random pairs and ports.
        for (let i = 0; i < HOSTILE_KEYS.length; i++) {
          const pair = { a: HOSTILE_KEYS[i]!, b: HOSTILE_KEYS[(i + 1) % HOSTILE_KEYS.length]! };
          await check(template, pair, 50_000 + i, 51_000 + i);
        }
        await fc.assert(
          fc.asyncProperty(names, port, port, (pair, p, q) => check(template, pair, p, q)),
          fuzzParameters(4, 20),
        );
      },
      PROPERTY_TIMEOUT,
    );
  }

  it('hostile names resolve and select as the honest ones do', async () => {
    // Spot checks that (c) compares something: the labels select, the variables resolve.
    const files = TEMPLATES.find(([format]) => format === 'Kubernetes')![1](
      { a: '__proto__', b: 'constructor' },
      50_001,
      50_002,
    );
    const { result } = await runScan({ cwd: repository(files), paths: ['.'], today: '2026-08-17' });
    const targets = result.ports.filter((p) => p.role === 'target').map((p) => [p.line, p.port, p.portRef]);
    expect(targets).toEqual([
      [10, 50_002, undefined],
      [19, null, 'http'],
    ]);
    const compose = TEMPLATES[0]![1]({ a: 'constructor', b: '__proto__' }, 50_003, 50_004);
    const composed = await runScan({ cwd: repository(compose), paths: ['.'], today: '2026-08-17' });
    const hostPorts = composed.result.ports.filter(
      (p) => p.file === 'hostile/compose.yaml' && p.role === 'host',
    );
    expect(hostPorts.map((p) => p.port)).toEqual([50_003, 50_004]);
  });

  it('.portlint.yml: rule ids named like Object.prototype members are unknown rules', () => {
    for (const key of HOSTILE_KEYS) {
      expect(() => parseConfig(`rules:\n  ${key}: off\n`, '.portlint.yml')).toThrow(
        new RegExp(`^\\.portlint\\.yml:2:3: unknown rule "${key}"`),
      );
      expect(() => parseConfig(`${key}: 1\n`, '.portlint.yml')).toThrow(
        new RegExp(`^\\.portlint\\.yml:1:1: unknown key "${key}"`),
      );
    }
    const config = parseConfig('services:\n  __proto__: [http]\n  constructor: [ssh]\n', '.portlint.yml');
    expect(Object.getPrototypeOf(config.services)).toBeNull();
    expect(Object.entries(config.services)).toEqual([
      ['__proto__', ['http']],
      ['constructor', ['ssh']],
    ]);
    expect(prototypeSnapshot()).toEqual(snapshot);
  });
});

describe('the JSON report read by from-report, with keys named like Object.prototype members', () => {
  it(
    'reads the same pull request, findings and summary as without them',
    async () => {
      const { result } = await runScan({ cwd: repository({}), paths: ['.'], today: '2026-08-17' });
      const honest = actionJsonReport(result, '0.1.0', { pullRequest: 7 });
      const honestText = JSON.stringify(honest);
      const expected = parseReport(honestText, 'report.json');
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...HOSTILE_KEYS), fc.constantFrom(...HOSTILE_KEYS), async (a, b) => {
          const report = JSON.parse(honestText) as Record<string, unknown>;
          const hostile = { pullRequest: 1, suggestion: 1, schema: 2, repository: 'evil/repo' };
          addOwn(report, a, hostile);
          addOwn(report['github'] as object, b, hostile);
          for (const list of ['findings', 'ports', 'files'])
            for (const entry of report[list] as object[]) addOwn(entry, a, hostile);
          const loaded = parseReport(JSON.stringify(report), 'report.json');

          expect(prototypeSnapshot()).toEqual(snapshot);
          expect(loaded.github).toEqual(expected.github);
          expect(loaded.result.summary).toEqual(expected.result.summary);
          expect(loaded.result.findings.map((f) => [f.ruleId, f.file, f.line, f.suggestion])).toEqual(
            expected.result.findings.map((f) => [f.ruleId, f.file, f.line, f.suggestion]),
          );
        }),
        fuzzParameters(12, 10),
      );
    },
    PROPERTY_TIMEOUT,
  );
});

/** An own enumerable property, even for `__proto__` (as JSON.parse makes them). */
function addOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
