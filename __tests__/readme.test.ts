import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ALL_RULES } from '../src/rules/index.js';
import { VERSION } from '../src/version.js';
import { cli } from './helpers/cli.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

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
