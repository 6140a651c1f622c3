/** Golden files under __tests__/fixtures/report/. `UPDATE_GOLDEN=1` rewrites them: review the diff. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from '@jest/globals';

const GOLDEN_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'report');

export function expectGolden(name: string, actual: string): void {
  const file = path.join(GOLDEN_DIR, name);
  if (process.env['UPDATE_GOLDEN'] === '1') {
    fs.mkdirSync(GOLDEN_DIR, { recursive: true });
    fs.writeFileSync(file, actual);
  }
  expect(actual).toBe(fs.readFileSync(file, 'utf8'));
}
