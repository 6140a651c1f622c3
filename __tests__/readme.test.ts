import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { parseConfig } from '../src/policy/config.js';
import { runScan } from '../src/pipeline/run.js';
import { formatCompact } from '../src/report/compact.js';
import { ALL_RULES } from '../src/rules/index.js';
import { VERSION } from '../src/version.js';
import { cli } from './helpers/cli.js';
import { tempRepos } from './helpers/temp-repo.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
/** What GitHub shows on the repository's page; the rest lives in docs/ and CONTRIBUTING.md. */
const MAX_README_BYTES = 15_500;

describe('README', () => {
  it('lists every rule with its default severity and description, in ALL_RULES order', () => {
    const rows = README.split('\n').filter((line) => /^\| \[[a-z-]+\]\(docs\/rules\//.test(line));
    expect(rows).toEqual(
      ALL_RULES.map((r) => `| [${r.id}](docs/rules/${r.id}.md) | ${r.defaultSeverity} | ${r.description} |`),
    );
  });

  it('keeps its quick start: install, scan the example, test', () => {
    expect(README).toContain('```sh\nnpm ci && npx portlint examples\nnpm test\n```');
  });

  it("shows the quick start's output exactly as the example prints it", async () => {
    const run = await cli(['examples'], ROOT);
    expect(run.code).toBe(1);
    expect(README).toContain(`\n\`\`\`\n${run.stdout}\`\`\`\n`);
  });

  it('states the version package.json ships', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.version).toBe(VERSION);
    expect(pkg.bin.portlint).toBe('dist/cli/index.js');
  });
});

/** The first fenced block of `language` under the `## title` heading of a Markdown text. */
function blockUnder(markdown: string, title: string, language: string): string {
  const section = markdown.split(/^## /m).find((part) => part.startsWith(`${title}\n`));
  const block = section && new RegExp(`^\`\`\`${language}\n([^]*?)^\`\`\`$`, 'm').exec(section);
  if (!block) throw new Error(`no \`\`\`${language} block under "## ${title}"`);
  return block[1]!;
}

describe('README for users', () => {
  const repos = tempRepos('portlint-readme-');
  afterAll(() => repos.removeAll());

  it(`stays at most ${MAX_README_BYTES} bytes`, () => {
    expect(Buffer.byteLength(README)).toBeLessThanOrEqual(MAX_README_BYTES);
  });

  it('puts the workflow step before the quick start, and the quick start before the rules', () => {
    const at = (heading: string) => README.indexOf(`\n## ${heading}\n`);
    const order = ['Use it in a workflow', 'Quick start', 'Install', 'What each finding means'].map(at);
    expect(order.every((index) => index > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('shows a configuration the config reader accepts', () => {
    const config = blockUnder(README, 'Configuration', 'yaml');
    expect(() => parseConfig(config, '.portlint.yml')).not.toThrow();
    expect(parseConfig(config, '.portlint.yml').failOn).toBe('warning');
  });

  it('shows suppressions that silence their findings, and only them', async () => {
    const compose = blockUnder(README, 'Inline suppressions', 'yaml');
    const repo = repos.make({ 'compose.yaml': compose });
    const unsuppressed = repos.make({ 'compose.yaml': compose.replaceAll('portlint-disable', 'note') });
    const scan = async (cwd: string) =>
      formatCompact((await runScan({ cwd, paths: ['.'], today: '2026-09-01' })).result);
    expect(await scan(repo)).toBe('');
    expect(await scan(unsuppressed)).toMatch(/\[registered-conflict\]\n.*\[unassigned-well-known\]\n$/);
  });
});
