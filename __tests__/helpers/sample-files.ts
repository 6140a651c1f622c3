import fs from 'node:fs';
import path from 'node:path';

/**
 * Files of the fixtures, and of the corpus when ../shared/corpus is present (CI has it), that
 * `wanted` accepts: the sample a skip-before-parse test compares with a full parse.
 */
export function fixtureAndCorpusFiles(wanted: (name: string, file: string) => boolean): string[] {
  const roots = [
    path.resolve(import.meta.dirname, '..', 'fixtures'),
    path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus'),
  ];
  const found: string[] = [];
  for (const root of roots.filter((r) => fs.existsSync(r))) {
    for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
      const file = path.join(entry.parentPath, entry.name);
      if (entry.isFile() && wanted(entry.name, file)) found.push(file);
    }
  }
  return found;
}
