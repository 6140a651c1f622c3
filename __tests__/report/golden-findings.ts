/** The findings the golden file of each machine format (SARIF, GitLab, rdjson) is made from. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../../src/types.js';
import { finding, webPort } from '../action/scan-fixture.js';

/** An error, a warning on another port and a notice without a declaration, in a folder with a space. */
export function goldenFindings(): Finding[] {
  const web = webPort();
  return [
    finding(),
    finding({
      ruleId: 'duplicate-port',
      declared: web,
      message: 'host port 8080/tcp is published twice',
      severity: 'warning',
    }),
    finding({
      ruleId: 'parse-error',
      file: 'dir with space/bad.yaml',
      line: 3,
      column: 1,
      port: null,
      protocol: null,
      declared: undefined,
      message: 'bad [x](1) indentation',
      severity: 'notice',
    }),
  ];
}

/** A Compose file with port 968 (line 6) and host port 8080 published twice (lines 10 and 14). */
export const DUPLICATE_COMPOSE = fs.readFileSync(
  path.join(
    path.dirname(fileURLToPath(import.meta.url)),
    '..',
    'fixtures',
    'report',
    'e2e-repo',
    'compose.yaml',
  ),
  'utf8',
);
