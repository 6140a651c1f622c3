import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { runScan } from '../../src/pipeline/run.js';
import { formatSarif } from '../../src/report/sarif.js';
import { toJsonReport } from '../../src/report/json.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { onlyInFiles } from '../../src/policy/scope.js';
import type { ScanResult } from '../../src/types.js';

const HERE = import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname);
const CASE = path.join(HERE, '..', 'fixtures', 'cases', 'logical-ports');

async function scanFolder(cwd: string): Promise<ScanResult> {
  return (await runScan({ cwd, paths: ['.'] })).result;
}

/** `file:line:column rule` of each finding, and its related places. */
function summary(result: ScanResult): string[] {
  return result.findings.map((f) => {
    const related = (f.relatedLocations ?? []).map((r) => `${r.file}:${r.line}:${r.column} (${r.message})`);
    return `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.port}${related.length ? ` + ${related.join(', ')}` : ''}`;
  });
}

function tempRepo(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-logical-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

describe('one logical port, one finding', () => {
  it('reports each logical port once, where its number is chosen, with the other places related', async () => {
    expect(summary(await scanFolder(CASE))).toEqual([
      '.devcontainer/docker-compose.yml:7:10 registered-conflict 7070 + .devcontainer/devcontainer.json:5:27 (same port: devcontainer forward)',
      'charts/orders/values.yaml:3:16 registered-conflict 5050 + charts/orders/values.yaml:5:9 (same port: Helm value service.port), charts/orders/values.yaml:6:15 (same port: Helm value service.targetPort)',
      'compose.yaml:9:10 registered-conflict 9000 + compose.yaml:9:15 (same port: container port of service "shop")',
      'compose.yaml:14:20 registered-conflict 9001 + compose.yaml:13:17 (same port: container port of service "console")',
      'k8s/billing.yaml:10:13 registered-conflict 7070 + k8s/billing.yaml:11:19 (same port: targetPort of Service "billing")',
      'k8s/ledger.yaml:18:30 registered-conflict 7070 + k8s/ledger.yaml:28:13 (same port: port of Service "ledger")',
      'k8s/orders.yaml:19:30 registered-conflict 5050 + k8s/orders.yaml:30:13 (same port: port of Service "orders"), k8s/orders.yaml:31:19 (same port: targetPort of Service "orders")',
      'reports/Dockerfile:3:8 registered-conflict 7070 + compose.yaml:5:10 (same port: published host port of service "reports"), compose.yaml:5:15 (same port: container port of service "reports")',
    ]);
  });

  it('puts the related places in SARIF relatedLocations, with ids and messages', async () => {
    const result = await scanFolder(CASE);
    const log = JSON.parse(formatSarif(result, { version: '1.0.0' }));
    const orders = log.runs[0].results.find(
      (r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
        r.locations[0]!.physicalLocation.artifactLocation.uri === 'k8s/orders.yaml',
    );
    expect(orders.locations[0].physicalLocation.region).toEqual({ startLine: 19, startColumn: 30 });
    expect(orders.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: 'k8s/orders.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 30, startColumn: 13 },
        },
        message: { text: 'same port: port of Service "orders"' },
      },
      {
        id: 2,
        physicalLocation: {
          artifactLocation: { uri: 'k8s/orders.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 31, startColumn: 19 },
        },
        message: { text: 'same port: targetPort of Service "orders"' },
      },
    ]);
    // A finding with no other place has no relatedLocations at all.
    const counts = log.runs[0].results.map(
      (r: { relatedLocations?: unknown[] }) => r.relatedLocations?.length,
    );
    expect(counts).toEqual([1, 2, 1, 1, 1, 1, 2, 2]);
  });

  it('lists the related places as `related` in the JSON report and a line in the Markdown table', async () => {
    const result = await scanFolder(CASE);
    const json = toJsonReport(result, '1.0.0');
    expect(json.schema).toBe(1);
    expect(json.findings.find((f) => f.file === 'k8s/billing.yaml')).toEqual({
      ruleId: 'registered-conflict',
      severity: 'warning',
      file: 'k8s/billing.yaml',
      line: 10,
      column: 13,
      port: 7070,
      protocol: 'tcp',
      message: '7070/tcp is registered to arcp (ARCP), not to "billing"',
      suggestion: 7069,
      related: [{ file: 'k8s/billing.yaml', line: 11, column: 19 }],
    });
    const markdown = formatMarkdown(result, { version: '1.0.0' });
    expect(markdown).toContain(
      '| k8s/orders.yaml&#58;19 | 5050/tcp is registered to mmcc &#40;multimedia conference control tool&#41;, not to &#34;orders&#34; &#40;suggested&#58; 5041&#41; ([registered-conflict](',
    );
    expect(markdown).toContain(')<br>Also at k8s/orders.yaml&#58;30, k8s/orders.yaml&#58;31 |\n');
    // A `host:container` pair is one line, named once.
    expect(markdown).toContain(')<br>Also at compose.yaml&#58;5 |\n');
  });

  it('keeps a finding in changed-only mode when the file of any related place changed', async () => {
    const result = await scanFolder(CASE);
    expect(summary(onlyInFiles(result, new Set(['compose.yaml']))).map((s) => s.split(' ')[0])).toEqual([
      'compose.yaml:9:10',
      'compose.yaml:14:20',
      'reports/Dockerfile:3:8',
    ]);
  });

  it('folds a known unauthorized use into the conflict finding on the same port', async () => {
    const result = await scanFolder(CASE);
    expect(result.findings.filter((f) => f.ruleId === 'unauthorized-use')).toEqual([]);
    expect(result.findings.find((f) => f.port === 9001)?.message).toBe(
      '9001/tcp is registered to etlservicemgr (ETL Service Manager), not to "console"; IANA also records a known unauthorized use',
    );
  });

  it('keeps unauthorized-use on its own where no conflict is reported', async () => {
    const root = tempRepo({
      '.portlint.yml': 'rules:\n  registered-conflict: off\n',
      'compose.yaml':
        'services:\n  console:\n    image: example/console:1\n    ports:\n      - "9001:9001"\n',
    });
    expect(summary(await scanFolder(root))).toEqual([
      'compose.yaml:5:10 unauthorized-use 9001 + compose.yaml:5:15 (same port: container port of service "console")',
    ]);
  });

  it('still lets a comment suppress unauthorized-use alone: the conflict stays, without the sentence', async () => {
    const root = tempRepo({
      'compose.yaml': [
        'services:',
        '  console:',
        '    image: example/console:1',
        '    ports:',
        '      - "9001:9001" # portlint-disable-line unauthorized-use -- known',
        '',
      ].join('\n'),
    });
    const result = await scanFolder(root);
    expect(result.findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`)).toEqual([
      '5:10 registered-conflict 9001/tcp is registered to etlservicemgr (ETL Service Manager), not to "console"',
    ]);
  });

  it('is suppressed where any of its declarations is written, and only then', async () => {
    const service = (comment: string) =>
      [
        'apiVersion: v1',
        'kind: Service',
        'metadata:',
        '  name: billing',
        'spec:',
        '  selector:',
        '    app: billing',
        '  ports:',
        `    - port: 7070${comment}`,
        '      targetPort: 7070',
        '',
      ].join('\n');
    const suppressed = tempRepo({
      'svc.yaml': service(' # portlint-disable-line registered-conflict -- ARCP is not used here'),
    });
    expect(summary(await scanFolder(suppressed))).toEqual([]);
    const other = tempRepo({ 'svc.yaml': service('') });
    expect(summary(await scanFolder(other))).toEqual([
      'svc.yaml:9:13 registered-conflict 7070 + svc.yaml:10:19 (same port: targetPort of Service "billing")',
    ]);
  });

  it('does not let a suppression at the other half of a clash hide the duplicate', async () => {
    const root = tempRepo({
      'compose.yaml': [
        'services:',
        '  a:',
        '    image: example/a',
        '    ports:',
        '      - "5050:5050" # portlint-disable-line duplicate-port, registered-conflict',
        '  b:',
        '    image: example/b',
        '    ports:',
        '      - "5050:5050" # portlint-disable-line registered-conflict',
        '',
      ].join('\n'),
    });
    expect(summary(await scanFolder(root))).toEqual([
      'compose.yaml:5:23 unused-suppression null',
      'compose.yaml:9:10 duplicate-port 5050 + compose.yaml:5:10 (already declared here: published host port of service "a"), compose.yaml:9:15 (same port: container port of service "b")',
    ]);
  });
});
