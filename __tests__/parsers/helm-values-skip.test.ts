import fs from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseHelmValues } from '../../src/parsers/helm-values.js';
import {
  withoutPortlessBlocks,
  withoutPortlessEntries,
  withoutPortlessText,
} from '../../src/parsers/helm-values-blank.js';
import type { ParseResult } from '../../src/parsers/types.js';
import { isPortKey, isPortsKey } from '../../src/parsers/helm-values-keys.js';
import { SAYS_PORT } from '../../src/parsers/yaml-blank.js';
import { fixtureAndCorpusFiles } from '../helpers/sample-files.js';

/**
 * Entries of a values file that cannot hold a port are blanked before parsing
 * (src/parsers/helm-values-blank.ts): what is blanked, and the proof that nothing
 * else changes. Asking for comments parses the text as written, which gives the result to compare with.
 */
const blank = (text: string): string => text.replace(/[^\n]/g, ' ');
const parse = (text: string, wantComments = false): ParseResult =>
  parseHelmValues({ path: 'charts/web/values.yaml', text, readSibling: () => undefined, wantComments });

const IMAGE = 'image:\n  repository: nginx\n  tag: "1.27"\n';
const SERVICE = 'service:\n  type: ClusterIP\n  port: 8080\n';
const INGRESS = 'ingress:\n  enabled: true\n  backend:\n    servicePort: 80\n';

describe('withoutPortlessEntries', () => {
  it('blanks entries that never say port and entries the walk skips, keeping every offset', () => {
    const text = `# values\n${IMAGE}${SERVICE}${INGRESS}`;
    expect(withoutPortlessEntries(text)).toBe(`# values\n${blank(IMAGE)}${SERVICE}${blank(INGRESS)}`);
  });

  it('keeps an entry with an anchor a kept entry may alias, an alias that may bring a port, or a backslash', () => {
    const anchored = 'defaults: &defaults\n  tag: "1"\n';
    const aliased = 'copy: *defaults\n';
    const escaped = 'pattern: "\\\\d+"\n';
    const text = `${anchored}${aliased}${escaped}${SERVICE}`;
    expect(withoutPortlessEntries(text)).toBe(text);
  });

  it.each([
    ['a top-level port key (its siblings matter)', `${IMAGE}port: 80\nprotocol: UDP\n`],
    ['a second document', `${IMAGE}---\n${SERVICE}`],
    ['a directive', `%YAML 1.2\n---\n${IMAGE}${SERVICE}`],
    ['a quoted top-level key', `"image":\n  tag: x\n${SERVICE}`],
    ['a flow map', `{image: {tag: x}, service: {port: 80}}\n`],
    ['a merge key at the top', `<<: *base\n${IMAGE}`],
  ])('leaves the text as written with %s', (_name, text) => {
    expect(withoutPortlessEntries(text)).toBe(text);
  });

  it('keeps compact list items and comments at column 0 inside their entry', () => {
    const list = 'tolerations:\n- key: a\n# a note\n- key: b\n';
    expect(withoutPortlessEntries(`${list}${SERVICE}`)).toBe(`${blank(list)}${SERVICE}`);
  });
});

describe('SAYS_PORT', () => {
  it('matches every key the walk reads as a port key or a ports key', () => {
    const key = fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,12}(?:Port|Ports|PortTls|PortHttps?|PortGrpc)?$/);
    fc.assert(
      fc.property(key, (k) => {
        if (isPortKey(k) || isPortsKey(k)) expect(SAYS_PORT.test(k)).toBe(true);
      }),
    );
    expect(
      ['port', 'ports', 'servicePort', 'extraPorts', 'nodePortTls'].every((k) => SAYS_PORT.test(k)),
    ).toBe(true);
    expect(['exporter', 'support', 'portal'].filter((k) => SAYS_PORT.test(k))).toEqual(['support']);
  });
});

describe('withoutPortlessBlocks', () => {
  const CONTROLLER = [
    'controller:',
    '  image:',
    '    repository: nginx',
    '    tag: "1.27"',
    '  # the port the service listens on',
    '  service:',
    '    port: 80',
    '',
  ];
  const lines = (list: string[], blanked: number[]): string =>
    list.map((line, i) => (blanked.includes(i) ? blank(line) : line)).join('\n');

  it('blanks a nested collection that never says port, and not the comment above the next key', () => {
    expect(withoutPortlessBlocks(CONTROLLER.join('\n'))).toBe(lines(CONTROLLER, [1, 2, 3]));
  });

  it('keeps scalar siblings of a port key: they may say what the port is for', () => {
    const text = 'db:\n  host: postgres\n  port: 5432\n';
    expect(withoutPortlessBlocks(text)).toBe(text);
  });

  it('blanks a list written at its key\'s indent, a skipped key that says port, and text that only contains "port"', () => {
    const text = [
      'app:',
      '  tolerations:',
      '  - key: a',
      '  livenessProbe:',
      '    httpGet:',
      '      port: http',
      '  exporter:',
      '    enabled: true',
      '  ports:',
      '  - 8080',
      '',
    ];
    expect(withoutPortlessBlocks(text.join('\n'))).toBe(lines(text, [1, 2, 3, 4, 5, 6, 7]));
  });

  it('keeps a block with an anchor or an alias, and reads a block scalar as text', () => {
    const text = [
      'app:',
      '  base: &base',
      '    a: 1',
      '  copy:',
      '    b: *base',
      '  script: |',
      '    nested:',
      '      c: 1',
      '  port: 80',
      '',
    ].join('\n');
    expect(withoutPortlessBlocks(text)).toBe(text);
  });

  it.each([
    ['a multi-line quoted scalar', 'a:\n  b:\n    c: "one\n    two"\nport: 1\n'],
    ['a tab indent', 'a:\n  b:\n\tc: 1\n'],
    ['an explicit key', 'a:\n  ? b\n  : c\n'],
  ])('leaves the text as written with %s', (_name, text) => {
    expect(withoutPortlessBlocks(text)).toBe(text);
  });

  it('leaves a text with a lone CR line break as written: the line scan would miscount its lines', () => {
    const text = `${IMAGE}\r${CONTROLLER.join('\n')}`;
    expect(withoutPortlessText(text)).toBe(text);
    expect(parse(text).ports.map((p) => [p.line, p.port])).toEqual([[11, 80]]);
  });

  it('blanks both ways in one text', () => {
    const text = `${IMAGE}${CONTROLLER.join('\n')}`;
    expect(withoutPortlessText(text)).toBe(`${blank(IMAGE)}${lines(CONTROLLER, [1, 2, 3])}`);
  });
});

describe('parseHelmValues with blanked entries', () => {
  it('reports the ports of kept entries at their positions as written', () => {
    const text = `${IMAGE}${SERVICE}${INGRESS}`;
    const result = parse(text);
    expect(result.ports.map((p) => [p.line, p.column, p.port, p.context.keyPath])).toEqual([
      [6, 9, 8080, 'service.port'],
    ]);
    expect(parse(text, true).ports).toEqual(result.ports);
  });

  it('does not report a syntax error inside a blanked entry', () => {
    const text = `resources: {limits: [unclosed\n${SERVICE}`;
    expect(parse(text).diagnostics).toEqual([]);
    expect(parse(text).ports.map((p) => p.port)).toEqual([8080]);
    expect(parse(text, true).diagnostics.map((d) => d.ruleId)).toEqual(['parse-error']);
  });
});

function valuesFiles(): string[] {
  return fixtureAndCorpusFiles((name) => /^values.*\.ya?ml$/.test(name));
}

describe('parseHelmValues: blanking changes no port and no finding but a blanked syntax error', () => {
  const files = valuesFiles();

  it('has files to compare', () => {
    expect(files.length).toBeGreaterThan(1);
  });

  it('gives every values file the ports and diagnostics of a parse of the text as written', () => {
    const differences: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const input = { path: file, text, readSibling: () => undefined };
      const blanked = parseHelmValues(input);
      const full = parseHelmValues({ ...input, wantComments: true });
      if (JSON.stringify(blanked.ports) !== JSON.stringify(full.ports)) differences.push(`${file}: ports`);
      if (JSON.stringify(blanked.diagnostics) !== JSON.stringify(full.diagnostics))
        differences.push(`${file}: diagnostics`);
    }
    expect(differences).toEqual([]);
  });
});
