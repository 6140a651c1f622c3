import { it } from '@jest/globals';
import { findSuppressionsIn, type CommentSyntax } from '../../src/policy/suppressions.js';
it('timing', () => {
  const big = 1_000_000;
  const cases: Array<[CommentSyntax, string]> = [
    ['properties', '# portlint-disable-file\nkey=' + '\\'.repeat(big) + ' '.repeat(big) + 'x\n'],
    ['yaml', 'a: 1 # portlint-disable-line -- expires' + ' '.repeat(big) + 'x' + ' '.repeat(big) + 'y\n'],
    ['dotenv', '# portlint-disable-line ' + '-'.repeat(big) + ' ' + ' --'.repeat(big / 3) + '\n'],
    ['hcl', '# portlint-disable-file\n' + '<<'.repeat(big / 2) + '\n'],
    ['hcl', '# portlint-disable-file\n' + 'a = <<EOF\n'.repeat(big / 10)],
    ['toml', '# portlint-disable-file\n' + '"""'.repeat(big / 3)],
    ['jsonc', '// portlint-disable-file\n' + '/*'.repeat(big / 2)],
    ['nginx', '# portlint-disable-line ' + 'a,'.repeat(big / 2) + '\n'],
    ['yaml', '# portlint-disable-file\n' + '- [\n'.repeat(big / 40)],
    ['yaml', ('x: 1 # portlint-disable-next-line\n').repeat(big / 40)],
  ];
  for (const [syntax, text] of cases) {
    const t = Date.now();
    const r = findSuppressionsIn('f', syntax, text);
    console.log(syntax, Date.now() - t, 'ms', r.suppressions.length, r.problems.length);
  }
});
