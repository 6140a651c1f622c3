/**
 * The source layout follows the pipeline (docs/architecture.md): no import cycles, and no import
 * from a later stage into an earlier one. Both checks read every import, `import type` included:
 * a type from a later stage still ties the earlier stage to it, and a cycle of types still means
 * neither module can be read, moved or tested without the other.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { moduleImports } from './helpers/import-graph.js';
import { ROOT } from './helpers/transpiled-src.js';

/** Pipeline stages, earliest first: a module may import from its own stage and earlier ones. */
const STAGES = [
  'discover',
  'parsers',
  'link',
  'classify',
  'rules',
  'policy',
  'report',
  'orchestration',
  'entry',
] as const;
type Stage = (typeof STAGES)[number];

/**
 * Modules every stage may import. They hold no stage's logic and import only each other: the
 * shared types, the null-prototype dictionary helpers, the error classes, the version, the one
 * finding order and severity ranking, and the IANA registry (data every stage after parsing reads).
 */
const SHARED = 'shared';

/**
 * Where each module under src/ belongs: a row ending in `/` places a folder, any other row one
 * file; the longest matching row wins. A module no row places fails the test: add a row.
 */
const STAGE_OF: ReadonlyArray<readonly [place: string, stage: Stage | typeof SHARED]> = [
  ['types.ts', SHARED],
  ['dictionary.ts', SHARED],
  ['errors.ts', SHARED],
  ['version.ts', SHARED],
  ['registry/', SHARED],
  ['discover/', 'discover'],
  ['parsers/', 'parsers'],
  ['link/', 'link'],
  ['classify/', 'classify'],
  ['rules/', 'rules'],
  ['policy/', 'policy'],
  ['report/', 'report'],
  // Orchestration runs the stages in order: scan(), the per-file step, runScan().
  ['pipeline/', 'orchestration'],
  ['action/', 'entry'],
  ['cli/', 'entry'],
  ['api.ts', 'entry'],
  ['cli.ts', 'entry'],
  ['index.ts', 'entry'],
  ['main.ts', 'entry'],
];

/** One import between two modules of src/, paths relative to src/ with `/` separators. */
interface Edge {
  from: string;
  to: string;
}

const SRC = path.join(ROOT, 'src');
/** Far more modules than src/ holds: a bound on the walk, not a limit anyone should meet. */
const MAX_MODULES = 2000;

/** Every .ts module under src/ (declaration files aside), relative to src/, sorted. */
function sourceModules(): string[] {
  const modules = fs
    .readdirSync(SRC, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.relative(SRC, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
  if (modules.length > MAX_MODULES) throw new Error(`src/ holds ${modules.length} modules`);
  return modules;
}

/** The imports between modules of src/ (packages and node: builtins left out). */
function sourceEdges(modules: readonly string[]): Edge[] {
  const known = new Set(modules);
  const edges: Edge[] = [];
  // A module may name another twice (a type import and a value import): one edge.
  const seen = new Set<string>();
  for (const from of modules) {
    for (const { specifier } of moduleImports(from, fs.readFileSync(path.join(SRC, from), 'utf8'))) {
      if (!specifier.startsWith('.')) continue;
      const to = path.posix.join(path.posix.dirname(from), specifier.replace(/\.js$/, '.ts'));
      if (!known.has(to)) throw new Error(`src/${from} imports ${specifier}, which is not a module of src/`);
      if (!seen.has(`${from} -> ${to}`)) edges.push({ from, to });
      seen.add(`${from} -> ${to}`);
    }
  }
  return edges;
}

/** The stage of a module by the longest row of `table` that places it, or undefined. */
function stageOf(module: string, table: typeof STAGE_OF = STAGE_OF): Stage | typeof SHARED | undefined {
  let best: (typeof table)[number] | undefined;
  for (const row of table) {
    const places = row[0].endsWith('/') ? module.startsWith(row[0]) : module === row[0];
    if (places && (!best || row[0].length > best[0].length)) best = row;
  }
  return best?.[1];
}

/**
 * One cycle for every import that closes one in a depth-first walk (so every cycle-bearing group
 * of modules shows at least one), each written `a -> b -> a`. Iterative: no recursion limit.
 */
function findCycles(edges: readonly Edge[]): string[] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const done = new Set<string>();
  const cycles: string[] = [];
  for (const start of [...next.keys()].sort()) {
    if (done.has(start)) continue;
    // The walk's path: each module and the index of the next import to follow from it.
    const trail: Array<{ module: string; nextIndex: number }> = [{ module: start, nextIndex: 0 }];
    const onTrail = new Set([start]);
    while (trail.length > 0) {
      const top = trail[trail.length - 1]!;
      const target = (next.get(top.module) ?? [])[top.nextIndex++];
      if (target === undefined) {
        trail.pop();
        onTrail.delete(top.module);
        done.add(top.module);
      } else if (onTrail.has(target)) {
        const from = trail.findIndex((step) => step.module === target);
        cycles.push([...trail.slice(from).map((step) => step.module), target].join(' -> '));
      } else if (!done.has(target)) {
        trail.push({ module: target, nextIndex: 0 });
        onTrail.add(target);
      }
    }
  }
  return cycles;
}

/** Imports that go against the pipeline, or from a shared module into a stage. */
function stageViolations(edges: readonly Edge[], table: typeof STAGE_OF = STAGE_OF): Edge[] {
  const rank = (stage: Stage) => STAGES.indexOf(stage);
  return edges.filter(({ from, to }) => {
    const fromStage = stageOf(from, table);
    const toStage = stageOf(to, table);
    if (fromStage === undefined || toStage === undefined) return false;
    return fromStage === SHARED ? toStage !== SHARED : toStage !== SHARED && rank(toStage) > rank(fromStage);
  });
}

/** `from (stage) -> to (stage)`, for a readable failure. */
const describeImport = ({ from, to }: Edge) => `${from} (${stageOf(from)}) -> ${to} (${stageOf(to)})`;

describe('the source layout', () => {
  const modules = sourceModules();
  const edges = sourceEdges(modules);

  test('the walk sees the whole tree and its imports', () => {
    expect(modules).toEqual(
      expect.arrayContaining(['cli/main.ts', 'parsers/compose.ts', 'registry/registry.ts']),
    );
    expect(edges.length).toBeGreaterThan(modules.length);
  });

  test('every module has a stage', () => {
    expect(modules.filter((module) => stageOf(module) === undefined)).toEqual([]);
  });

  test('no import cycles, type-only imports included', () => {
    expect(findCycles(edges)).toEqual([]);
  });

  test('no import from a later pipeline stage into an earlier one; shared modules import only shared ones', () => {
    const unexpected = stageViolations(edges);
    expect(unexpected.map(describeImport)).toEqual([]);
  });

  test('an arrow back up the pipeline and a shared module reaching into a stage are reported', () => {
    const edges = [
      { from: 'parsers/x.ts', to: 'rules/y.ts' },
      { from: 'rules/y.ts', to: 'parsers/x.ts' },
      { from: 'types.ts', to: 'parsers/x.ts' },
      { from: 'rules/y.ts', to: 'types.ts' },
    ];
    expect(stageViolations(edges).map(describeImport)).toEqual([
      'parsers/x.ts (parsers) -> rules/y.ts (rules)',
      'types.ts (shared) -> parsers/x.ts (parsers)',
    ]);
  });

  test('the longest row places a module', () => {
    const table = [
      ['policy/', 'policy'],
      ['policy/shared-bit.ts', SHARED],
    ] as const;
    expect(stageOf('policy/shared-bit.ts', table)).toBe(SHARED);
    expect(stageOf('policy/config.ts', table)).toBe('policy');
    expect(stageOf('elsewhere.ts', table)).toBeUndefined();
  });
});
