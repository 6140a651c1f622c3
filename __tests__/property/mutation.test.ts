/**
 * Mutation fuzzing: valid fixtures (every file under __tests__/fixtures that portlint would parse)
 * and generated manifests, damaged at random. Whatever the damage, the parser of the file's kind
 * returns (never throws), within the time limit, and every port and diagnostic it reports lies inside
 * the damaged file and points at what it says (support/invariants.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from '@jest/globals';
import { kindOf } from '../../src/discover/kinds.js';
import { KINDS as KIND_MODULES } from '../../src/parsers/index.js';
import { SUPPRESSION_MARKER } from '../../src/policy/suppressions.js';
import type { ManifestKind } from '../../src/types.js';
import { kindOfFile, suppressionsOf } from '../helpers/kinds.js';
import { parseChecked } from './support/check.js';
import { splitLines } from './support/invariants.js';
import { fuzzParameters, PROPERTY_TIMEOUT } from './support/fuzz.js';
import { applyMutations, mutations } from './support/mutate.js';
import type { GeneratedCase } from './support/builder.js';
import { composeCase } from './generators/compose.js';
import { workflowCase } from './generators/workflow.js';
import { kubernetesCase } from './generators/kubernetes.js';
import { helmValuesCase } from './generators/helm-values.js';
import { springPropertiesCase, springYamlCase } from './generators/spring.js';
import { dockerfileCase } from './generators/dockerfile.js';
import { nginxCase } from './generators/nginx.js';
import { dotenvCase, procfileCase, systemdSocketCase } from './generators/line-based.js';
import { devcontainerCase, flyCase, terraformCase } from './generators/structured-formats.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');

/** Fixture folders named after a kind hold files of that kind whatever their names (`broken.toml`). */
const FOLDER_KINDS: Readonly<Record<string, ManifestKind>> = {
  dockerfile: 'dockerfile',
  kubernetes: 'kubernetes',
  nginx: 'nginx',
  systemd: 'systemd-socket',
  terraform: 'terraform',
  fly: 'fly',
  dotenv: 'dotenv',
  spring: 'spring',
  devcontainer: 'devcontainer',
  procfile: 'procfile',
};

interface Seed {
  path: string;
  kind: ManifestKind;
  text: string;
}

function listFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

/** Every fixture portlint would parse, with its kind. */
function fixtureSeeds(): Seed[] {
  const seeds: Seed[] = [];
  for (const file of listFiles(FIXTURES)) {
    const relative = path.relative(FIXTURES, file).split(path.sep).join('/');
    const [top, ...rest] = relative.split('/');
    const inner = rest.join('/');
    // Helm charts: a folder holding a Chart.yaml.
    const chartFolders = new Set(
      listFiles(path.join(FIXTURES, top!))
        .filter((f) => path.basename(f) === 'Chart.yaml')
        .map((f) => path.relative(path.join(FIXTURES, top!), path.dirname(f)).split(path.sep).join('/')),
    );
    const text = fs.readFileSync(file, 'utf8').replace(/^\ufeff/, '');
    const byPath = kindOf(KIND_MODULES, inner, { chartFolders })
      ? kindOfFile(inner, text, chartFolders)
      : kindOfFile(relative, text, new Set());
    const inTemplates = inner.split('/').includes('templates') && top === 'helm';
    const kind =
      byPath ?? (inTemplates || path.basename(file) === 'Chart.yaml' ? undefined : FOLDER_KINDS[top!]);
    if (kind) seeds.push({ path: relative, kind, text });
  }
  return seeds;
}

const SEEDS = fixtureSeeds();
const KINDS = [...new Set(SEEDS.map((s) => s.kind))].sort();

const GENERATED: fc.Arbitrary<GeneratedCase> = fc.oneof(
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

describe('damaged manifests never break the parser contract', () => {
  it('has fixtures of every kind to damage', () => {
    expect(KINDS).toEqual(
      expect.arrayContaining([
        'compose',
        'devcontainer',
        'dockerfile',
        'dotenv',
        'fly',
        'helm-values',
        'kubernetes',
        'nginx',
        'procfile',
        'spring',
        'systemd-socket',
        'terraform',
        'workflow',
      ]),
    );
  });

  for (const kind of KINDS) {
    const seeds = SEEDS.filter((s) => s.kind === kind);
    it(
      `${kind} fixtures (${seeds.length})`,
      () => {
        fc.assert(
          fc.property(fc.constantFrom(...seeds), mutations, (seed, damage) => {
            parseChecked(seed.kind, seed.path, applyMutations(seed.text, damage));
          }),
          fuzzParameters(120),
        );
      },
      PROPERTY_TIMEOUT,
    );
  }

  // Suppressions are read from the comments the parser hands over: whatever the damage, each lies
  // inside the file. Seeds: every fixture with a `portlint-disable` comment.
  const marked = SEEDS.filter((s) => s.text.includes(SUPPRESSION_MARKER));
  it(
    `the suppression comment reader, on fixtures with suppressions (${marked.length})`,
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...marked), mutations, (seed, damage) => {
          const text = applyMutations(seed.text, damage);
          const lines = splitLines(text);
          const found = suppressionsOf(seed.path, text, seed.kind);
          for (const at of [...(found?.suppressions ?? []), ...(found?.problems ?? [])]) {
            const line = lines[at.line - 1];
            expect({
              at,
              inside: line !== undefined && at.column >= 1 && at.column <= line.length + 1,
            }).toEqual({
              at,
              inside: true,
            });
          }
        }),
        fuzzParameters(300),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'generated manifests of every kind',
    () => {
      fc.assert(
        fc.property(GENERATED, mutations, (generated, damage) => {
          parseChecked(
            generated.kind,
            generated.path,
            applyMutations(generated.text, damage),
            generated.siblings,
          );
        }),
        fuzzParameters(400),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
