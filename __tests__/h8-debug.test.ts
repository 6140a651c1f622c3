import { it } from '@jest/globals';
import { runScan } from '../src/run.js';
it('debug', async () => {
  const o = await runScan({ cwd: '__tests__/fixtures/cases/suppressions-compose', paths: ['.'] });
  for (const f of o.result.findings) console.log(f.line, f.column, f.ruleId, f.port, f.suggestion);
});
