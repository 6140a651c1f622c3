/**
 * The whole pipeline on random repositories: generated manifests of several kinds (some damaged,
 * some with a UTF-8 byte order mark) written to a temporary folder and scanned. scan() never throws;
 * every file of a known kind is scanned; its ports are exactly what its parser reads from the text
 * (so reading, BOM stripping and discovery lose and shift nothing) and, for an undamaged generated
 * file, exactly the ports written into it; every finding points inside its file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from '@jest/globals';
import { scanWithPolicy } from '../helpers/scan.js';
import { kindModule } from '../../src/parsers/index.js';
import { kindOfFile } from '../helpers/kinds.js';
import type { ScanResult } from '../../src/types.js';
import type { GeneratedCase, PortTuple } from './support/builder.js';
import { sortTuples } from './support/builder.js';
import { splitLines } from './support/invariants.js';
import { fuzzParameters, PROPERTY_TIMEOUT } from './support/fuzz.js';
import { applyMutations, mutations } from './support/mutate.js';
import { composeCase } from './generators/compose.js';
import { workflowCase } from './generators/workflow.js';
import { kubernetesCase } from './generators/kubernetes.js';
import { helmValuesCase } from './generators/helm-values.js';
import { springPropertiesCase, springYamlCase } from './generators/spring.js';
import { dockerfileCase } from './generators/dockerfile.js';
import { nginxCase } from './generators/nginx.js';
import { dotenvCase, procfileCase, systemdSocketCase } from './generators/line-based.js';
import { devcontainerCase, flyCase, terraformCase } from './generators/structured-formats.js';

const ANY_CASE = fc.oneof(
  composeCase,
  workflowCase,
  dockerfileCase,
  kubernetesCase,
  helmValuesCase,
  nginxCase,
  systemdSocketCase,
  devcontainerCase,
  dotenvCase,
  procfileCase,
  springPropertiesCase,
  springYamlCase,
  flyCase,
  terraformCase,
);

/** One file of the repository: a generated manifest, maybe damaged, maybe with a BOM. */
const repositoryFile = fc.record({
  generated: ANY_CASE,
  damage: fc.option(mutations, { freq: 3 }),
  bom: fc.boolean(),
});

const CHART_FOLDERS: ReadonlySet<string> = new Set(['charts/web']);
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

function writeRepository(files: Array<{ path: string; text: string; bom: boolean }>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-pipeline-'));
  folders.push(root);
  // A Helm chart's values files are only values files beside a Chart.yaml.
  fs.mkdirSync(path.join(root, 'charts/web'), { recursive: true });
  fs.writeFileSync(path.join(root, 'charts/web/Chart.yaml'), 'apiVersion: v2\nname: web\nversion: 1.0.0\n');
  for (const file of files) {
    const absolute = path.join(root, file.path);
    fs.mkdirSync(path.dirname(absolute), { recursive: true });
    fs.writeFileSync(absolute, (file.bom ? '\ufeff' : '') + file.text);
  }
  return root;
}

function tuplesOf(result: ScanResult, file: string): PortTuple[] {
  return sortTuples(
    result.ports
      .filter((p) => p.file === file)
      .map((p): PortTuple => [p.line, p.column, p.port, p.endPort, p.protocol, p.role]),
  );
}

describe('scan() on random repositories', () => {
  it(
    'reads every file as its parser does and reports every finding inside its file',
    () => {
      fc.assert(
        fc.property(fc.array(repositoryFile, { minLength: 1, maxLength: 4 }), (picked) => {
          // One file per path; siblings (Compose's .env) are files of the repository too.
          const byPath = new Map<
            string,
            { generated: GeneratedCase; text: string; bom: boolean; intact: boolean }
          >();
          for (const { generated, damage, bom } of picked) {
            if (byPath.has(generated.path)) continue;
            const text = damage ? applyMutations(generated.text, damage) : generated.text;
            byPath.set(generated.path, { generated, text, bom, intact: damage === null });
            for (const [sibling, siblingText] of Object.entries(generated.siblings)) {
              if (!byPath.has(sibling)) {
                byPath.set(sibling, {
                  generated: { ...generated, kind: 'dotenv', path: sibling, ports: [], diagnostics: [] },
                  text: siblingText,
                  bom: false,
                  intact: false,
                });
              }
            }
          }
          const files = [...byPath.entries()].map(([p, f]) => ({ path: p, text: f.text, bom: f.bom }));
          const root = writeRepository(files);

          const result = scanWithPolicy({ paths: ['.'], cwd: root, today: '2026-08-17' });

          const texts = new Map(files.map((f) => [f.path, f.text]));
          for (const [file, { generated, text, intact }] of byPath) {
            // A NUL byte near the start makes it a binary file: not scanned, with a notice.
            if (Buffer.from(text).subarray(0, 8000).includes(0)) {
              expect(result.findings).toContainEqual(
                expect.objectContaining({ file, ruleId: 'skipped-file', line: 1, column: 1 }),
              );
              expect(result.files.map((f) => f.path)).not.toContain(file);
              continue;
            }
            // Damage may change what a file is (a Kubernetes manifest without `kind:` is no manifest).
            const kind = kindOfFile(file, text, CHART_FOLDERS);
            if (!kind) {
              expect(result.files.map((f) => f.path)).not.toContain(file);
              continue;
            }
            expect(result.files).toContainEqual({ path: file, kind });
            // The parser on the text as written (BOM stripped): the pipeline must report the same ports.
            const direct = kindModule(kind).parse({
              path: file,
              text,
              readSibling: (p) => texts.get(p),
            });
            const directTuples = sortTuples(
              direct.ports.map((p): PortTuple => [p.line, p.column, p.port, p.endPort, p.protocol, p.role]),
            );
            expect({ file, ports: tuplesOf(result, file) }).toEqual({ file, ports: directTuples });
            if (intact)
              expect({ file, ports: tuplesOf(result, file) }).toEqual({ file, ports: generated.ports });
          }
          for (const finding of result.findings) {
            const text = texts.get(finding.file);
            const lines = text === undefined ? ['x'] : splitLines(text);
            const line = lines[finding.line - 1];
            expect({
              finding,
              inside: line !== undefined && finding.column >= 1 && finding.column <= line.length + 1,
            }).toEqual({
              finding,
              inside: true,
            });
          }
          expect(result.summary.ports).toBe(result.ports.length);
          expect(result.summary.errors + result.summary.warnings + result.summary.notices).toBe(
            result.findings.length,
          );
        }),
        fuzzParameters(40, 40),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
