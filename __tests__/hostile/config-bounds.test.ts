/**
 * The config comes with the pull request: its size, its lists and the cost of its globs are bounded,
 * and what is refused is a ConfigError that says where.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { ConfigError } from '../../src/errors.js';
import { MAX_CONFIG_BYTES, parseConfig } from '../../src/policy/config.js';
import { globMatcher } from '../../src/discover/glob.js';
import { runScan } from '../../src/pipeline/run.js';

const FILE = '.portlint.yml';
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

function configError(text: string): string {
  try {
    parseConfig(text, FILE);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('no ConfigError');
}

function lines(count: number, line: (i: number) => string): string {
  return Array.from({ length: count }, (_, i) => line(i)).join('\n') + '\n';
}

describe('config size and entries', () => {
  it('refuses a config larger than 1 MiB before parsing it', () => {
    const text = `# ${'x'.repeat(MAX_CONFIG_BYTES)}\n`;
    expect(configError(text)).toBe('.portlint.yml: the config file is larger than 1 MiB');
    // Multi-byte characters count as the bytes they take.
    expect(configError(`# ${'é'.repeat(MAX_CONFIG_BYTES / 2)}\n`)).toBe(
      '.portlint.yml: the config file is larger than 1 MiB',
    );
  });

  it('accepts a config of exactly 1 MiB', () => {
    const text = `# ${'x'.repeat(MAX_CONFIG_BYTES - 3)}\n`;
    expect(Buffer.byteLength(text)).toBe(MAX_CONFIG_BYTES);
    expect(parseConfig(text, FILE).registry).toEqual([]);
  });

  it('refuses more than 10,000 entries in registry, allow, services and rule ranges, at the first one too many', () => {
    expect(
      configError('registry:\n' + lines(10_001, (i) => `  - {port: ${(i % 60_000) + 1}, service: s}`)),
    ).toBe('.portlint.yml:10002:5: "registry" has more than 10000 entries');
    expect(configError('allow:\n' + lines(10_001, (i) => `  - {port: ${(i % 60_000) + 1}, reason: x}`))).toBe(
      '.portlint.yml:10002:5: "allow" has more than 10000 entries',
    );
    expect(configError('services:\n' + lines(10_001, (i) => `  s${i}: [http]`))).toBe(
      '.portlint.yml:10002:3: "services" has more than 10000 entries',
    );
    expect(
      configError('rules:\n  dynamic-range:\n    ranges:\n' + lines(10_001, () => '      - [50000, 50001]')),
    ).toBe('.portlint.yml:10004:9: "rules.dynamic-range.ranges" has more than 10000 entries');
  });

  it('accepts 10,000 registry entries', () => {
    const config = parseConfig(
      'registry:\n' + lines(10_000, (i) => `  - {port: ${i + 1}, service: s}`),
      FILE,
    );
    expect(config.registry).toHaveLength(10_000);
  });
});

describe('config globs', () => {
  it('refuses syntax whose cost is not bounded, naming the glob and where it is', () => {
    expect(configError('exclude:\n  - "deploy/**"\n  - "+(a|aa)*b"\n')).toBe(
      '.portlint.yml:3:5: "exclude" glob "+(a|aa)*b" extglobs such as "+(a|b)" are not supported',
    );
    expect(configError('include: ["!(vendor)/**"]\n')).toBe(
      '.portlint.yml:1:11: "include" glob "!(vendor)/**" negation ("!") is not supported; use "exclude"',
    );
    expect(configError(`include: ["${'{a,b}'.repeat(9)}"]\n`)).toBe(
      `.portlint.yml:1:11: "include" glob "${'{a,b}'.repeat(9)}" expands to more than 256 globs`,
    );
    expect(configError(`exclude: ["${'a'.repeat(1025)}"]\n`)).toBe(
      `.portlint.yml:1:11: "exclude" glob "${'a'.repeat(60)}..." is longer than 1024 characters`,
    );
    expect(configError('allow:\n  - port: 80\n    reason: x\n    paths: ["(a|b)/**"]\n')).toBe(
      '.portlint.yml:4:13: "allow.paths" glob "(a|b)/**" "(" is not supported (write the name out, or use {a,b})',
    );
    expect(configError('exclude:\n' + lines(257, (i) => `  - "d${i}/**"`))).toBe(
      '.portlint.yml:258:5: "exclude" has more than 256 globs',
    );
  });

  it('matches a backtracking-prone glob on long paths in linear time', () => {
    const started = Date.now();
    const stars = globMatcher(['*a*a*a*a*a*a*a*a*b']);
    const globstars = globMatcher(['**/a/**/a/**/a/**/a/**/b']);
    expect([stars('a'.repeat(5000)), stars(`${'a'.repeat(5000)}b`)]).toEqual([false, true]);
    expect([globstars(`${'a/'.repeat(2000)}c`), globstars(`${'a/'.repeat(2000)}b`)]).toEqual([false, true]);
    // picomatch takes minutes on each of the first two; this is a few milliseconds.
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('scans with a hostile exclude glob quickly, and excludes exactly what it matches', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-globs-'));
    folders.push(root);
    const long = 'a'.repeat(200);
    for (const folder of [long, `${long}b`, 'test']) {
      fs.mkdirSync(path.join(root, folder));
      fs.writeFileSync(
        path.join(root, folder, 'compose.yaml'),
        'services:\n  web:\n    ports: ["8080:80"]\n',
      );
    }
    fs.writeFileSync(path.join(root, FILE), 'exclude: ["*a*a*a*a*a*a*a*a*b/**", "test/**"]\n');
    const started = Date.now();
    const { result } = await runScan({ cwd: root, paths: ['.'] });
    expect(result.files.map((f) => f.path)).toEqual([`${long}/compose.yaml`]);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
