import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { runScan } from '../src/pipeline/run.js';
import { formatCompact } from '../src/report/compact.js';

/**
 * Every folder under fixtures/cases is a small repository with an expected.txt holding the
 * findings in compact format. PORTLINT_UPDATE_FIXTURES=1 rewrites them (review the diff).
 */
const CASES = path.join(
  import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname),
  'fixtures',
  'cases',
);
const OK = path.join(CASES, '..', 'ok');

function caseFolders(root: string): string[] {
  return fs.existsSync(root)
    ? fs
        .readdirSync(root, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort()
    : [];
}

async function findingsOf(folder: string): Promise<string> {
  // An optional case.json pins what the scan must not take from the machine: { "today": "YYYY-MM-DD" }.
  const caseFile = path.join(folder, 'case.json');
  const settings = fs.existsSync(caseFile)
    ? (JSON.parse(fs.readFileSync(caseFile, 'utf8')) as { today?: string })
    : {};
  const outcome = await runScan({ cwd: folder, paths: ['.'], today: settings.today });
  return formatCompact(outcome.result);
}

describe('fixture cases', () => {
  for (const name of caseFolders(CASES)) {
    it(name, async () => {
      const folder = path.join(CASES, name);
      const actual = await findingsOf(folder);
      const expectedFile = path.join(folder, 'expected.txt');
      if (process.env.PORTLINT_UPDATE_FIXTURES === '1') fs.writeFileSync(expectedFile, actual);
      expect(actual).toBe(fs.readFileSync(expectedFile, 'utf8'));
    });
  }
});

describe('clean repositories yield no findings', () => {
  for (const name of caseFolders(OK)) {
    it(name, async () => {
      expect(await findingsOf(path.join(OK, name))).toBe('');
    });
  }
});
