/**
 * One test per robustness bug the property tests and hostile inputs found in the parsers, each with
 * the smallest input that showed it. Every test failed before its fix.
 */
import { describe, expect, it } from '@jest/globals';
import { parseText, withMessages } from '../helpers/parse.js';
import type { Parser } from '../../src/parsers/types.js';
import { parseCompose } from '../../src/parsers/compose.js';
import { parseKubernetes } from '../../src/parsers/kubernetes.js';
import { parseHelmValues } from '../../src/parsers/helm-values.js';
import { parseWorkflow } from '../../src/parsers/workflow.js';
import { parseDockerfile } from '../../src/parsers/dockerfile.js';
import { parseDevcontainer } from '../../src/parsers/devcontainer.js';
import { parseSpring } from '../../src/parsers/spring.js';
import { parseTerraform } from '../../src/parsers/terraform.js';
import { parseProcfile } from '../../src/parsers/procfile.js';
import { parseFly } from '../../src/parsers/fly.js';
import { diagnosticMessage } from '../../src/rules/messages.js';
import { parseHcl } from '../../src/parsers/hcl.js';

/** [line, column, port, raw] of every port. */
function at(parser: Parser, path: string, text: string): Array<[number, number, number | null, string]> {
  return parseText(parser, path, text).ports.map((p) => [p.line, p.column, p.port, p.raw]);
}

function diagnostics(parser: Parser, path: string, text: string): Array<[string, number, number, string]> {
  return parseText(parser, path, text).diagnostics.map((d) => [
    d.ruleId,
    d.line,
    d.column,
    diagnosticMessage(d),
  ]);
}

function timedMs(fn: () => unknown): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

describe('YAML (yaml-source.ts)', () => {
  it('honours merge keys: yaml 2.9 gives `<<` the value Symbol(<<), so they were skipped and ports lost', () => {
    const text = 'x-web: &web\n  ports: ["8080:80"]\nservices:\n  a:\n    <<: *web\n    image: nginx\n';
    expect(at(parseCompose, 'compose.yaml', text)).toEqual([
      [2, 12, 8080, '8080'],
      [2, 17, 80, '80'],
    ]);
    const k8s =
      'apiVersion: v1\nkind: Service\nx: &spec\n  ports: [{port: 80}]\nmetadata: {name: s}\nspec:\n  <<: *spec\n';
    expect(at(parseKubernetes, 'k.yaml', k8s)).toEqual([[4, 18, 80, '80']]);
  });

  it('expands each merged map once: a merge bomb (9 sources a level, 8 levels) stays fast, own keys win', () => {
    const lines = ['m0: &m0 {image: x, ports: ["1:1"]}'];
    for (let i = 1; i <= 8; i++)
      lines.push(
        `m${i}: &m${i} {<<: [${Array(9)
          .fill(`*m${i - 1}`)
          .join(', ')}]}`,
      );
    lines.push('services:\n  web: *m8\n  own:\n    <<: *m8\n    ports: ["2:2"]');
    let ports: Array<[number, number, number | null, string]> = [];
    expect(timedMs(() => (ports = at(parseCompose, 'compose.yaml', lines.join('\n'))))).toBeLessThan(2000);
    expect(ports).toEqual([
      [1, 29, 1, '1'],
      [1, 31, 1, '1'],
      [14, 14, 2, '2'],
      [14, 16, 2, '2'],
    ]);
  });

  it('does not loop on a map that merges itself', () => {
    const text = 'services:\n  web: &w\n    <<: *w\n    ports: ["80:80"]\n';
    expect(at(parseCompose, 'compose.yaml', text)).toEqual([
      [4, 14, 80, '80'],
      [4, 17, 80, '80'],
    ]);
  });

  it('resolves aliases in linear time (Alias.resolve walked the whole document per alias)', () => {
    const services = Array.from({ length: 4000 }, (_, i) => `  s${i}:\n    <<: *common\n    ports: *p`).join(
      '\n',
    );
    const text = `x-common: &common {image: nginx}\nx-ports: &p ["80"]\nservices:\n${services}\n`;
    let count = 0;
    expect(timedMs(() => (count = parseText(parseCompose, 'compose.yaml', text).ports.length))).toBeLessThan(
      3000,
    );
    expect(count).toBe(4000);
  });

  it('reads lone CR line endings as line breaks, as YAML 1.2 and go-yaml do', () => {
    const text = 'services:\r  web:\r    ports:\r      - "8080:80"\r';
    expect(at(parseCompose, 'compose.yaml', text)).toEqual([
      [4, 10, 8080, '8080'],
      [4, 15, 80, '80'],
    ]);
  });

  it('counts lines from the text: positions after a broken document are not shifted', () => {
    // The yaml parser's own line counter misses the line breaks it skips while recovering from `}}`.
    const text =
      'a:\n  b:\n}}  - c\n  d\n  e\n---\napiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - ports:\n        - containerPort: 80\n';
    expect(at(parseKubernetes, 'k.yaml', text)).toEqual([[12, 26, 80, '80']]);
  });

  it('reports a billion-laughs document as go-yaml refuses it, at the alias that expands the most', () => {
    const lines = ['a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1]'];
    for (const [name, previous] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
      ['f', 'e'],
      ['g', 'f'],
    ]) {
      lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    lines.push('port: *g');
    expect(diagnostics(parseHelmValues, 'values.yaml', lines.join('\n'))).toEqual([
      [
        'parse-error',
        8,
        7,
        'YAML: document contains excessive aliasing: its aliases expand 80 nodes to 12704760; Compose, kubectl and Helm refuse it',
      ],
    ]);
  });

  it('says a document is nested too deeply instead of "Maximum call stack size exceeded"', () => {
    const found = diagnostics(
      parseCompose,
      'compose.yaml',
      `services: ${'['.repeat(20000)}${']'.repeat(20000)}`,
    );
    expect(found.map(([rule, , , message]) => [rule, message])).toEqual([
      ['parse-error', 'YAML: the document is nested too deeply to read'],
    ]);
  });

  it('points into a scalar folded over several lines (it pointed at the scalar start)', () => {
    const text =
      'jobs:\n  t:\n    services:\n      s:\n        ports:\n          - "127.0.0.1:\n            8080:80"\n';
    // The value is "127.0.0.1: 8080:80": the host part starts with the folded line break (no single
    // character of the text), so it keeps the opening quote; the container number is found after the fold.
    expect(at(parseWorkflow, '.github/workflows/ci.yml', text)).toEqual([
      [6, 13, 8080, ' 8080'],
      [7, 18, 80, '80'],
    ]);
  });
});

describe('Compose (compose.ts)', () => {
  it('refuses an unknown long-syntax protocol as the short syntax does, instead of reporting it as the protocol', () => {
    const text = 'services:\n  web:\n    ports:\n      - target: 80\n        protocol: UEXPOSE DP\n';
    const result = parseText(parseCompose, 'compose.yaml', text);
    expect(result.ports.map((p) => [p.line, p.column, p.port, p.protocol])).toEqual([[4, 17, 80, 'tcp']]);
    expect(withMessages(result.diagnostics)).toEqual([
      {
        ruleId: 'invalid-port',
        line: 5,
        column: 19,
        message: 'unknown protocol "UEXPOSE DP" (Compose accepts tcp, udp, sctp)',
      },
    ]);
  });
});

describe('Helm values (helm-values.ts)', () => {
  it('walks a merge key as a merge, not as a key named "Symbol(<<)"', () => {
    const text = 'base: &b\n  port: 80\nweb:\n  <<: *b\n  metricsPort: 9090\n';
    expect(parseText(parseHelmValues, 'values.yaml', text).ports.map((p) => p.context.keyPath)).toEqual([
      'base.port',
      'web.metricsPort',
    ]);
  });
});

describe('Dockerfile (dockerfile.ts)', () => {
  it('skips comment lines inside a continuation when lines end with a lone CR', () => {
    const text = 'FROM node:20\rEXPOSE 80 \\\r# a comment line inside the instruction\r 1\r';
    expect(at(parseDockerfile, 'Dockerfile', text)).toEqual([
      [2, 8, 80, '80'],
      [4, 2, 1, '1'],
    ]);
    expect(diagnostics(parseDockerfile, 'Dockerfile', text)).toEqual([]);
  });

  it('points at the container number of a quoted "host:container" word', () => {
    expect(at(parseDockerfile, 'Dockerfile', 'FROM x\nEXPOSE "8080:80"\n')).toEqual([
      [2, 14, 80, '"8080:80"'],
    ]);
  });
});

describe('devcontainer.json (devcontainer.ts)', () => {
  it('points inside an unterminated string', () => {
    const text = '{"appPort": ["5353:53/udp", "5353:>-\n3/udp"]}';
    expect(at(parseDevcontainer, '.devcontainer.json', text)[0]).toEqual([1, 15, 5353, '5353']);
    expect(at(parseDevcontainer, '.devcontainer.json', text)[2]).toEqual([1, 30, 5353, '5353']);
  });

  it('points at the opening quote of a string with escapes, for every port in it', () => {
    // The value is "127.0.0.1:8080:80"; index arithmetic on the written text pointed at ".1:8080".
    const text = '{"appPort": ["\\u0031\\u00327.0.0.1:8080:80"]}';
    expect(at(parseDevcontainer, '.devcontainer.json', text)).toEqual([
      [1, 14, 8080, '8080'],
      [1, 14, 80, '80'],
    ]);
  });

  it('locates a document nested too deeply to read', () => {
    expect(
      diagnostics(parseDevcontainer, '.devcontainer.json', `{"a": ${'['.repeat(100_000)}`),
    ).toContainEqual(['parse-error', 1, 1006, 'JSON: the document is nested too deeply to read']);
  });
});

describe('Spring (spring.ts)', () => {
  it('points at the escaped character, not the backslash, of a .properties value', () => {
    expect(at(parseSpring, 'application.properties', 'server.port=\\8080\n')).toEqual([
      [1, 14, 8080, '8080'],
    ]);
  });

  it('points past leading blanks the YAML value keeps (a no-break space, a quoted space)', () => {
    expect(at(parseSpring, 'application.yml', 'server:\n  port: \u00a08080\n')).toEqual([
      [2, 10, 8080, '8080'],
    ]);
    expect(at(parseSpring, 'application.yml', 'server:\n  port: " 8080"\n')).toEqual([[2, 11, 8080, '8080']]);
  });
});

describe('Terraform (terraform.ts, hcl.ts)', () => {
  it('declares no port for an attribute with no value (a parse-error already says so)', () => {
    const text =
      'resource "docker_container" "web" {\n  ports {\n    internal =\n    external = 8080\n  }\n}\n';
    expect(at(parseTerraform, 'main.tf', text)).toEqual([[4, 16, 8080, '8080']]);
    expect(diagnostics(parseTerraform, 'main.tf', text)).toEqual([
      ['parse-error', 3, 15, 'HCL: Missing attribute value'],
    ]);
  });

  it('reads objects nested 300,000 deep in linear time (each level copied the tokens: out of heap at 6 MB)', () => {
    // Before: 64 copies of the token list, 16 s here and a heap exhausted at a million levels.
    const depth = 300_000;
    const text = `a = ${'{a = '.repeat(depth)}1${'}'.repeat(depth)}\n`;
    // Lists are now read element by element (about 1.1 s here); 16 s before the fix.
    expect(timedMs(() => parseHcl(text))).toBeLessThan(8000);
  });

  it('still reads the objects that labels and selectors are written in', () => {
    const object = parseHcl('labels = {\n  app = "web"\n  tier = {\n    x = 1\n  }\n}\n').body.attributes.get(
      'labels',
    )!.value;
    expect(object.kind).toBe('object');
    expect(object.kind === 'object' && [...object.entries.keys()]).toEqual(['app', 'tier']);
  });
});

describe('Procfile (procfile.ts)', () => {
  it('keeps offsets exact after a character outside the BMP (an emoji is two UTF-16 units)', () => {
    expect(at(parseProcfile, 'Procfile', 'web: echo \u{1f680} && node server.js --port 5000\n')).toEqual([
      [1, 39, 5000, '5000'],
    ]);
  });
});

describe('fly.toml (fly.ts)', () => {
  it('reports a table or an array where a port must be, instead of throwing (String() of a TOML table)', () => {
    const text =
      '[http_service]\ninternal_port = { a = 1 }\n[[services]]\ninternal_port = [8080]\nports = [{ port = { x = 1 } }]\n';
    expect(diagnostics(parseFly, 'fly.toml', text)).toEqual([
      ['invalid-port', 2, 23, 'internal_port is a table, not a port number'],
      ['invalid-port', 4, 18, 'internal_port is an array, not a port number'],
      ['invalid-port', 5, 25, 'port is a table, not a port number'],
    ]);
  });

  it('puts a TOML error inside the line when smol-toml points at the LF of a CRLF', () => {
    const text = 'app = "a"\r\n[[services]]\r\n  ports = [\r\n<<: { port = 80 }]\r\n';
    expect(diagnostics(parseFly, 'fly.toml', text)).toEqual([['parse-error', 3, 12, 'TOML: invalid value']]);
  });
});
