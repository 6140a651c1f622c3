import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { formatGitlab, type GitlabIssue } from '../../src/report/gitlab.js';
import { runScan } from '../../src/pipeline/run.js';
import { reportRoot } from '../../src/pipeline/report-root.js';
import { HOSTILE_NAME, declaredPort, finding, scanResult } from '../action/scan-fixture.js';
import { initGit, tempRepos } from '../helpers/temp-repo.js';
import { expectGolden } from './golden.js';
import { DUPLICATE_COMPOSE, goldenFindings } from './golden-findings.js';

const GITLAB_SEVERITIES = ['info', 'minor', 'major', 'critical', 'blocker'];
const repos = tempRepos('portlint-gitlab-');
afterAll(() => repos.removeAll());

function issues(text: string): GitlabIssue[] {
  return JSON.parse(text) as GitlabIssue[];
}

async function scanIssues(cwd: string): Promise<GitlabIssue[]> {
  const outcome = await runScan({ cwd, paths: ['.'] });
  return issues(formatGitlab(outcome.result, { cwd, root: reportRoot(cwd, ['.']) }));
}

/** What GitLab requires of every issue of a Code Quality report. */
function expectGitlabFields(report: GitlabIssue[]): void {
  for (const issue of report) {
    expect(issue.type).toBe('issue');
    for (const field of [issue.description, issue.check_name, issue.fingerprint, issue.location.path]) {
      expect(typeof field).toBe('string');
      expect(field.length).toBeGreaterThan(0);
    }
    expect(GITLAB_SEVERITIES).toContain(issue.severity);
    expect(issue.location.path).not.toMatch(/^\.\/|^\/|\\/);
    expect(Number.isInteger(issue.location.lines.begin)).toBe(true);
    expect(issue.location.lines.begin).toBeGreaterThanOrEqual(1);
  }
  expect(new Set(report.map((i) => i.fingerprint)).size).toBe(report.length);
}

describe('formatGitlab', () => {
  it('matches the golden report', () => {
    const text = formatGitlab(scanResult(goldenFindings()), { cwd: '/repo/deploy', root: '/repo' });
    expectGolden('gitlab.json', text);
    expectGitlabFields(issues(text));
  });

  it('keeps identical findings apart with :2, and keeps paths as they are without a base', () => {
    const report = issues(formatGitlab(scanResult([finding(), finding({ line: 9 })])));
    expect(report.map((i) => i.location)).toEqual([
      { path: 'compose.yaml', lines: { begin: 5 } },
      { path: 'compose.yaml', lines: { begin: 9 } },
    ]);
    expect(report[1]!.fingerprint).toBe(`${report[0]!.fingerprint}:2`);
    expect(report[0]!.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('words the description as the other formats do, and starts lines at 1', () => {
    const [issue] = issues(formatGitlab(scanResult([finding({ suggestion: 1024, line: 0 })])));
    expect(issue!.description).toBe('port 968/tcp is unassigned (suggested: 1024)');
    expect(issue!.location).toEqual({ path: 'compose.yaml', lines: { begin: 1 } });
  });

  it('maps error, warning and notice to major, minor and info', () => {
    const report = issues(
      formatGitlab(
        scanResult([
          finding({ severity: 'error' }),
          finding({ severity: 'warning' }),
          finding({ severity: 'notice' }),
        ]),
      ),
    );
    expect(report.map((i) => i.severity)).toEqual(['major', 'minor', 'info']);
  });

  it('keeps hostile text inert: control characters visible, the rest JSON-escaped', () => {
    const declared = declaredPort({ context: { service: HOSTILE_NAME } });
    const text = formatGitlab(
      scanResult([finding({ declared, ruleId: 'r\u001b[2J', message: `service "${HOSTILE_NAME}"` })]),
    );
    const [issue] = issues(text);
    expect(issue!.description).toBe(
      'service "web|x <img src=x onerror=alert(1)> <details> @org/team #1 `id` ' +
        '\\u{1b}[31mred\\u{1b}[0m\\u{a}::add-mask::s3cr3t %0A::stop-commands::t [x](1)"',
    );
    expect(issue!.check_name).toBe('r\\u{1b}[2J');
    // Only the pretty-printing's own line breaks are left.
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });

  it('meets GitLab requirements on a real scan, with fingerprints stable across runs and line moves', async () => {
    const root = repos.make({ 'deploy/compose.yaml': DUPLICATE_COMPOSE });
    initGit(root);
    const cwd = path.join(root, 'deploy');
    const first = await scanIssues(cwd);
    expect(
      first.map((i) => `${i.location.path}:${i.location.lines.begin} ${i.check_name} ${i.severity}`),
    ).toEqual([
      'deploy/compose.yaml:6 unassigned-well-known major',
      'deploy/compose.yaml:14 duplicate-port major',
      'deploy/compose.yaml:14 registered-conflict minor',
      'deploy/compose.yaml:18 registered-conflict minor',
    ]);
    expectGitlabFields(first);
    expect(await scanIssues(cwd)).toEqual(first);
    // Scanned from the root, the files have the same paths and fingerprints (messages quote cwd-relative paths).
    const fromRoot = await scanIssues(root);
    expect(fromRoot.map((i) => [i.location, i.fingerprint])).toEqual(
      first.map((i) => [i.location, i.fingerprint]),
    );

    fs.writeFileSync(path.join(cwd, 'compose.yaml'), `# moved down two lines\n\n${DUPLICATE_COMPOSE}`);
    const moved = await scanIssues(cwd);
    expect(moved.map((i) => i.location.lines.begin)).toEqual([8, 16, 16, 20]);
    expect(moved.map((i) => i.fingerprint)).toEqual(first.map((i) => i.fingerprint));
  });
});
