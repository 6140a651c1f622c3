import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parseHelmValues, withoutPortlessEntries } from '../../src/parsers/helm-values.js';
import type { ParseResult } from '../../src/parsers/types.js';

/**
 * Top-level entries of a values file that cannot hold a port are blanked before parsing
 * (src/parsers/helm-values.ts withoutPortlessEntries): what is blanked, and the proof that nothing
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

  it('keeps an entry with an anchor a kept entry may alias, or a backslash', () => {
    const anchored = 'defaults: &defaults\n  tag: "1"\n';
    const escaped = 'pattern: "\\\\d+"\n';
    const text = `${anchored}${escaped}${SERVICE}`;
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

/** Every values file of the fixtures, and of the corpus when ../shared/corpus is present (CI has it). */
function valuesFiles(): string[] {
  const roots = [
    path.resolve(import.meta.dirname, '..', 'fixtures'),
    path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus'),
  ];
  const found: string[] = [];
  for (const root of roots.filter((r) => fs.existsSync(r))) {
    for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && /^values.*\.ya?ml$/.test(entry.name))
        found.push(path.join(entry.parentPath, entry.name));
    }
  }
  return found;
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
