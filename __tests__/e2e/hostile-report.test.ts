/**
 * End to end: a report from a fork's run (`from-report`) with megabytes of text in its fields and
 * links that point elsewhere. The comment GitHub gets stays under its 65,536-character limit and
 * inert, and the job summary is written. Build first (`npm run build`), as for action.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { ACTION_ENTRY, emptyFolder, runAction } from './run-action.js';
import { MAX_REPORT_BYTES } from '../../src/action/from-report.js';

const MARKER = '<!-- portlint:comment -->';
const HEAD = '1234567890abcdef1234567890abcdef12345678';
const PR = 9;
/** 15 MB per field, or as much as the report size limit leaves for two such fields. */
const FIELD = Math.min(15_000_000, Math.floor((MAX_REPORT_BYTES - 4_000_000) / 2));

function hostileFinding(i: number) {
  return {
    ruleId: i === 0 ? 'x)](https://evil.test/rule)' : 'unassigned-well-known',
    severity: 'error',
    file: i === 0 ? '../../evil/repo/compose.yaml' : `svc${i}/compose.yaml`,
    line: i + 1,
    column: 1,
    port: 968,
    protocol: 'tcp',
    message: `see www.evil.test \u202e${'m'.repeat(20_000)}`,
  };
}

function hostileReport(): string {
  return JSON.stringify({
    schema: 1,
    tool: 'portlint',
    version: `9.9.9-${'v'.repeat(FIELD)}`,
    registry: { updated: `2025-01-15${'9'.repeat(FIELD)}` },
    files: [],
    ports: [],
    findings: Array.from({ length: 150 }, (_, i) => hostileFinding(i)),
    summary: { files: 0, ports: 0, errors: 150, warnings: 0, notices: 0 },
    github: { repository: 'acme/shop', pullRequest: PR, headSha: HEAD },
  });
}

describe('the action with a hostile from-report file', () => {
  let github: FakeGitHub;
  let reportDir: string;

  beforeAll(async () => {
    if (!fs.existsSync(ACTION_ENTRY))
      throw new Error(`${ACTION_ENTRY} does not exist: run \`npm run build\``);
    github = await startFakeGitHub();
    reportDir = emptyFolder();
    fs.writeFileSync(path.join(reportDir, 'portlint-report.json'), hostileReport());
  });

  afterAll(async () => {
    await github?.close();
    if (reportDir) fs.rmSync(reportDir, { recursive: true, force: true });
  });

  it('posts a comment under 65,536 characters with every field cut and no foreign link', async () => {
    github.pulls.set(PR, { headSha: HEAD });
    const run = await runAction({
      workspace: reportDir,
      apiUrl: github.url,
      eventName: 'workflow_run',
      payload: {
        action: 'completed',
        workflow_run: { head_sha: HEAD, pull_requests: [], conclusion: 'failure' },
      },
      inputs: { 'from-report': 'portlint-report.json', 'fail-on': 'never' },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('could not write the job summary');

    const comments = github.comments.filter((c) => c.issue === PR && c.body.startsWith(MARKER));
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain(
      `IANA registry updated 2025-01-15${'9'.repeat(21)}… · portlint 9.9.9-${'v'.repeat(57)}…`,
    );
    expect(body).toContain(
      '| ❌ error | 968/tcp | — | ../../evil/repo/compose.yaml&#58;1 | see www&#46;evil.test &#92;u&#123;202e&#125;',
    );
    expect(body).toContain('… (x&#41;&#93;&#40;https&#58;//evil.test/rule&#41;) |');
    expect(body).toContain('more findings are not listed here');
    expect(body).toContain(`](https://github.com/acme/shop/blob/${HEAD}/svc1/compose.yaml#L2)`);
    expect(body).not.toContain(`/blob/${HEAD}/..`);

    expect(run.summary.length).toBeGreaterThan(0);
    expect(Buffer.byteLength(run.summary, 'utf8')).toBeLessThanOrEqual(1024 * 1024);
    expect(run.summary).toContain(`portlint 9.9.9-${'v'.repeat(57)}…`);
    expect(run.summary.match(/^\| ❌ error \|/gm)).toHaveLength(150);
  });
});
