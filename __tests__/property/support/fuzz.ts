/**
 * Run counts and seed for the property tests. `npm test` runs a small, fixed-seed sample so CI stays
 * fast and reproducible; `npm run fuzz` sets PORTLINT_FUZZ_RUNS (and a fresh seed unless
 * PORTLINT_FUZZ_SEED pins one). fast-check prints the seed and path of any failure to replay it.
 */
import type { Parameters } from 'fast-check';

const requested = Number(process.env.PORTLINT_FUZZ_RUNS ?? '');
/** Runs asked for by `npm run fuzz`; 0 in a normal test run. */
export const FUZZ_RUNS = Number.isFinite(requested) && requested > 0 ? Math.floor(requested) : 0;

const pinned = Number(process.env.PORTLINT_FUZZ_SEED ?? '');
/** Fixed in `npm test`; fresh per `npm run fuzz` unless pinned. */
export const SEED =
  Number.isInteger(pinned) && process.env.PORTLINT_FUZZ_SEED
    ? pinned
    : FUZZ_RUNS > 0
      ? Date.now() % 2 ** 31
      : 20_260_817;

if (FUZZ_RUNS > 0)
  console.log(`portlint fuzz: ${FUZZ_RUNS} runs, seed ${SEED} (PORTLINT_FUZZ_SEED=${SEED} replays it)`);

/**
 * fast-check parameters: `defaultRuns` in `npm test`; under fuzzing FUZZ_RUNS divided by `cost`
 * (how much slower one run of this property is than a plain parse), never fewer than the default.
 */
export function fuzzParameters<T>(defaultRuns: number, cost = 1): Parameters<T> {
  const numRuns = FUZZ_RUNS > 0 ? Math.max(defaultRuns, Math.ceil(FUZZ_RUNS / cost)) : defaultRuns;
  return { seed: SEED, numRuns };
}

/** Jest timeout for one property: generous under fuzzing, where runs are many. */
export const PROPERTY_TIMEOUT = FUZZ_RUNS > 0 ? 6 * 60 * 60 * 1000 : 60_000;
