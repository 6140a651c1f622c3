import { describe, expect, it } from '@jest/globals';
import { addedLinesOfPatch, changedLinesOfFiles } from '../../src/action/changed-lines.js';

describe('addedLinesOfPatch', () => {
  it('numbers added lines in the new file across hunks', () => {
    const patch = [
      '@@ -1,4 +1,5 @@',
      ' services:',
      '   web:',
      '-    image: nginx:1.25',
      '+    image: nginx:1.27',
      '+    ports: ["968:968"]',
      '     restart: always',
      '@@ -20,3 +21,4 @@ services:',
      '   db:',
      '+    ports:',
      '+      - "5432:5432"',
      '     image: postgres',
      '\\ No newline at end of file',
    ].join('\n');
    expect([...addedLinesOfPatch(patch)]).toEqual([3, 4, 22, 23]);
  });

  it('handles a new file and one-line hunk headers', () => {
    expect([...addedLinesOfPatch('@@ -0,0 +1,3 @@\n+a\n+b\n+c')]).toEqual([1, 2, 3]);
    expect([...addedLinesOfPatch('@@ -5 +5 @@\n-x\n+y')]).toEqual([5]);
  });

  it('counts an empty context line (trailing space stripped) as a line', () => {
    expect([...addedLinesOfPatch('@@ -1,3 +1,3 @@\n a\n\n-b\n+c')]).toEqual([3]);
  });

  it('ignores text before the first hunk', () => {
    expect([...addedLinesOfPatch('+not a hunk\n@@ -1 +1 @@\n+x')]).toEqual([1]);
  });
});

describe('changedLinesOfFiles', () => {
  it('maps files to their added lines; removed files are out, files without a patch count whole', () => {
    const changed = changedLinesOfFiles([
      { filename: 'compose.yaml', status: 'modified', changes: 2, patch: '@@ -1 +1,2 @@\n a\n+b' },
      { filename: 'old.yaml', status: 'removed', changes: 10 },
      { filename: 'huge.yaml', status: 'modified', changes: 5000 },
      { filename: 'renamed.yaml', status: 'renamed', changes: 0 },
    ]);
    expect([...changed.keys()]).toEqual(['compose.yaml', 'huge.yaml']);
    expect([...(changed.get('compose.yaml') as Set<number>)]).toEqual([2]);
    expect(changed.get('huge.yaml')).toBe('all');
  });
});
