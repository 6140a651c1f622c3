/**
 * Hostile repositories are built in a temporary folder at test time (no large or binary file is
 * committed): each holds the hostile file and a good Compose file beside it, whose ports must still
 * be found exactly.
 */
import { expect } from '@jest/globals';
import { scanWithPolicy } from '../helpers/scan.js';
import { tempRepos } from '../helpers/temp-repo.js';
import type { Finding, ScanResult } from '../../src/types.js';

export const GOOD_FILE = 'good/compose.yaml';
export const GOOD_TEXT = 'services:\n  web:\n    image: nginx\n    ports:\n      - "8080:80"\n';

const repos = tempRepos('portlint-hostile-', { [GOOD_FILE]: GOOD_TEXT });

/** A fresh folder with `files` (text or bytes) and the good Compose file. */
export const hostileRepo = repos.make;

/** Remove every folder made by hostileRepo. */
export const removeHostileRepos = repos.removeAll;

export function scanRepo(root: string, paths: string[] = ['.']): ScanResult {
  return scanWithPolicy({ paths, cwd: root, today: '2026-08-17' });
}

/** The findings of one file as [ruleId, line, column, message]. */
export function findingsOf(result: ScanResult, file: string): Array<[string, number, number, string]> {
  return result.findings
    .filter((f: Finding) => f.file === file)
    .map((f): [string, number, number, string] => [f.ruleId, f.line, f.column, f.message]);
}

/** The findings of one file about reading it (`parse-error`, `skipped-file`), not about its ports. */
export function problemsOf(result: ScanResult, file: string): Array<[string, number, number, string]> {
  return findingsOf(result, file).filter(([rule]) => rule === 'parse-error' || rule === 'skipped-file');
}

/** [line, column, port, endPort, protocol, role] of one file's ports, in report order. */
export function portsOf(
  result: ScanResult,
  file: string,
): Array<[number, number, number | null, number | null, string, string]> {
  return result.ports
    .filter((p) => p.file === file)
    .map((p): [number, number, number | null, number | null, string, string] => [
      p.line,
      p.column,
      p.port,
      p.endPort,
      p.protocol,
      p.role,
    ]);
}

/** The rest of the scan went on: the good file is scanned and its ports found where they are written. */
export function expectGoodFileScanned(result: ScanResult): void {
  expect(result.files).toContainEqual({ path: GOOD_FILE, kind: 'compose' });
  expect(portsOf(result, GOOD_FILE)).toEqual([
    [5, 10, 8080, 8080, 'tcp', 'host'],
    [5, 15, 80, 80, 'tcp', 'container'],
  ]);
}

/** Run `fn` and return its result with the time it took (ms). */
export function timed<T>(fn: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = fn();
  return { value, ms: performance.now() - started };
}
