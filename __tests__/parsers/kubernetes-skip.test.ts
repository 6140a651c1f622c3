import fs from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { mayDeclarePorts, parseKubernetes } from '../../src/parsers/kubernetes.js';
import type { ParseResult } from '../../src/parsers/types.js';
import { contextTuples, parseText } from '../helpers/parse.js';
import { fixtureAndCorpusFiles } from '../helpers/sample-files.js';

/**
 * Documents that cannot declare a port are not parsed (src/parsers/kubernetes.ts mayDeclarePorts):
 * what that changes, and the proof that it changes nothing else. Asking for comments parses every
 * document, which gives the result to compare with.
 */
const parse = (text: string): ParseResult => parseText(parseKubernetes, 'k8s/stack.yaml', text);
const parseEveryDocument = (text: string, file = 'k8s/stack.yaml'): ParseResult =>
  parseKubernetes({ path: file, text, readSibling: () => undefined, wantComments: true });

const CONFIG_MAP = [
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata:',
  '  name: settings',
  'data:',
  '  PORT: "968"',
  '  broken: [unclosed',
].join('\n');

const DEPLOYMENT = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: web',
  'spec:',
  '  template:',
  '    spec:',
  '      containers:',
  '        - name: app',
  '          image: nginx:1.27',
  '          ports:',
  '            - containerPort: 8080',
].join('\n');

describe('mayDeclarePorts', () => {
  it.each([
    ['a Deployment with ports', DEPLOYMENT, true],
    ['a Service with ports', 'kind: Service\nspec:\n  ports:\n    - port: 80\n', true],
    ['a List with ports', 'kind: List\nitems:\n  - kind: Pod\n    spec: {ports: []}\n', true],
    ['any *List kind', 'kind: DeploymentList\nitems: [] # ports\n', true],
    ['a quoted kind', 'kind: "Deployment"\nports: x\n', true],
    ['a ConfigMap', `${CONFIG_MAP}\n# ports\n`, false],
    ['a CRD that mentions ports', 'kind: CustomResourceDefinition\nspec:\n  ports: {}\n', false],
    ['a Deployment without a ports key', DEPLOYMENT.replace('ports:', 'volumes:'), false],
    ['a backslash that may spell the key', 'kind: Pod\nspec: {"p\\x6frts": []}\n', true],
    ['no kind line', 'metadata:\n  ports: []\n', true],
    ['two kind lines', 'kind: ConfigMap\nkind: Pod\nports: []\n', true],
    ['a kind on the next line', 'kind:\n  ConfigMap\nports: []\n', true],
    ['a tagged kind', 'kind: !!str ConfigMap\nports: []\n', true],
    ['an indented kind only', '  kind: ConfigMap\n  ports: []\n', true],
    ['a CRLF ConfigMap', 'kind: ConfigMap\r\ndata:\r\n  ports: x\r\n', false],
  ])('%s', (_name, document, expected) => {
    expect(mayDeclarePorts(document)).toBe(expected);
  });
});

describe('parseKubernetes: documents that cannot declare a port are not parsed', () => {
  it('reads the Deployment after a broken ConfigMap at its exact position; the ConfigMap error is not reported', () => {
    const text = `${CONFIG_MAP}\n---\n${DEPLOYMENT}\n`;
    const result = parse(text);
    expect(contextTuples(result)).toEqual([
      [
        20,
        30,
        8080,
        8080,
        'tcp',
        'container',
        { object: 'Deployment/web', container: 'app', image: 'nginx:1.27' },
      ],
    ]);
    expect(result.diagnostics).toEqual([]);
    // Parsing every document reports the ConfigMap's error, and the same port.
    const full = parseEveryDocument(text);
    expect(full.ports).toEqual(result.ports);
    expect(full.diagnostics.map((d) => [d.ruleId, d.line])).toEqual([['parse-error', 8]]);
  });

  it('still reports an error in a document it parses', () => {
    const result = parse(`${DEPLOYMENT}\n          - containerPort: [9090\n`);
    expect(result.diagnostics.map((d) => [d.ruleId, d.line])).toEqual([['parse-error', 13]]);
  });

  it('treats a file as a Go template when an unparsed document holds a template line', () => {
    const template = 'apiVersion: v1\nkind: ConfigMap\n{{- if .Values.enabled }}\ndata: {}\n{{- end }}';
    expect(parse(`${template}\n---\n${DEPLOYMENT}\n`)).toEqual({ ports: [], diagnostics: [] });
  });

  it('keeps the ports of a file whose unparsed document has `{{` only inside strings', () => {
    const rule = [
      'apiVersion: monitoring.coreos.com/v1',
      'kind: PrometheusRule',
      'spec:',
      '  groups:',
      '    - rules:',
      "        - annotations: {summary: '{{ $labels.instance }} is down'}",
    ].join('\n');
    const result = parse(`${rule}\n---\n${DEPLOYMENT}\n`);
    expect(result.ports.map((p) => [p.line, p.column, p.port])).toEqual([[19, 30, 8080]]);
  });
});

/** Every YAML file with an `apiVersion` or `kind` line. */
function kubernetesFiles(): string[] {
  return fixtureAndCorpusFiles(
    (name, file) => /\.ya?ml$/.test(name) && /^(apiVersion|kind):/m.test(fs.readFileSync(file, 'utf8')),
  );
}

describe('parseKubernetes: skipping documents changes no port and no finding but a skipped syntax error', () => {
  const files = kubernetesFiles();

  it('has files to compare', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('gives every file the ports of a parse of every document', () => {
    const differences: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const skipping = parseKubernetes({ path: file, text, readSibling: () => undefined });
      const full = parseEveryDocument(text, file);
      if (JSON.stringify(skipping.ports) !== JSON.stringify(full.ports)) differences.push(`${file}: ports`);
      const kept = new Set(skipping.diagnostics.map((d) => JSON.stringify(d)));
      const fullSet = new Set(full.diagnostics.map((d) => JSON.stringify(d)));
      for (const d of skipping.diagnostics)
        if (!fullSet.has(JSON.stringify(d))) differences.push(`${file}: new ${d.messageId}`);
      for (const d of full.diagnostics)
        if (!kept.has(JSON.stringify(d)) && d.ruleId !== 'parse-error')
          differences.push(`${file}: lost ${d.ruleId}`);
    }
    expect(differences).toEqual([]);
  });
});
