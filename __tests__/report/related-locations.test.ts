/**
 * duplicate-port names its other half as a related location in every machine format, once: the
 * pod's second hostPort is also a member of the first one's logical port.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { runScan } from '../../src/pipeline/run.js';
import { formatSarif } from '../../src/report/sarif.js';
import { toJsonReport } from '../../src/report/json.js';
import { formatRdjson } from '../../src/report/rdjson.js';
import type { ScanResult } from '../../src/types.js';
import { tempRepos } from '../helpers/temp-repo.js';
import { DUPLICATE_COMPOSE } from './golden-findings.js';

const repos = tempRepos('portlint-related-');
afterAll(() => repos.removeAll());

const POD = (name: string) =>
  [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  containers:',
    '    - name: app',
    '      image: example/app',
    '      ports:',
    '        - containerPort: 8080',
    '          hostPort: 8443',
    '        - containerPort: 9443',
    '          hostPort: 8443',
    '',
  ].join('\n');

async function duplicates(): Promise<ScanResult> {
  const cwd = repos.make({ 'compose.yaml': DUPLICATE_COMPOSE, 'k8s/pod.yaml': POD('api') });
  const { result } = await runScan({ cwd, paths: ['.'] });
  return { ...result, findings: result.findings.filter((f) => f.ruleId === 'duplicate-port') };
}

describe('duplicate-port related locations', () => {
  it('are in SARIF relatedLocations, JSON related and rdjson related_locations', async () => {
    const result = await duplicates();
    expect(result.findings.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual([
      'compose.yaml:14:10',
      'k8s/pod.yaml:13:21',
    ]);

    const sarif = JSON.parse(formatSarif(result, { version: '1' })).runs[0].results;
    expect(sarif.map((r: { relatedLocations: unknown }) => r.relatedLocations)).toEqual([
      [
        {
          id: 1,
          physicalLocation: {
            artifactLocation: { uri: 'compose.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 10, startColumn: 10 },
          },
          message: { text: 'already declared here: published host port of service "web"' },
        },
      ],
      [
        {
          id: 1,
          physicalLocation: {
            artifactLocation: { uri: 'k8s/pod.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 11, startColumn: 21 },
          },
          message: { text: 'already declared here: hostPort of container "app"' },
        },
      ],
    ]);

    expect(toJsonReport(result, '1').findings.map((f) => f.related)).toEqual([
      [{ file: 'compose.yaml', line: 10, column: 10 }],
      [{ file: 'k8s/pod.yaml', line: 11, column: 21 }],
    ]);

    const rdjson = JSON.parse(formatRdjson(result)).diagnostics;
    expect(rdjson.map((d: { related_locations: unknown }) => d.related_locations)).toEqual([
      [
        {
          message: 'already declared here: published host port of service "web"',
          location: { path: 'compose.yaml', range: { start: { line: 10, column: 10 } } },
        },
      ],
      [
        {
          message: 'already declared here: hostPort of container "app"',
          location: { path: 'k8s/pod.yaml', range: { start: { line: 11, column: 21 } } },
        },
      ],
    ]);
  });
});
