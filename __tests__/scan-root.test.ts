import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { runScan } from '../src/pipeline/run.js';
import { formatCompact } from '../src/report/compact.js';

/**
 * Class 8 of issue 12: scanning a repository and scanning its parent folder give the same findings
 * for the repository's files (paths aside).
 */
const PARENT = path.join(
  import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname),
  'fixtures',
  'scan-root',
);
const REPO = path.join(PARENT, 'shop');

/** The compact findings of a scan, each path made relative to the repository. */
async function findings(cwd: string, paths: string[]): Promise<string[]> {
  const outcome = await runScan({ cwd, paths });
  return formatCompact(outcome.result)
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const colon = line.indexOf(':');
      const file = path
        .relative(REPO, path.resolve(cwd, line.slice(0, colon)))
        .split(path.sep)
        .join('/');
      return `${file}${line.slice(colon)}`;
    })
    .sort();
}

describe('results do not depend on where the scan starts', () => {
  it('every port knows its folder by its real name, whatever the cwd and the scan root', async () => {
    const folders = async (cwd: string, paths: string[]) =>
      (await runScan({ cwd, paths })).result.ports
        .map((p) => `${p.folders?.[0]} ${p.line}:${p.column}`)
        .sort();
    const fromRepo = await folders(REPO, ['.']);
    expect(fromRepo).toEqual(['api 2:8', 'shop 4:8', 'shop 5:10', 'shop 5:15']);
    expect(await folders(PARENT, ['shop'])).toEqual(fromRepo);
    expect(await folders(path.join(REPO, 'api'), ['..'])).toEqual(fromRepo);
  });

  // Before, the top-level Dockerfile was "node:20-slim" from inside the repository and "shop" from its parent.
  it('the same findings from the repository, from its parent and from a subfolder', async () => {
    const fromRepo = await findings(REPO, ['.']);
    // The api's EXPOSE and its Compose port are one logical port: one finding.
    expect(fromRepo).toHaveLength(2);
    expect(await findings(PARENT, ['shop'])).toEqual(fromRepo);
    expect(await findings(PARENT, ['.'])).toEqual(fromRepo);
    expect(await findings(path.join(REPO, 'api'), ['..'])).toEqual(fromRepo);
  });
});
