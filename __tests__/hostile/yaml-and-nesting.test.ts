/**
 * Alias bombs and documents nested 10,000 deep, in every syntax that can nest: each ends in one
 * parse-error at a location, in bounded time, and the good file beside it is still scanned.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import {
  expectGoodFileScanned,
  findingsOf,
  hostileRepo,
  portsOf,
  removeHostileRepos,
  scanRepo,
  timed,
} from './support.js';

afterAll(removeHostileRepos);

/** Billion laughs: nine aliases per level, nine levels, 9^9 (387 million) nodes once expanded. */
function aliasBomb(prefix: string): string {
  const lines = [
    `${prefix}a: &a ["80:80", "80:80", "80:80", "80:80", "80:80", "80:80", "80:80", "80:80", "80:80"]`,
  ];
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i++) {
    const previous = `*${names[i - 1]}`;
    lines.push(`${prefix}${names[i]}: &${names[i]} [${Array(9).fill(previous).join(', ')}]`);
  }
  return lines.join('\n') + '\n';
}

/** `written` is the count of nodes as written (keys, values, items, aliases): 9 x 11 for the bomb, plus the rest. */
const bombMessage = (written: number): string =>
  `YAML: document contains excessive aliasing: its aliases expand ${written} nodes to over a billion; Compose, kubectl and Helm refuse it`;

describe('YAML alias bombs (billion laughs)', () => {
  // [file, text, what uses the bomb, position of the alias that expands the most, nodes as written]
  const cases: Array<[string, string, string, [number, number], number]> = [
    [
      'compose.yaml',
      aliasBomb('x-') + 'services:\n  web:\n    image: nginx\n    ports: *i\n',
      'ports',
      [13, 12],
      108,
    ],
    [
      'k8s/service.yaml',
      aliasBomb('x-') + 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports: *i\n',
      'Service ports',
      [14, 10],
      112,
    ],
    ['charts/web/values.yaml', aliasBomb('') + 'service:\n  ports: *i\n', 'Helm values', [11, 10], 104],
    [
      '.github/workflows/ci.yml',
      aliasBomb('x-') + 'jobs:\n  a:\n    services:\n      s:\n        ports: *i\n',
      'workflow service',
      [14, 16],
      110,
    ],
    ['src/main/resources/application.yml', aliasBomb('x-') + 'server: *i\n', 'Spring', [10, 9], 102],
  ];
  for (const [file, text, what, [line, column], written] of cases) {
    it(`${what}: a parse-error at the alias that expands the most, in bounded time`, () => {
      const root = hostileRepo({
        [file]: text,
        'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n',
      });
      const { value: result, ms } = timed(() => scanRepo(root));
      expect(findingsOf(result, file).filter(([rule]) => rule === 'parse-error')).toEqual([
        ['parse-error', line, column, bombMessage(written)],
      ]);
      expect(ms).toBeLessThan(5000);
      expectGoodFileScanned(result);
    });
  }

  it('leaves a document that merely reuses anchors alone', () => {
    const text =
      'x-common: &common\n  image: nginx\n  restart: always\nservices:\n' +
      Array.from({ length: 50 }, (_, i) => `  s${i}:\n    <<: *common\n    ports: ["${8000 + i}:80"]\n`).join(
        '',
      );
    const root = hostileRepo({ 'compose.yaml': text });
    const result = scanRepo(root);
    expect(findingsOf(result, 'compose.yaml').filter(([rule]) => rule === 'parse-error')).toEqual([]);
    expect(portsOf(result, 'compose.yaml')).toHaveLength(100);
  });
});

describe('documents nested 10,000 deep', () => {
  const DEPTH = 10_000;
  const flow = (open: string, close: string, inner = ''): string =>
    open.repeat(DEPTH) + inner + close.repeat(DEPTH);
  const cases: Array<[string, string, string]> = [
    [
      'compose.yaml',
      `services:\n  web:\n    ports: ${flow('[', ']')}\n`,
      'YAML: the document is nested too deeply to read',
    ],
    [
      'k8s/pod.yaml',
      // A `ports` key: a Pod without one is not parsed at all (kubernetes-skip.test.ts).
      `apiVersion: v1\nkind: Pod\nspec: ${flow('{ports: ', '}', '1')}\n`,
      // Over 64 KB: the depth check finds it before the parser is tried.
      'YAML: the document is nested too deeply to read (more than 500 levels)',
    ],
    [
      '.devcontainer/devcontainer.json',
      `{"forwardPorts": ${flow('[', ']')}}`,
      'JSON: the document is nested too deeply to read',
    ],
    [
      'fly.toml',
      `app = "a"\nx = ${flow('[', ']')}\n`,
      'TOML: document contains excessively nested structures. aborting.',
    ],
    [
      'infra/main.tf',
      `locals {\n  x = 1\n}\n${'a {\n'.repeat(DEPTH)}${'}\n'.repeat(DEPTH)}`,
      'HCL: Blocks nested too deeply',
    ],
    [
      'nginx/nginx.conf',
      `${'a {'.repeat(DEPTH)}${'}'.repeat(DEPTH)}`,
      'nginx: blocks nested more than 100 deep',
    ],
  ];
  for (const [file, text, message] of cases) {
    it(`${file}: "${message}" at a location inside the file`, () => {
      const root = hostileRepo({ [file]: text });
      const { value: result, ms } = timed(() => scanRepo(root));
      const errors = findingsOf(result, file).filter(([rule]) => rule === 'parse-error');
      expect(errors.map(([rule, , , m]) => [rule, m])).toContainEqual(['parse-error', message]);
      const lines = text.split('\n');
      for (const [, line, column] of errors) {
        expect(line).toBeGreaterThanOrEqual(1);
        expect(column).toBeLessThanOrEqual(lines[line - 1]!.length + 1);
      }
      expect(ms).toBeLessThan(10_000);
      expectGoodFileScanned(result);
    });
  }

  it('names the exact place where nginx, HCL, TOML and JSON give up', () => {
    const root = hostileRepo({
      'nginx/nginx.conf': `${'a {'.repeat(DEPTH)}${'}'.repeat(DEPTH)}`,
      'infra/main.tf': `${'a {\n'.repeat(DEPTH)}${'}\n'.repeat(DEPTH)}`,
      'fly.toml': `x = ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`,
      '.devcontainer/devcontainer.json': `{"forwardPorts": ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}}`,
    });
    const result = scanRepo(root);
    const at = (file: string, message: string) =>
      findingsOf(result, file)
        .filter(([rule, , , m]) => rule === 'parse-error' && m === message)
        .map(([, line, column]) => [line, column]);
    // nginx: the 101st `{` (3 characters a block); HCL: the 65th block's `{` (line 65, `a {`).
    expect(at('nginx/nginx.conf', 'nginx: blocks nested more than 100 deep')).toEqual([[1, 303]]);
    expect(at('infra/main.tf', 'HCL: Blocks nested too deeply')).toEqual([[65, 3]]);
    // smol-toml's depth limit (1000 arrays, after `x = `); JSON: level 1001 (the object's `{` is the first).
    expect(at('fly.toml', 'TOML: document contains excessively nested structures. aborting.')).toEqual([
      [1, 1005],
    ]);
    expect(at('.devcontainer/devcontainer.json', 'JSON: the document is nested too deeply to read')).toEqual([
      [1, 1017],
    ]);
  });
});
