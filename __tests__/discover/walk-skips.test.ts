/**
 * Outside git, what the walk cannot or will not enter is reported as a `skipped-file` notice on the
 * folder or link, with the reason: an unreadable folder, nesting past the depth bound, the entry
 * bound, a link to a folder out of the scanned roots, a link loop. Nothing disappears silently.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { discover, WALK_LIMITS } from '../../src/discover/discover.js';
import { KINDS } from '../../src/parsers/index.js';
import { scanWithPolicy } from '../helpers/scan.js';
import {
  expectGoodFileScanned,
  hostileRepo,
  portsOf,
  problemsOf,
  removeHostileRepos,
  scanRepo,
} from '../hostile/support.js';

afterAll(removeHostileRepos);

const notice = (why: string): [string, number, number, string] => [
  'skipped-file',
  1,
  1,
  `not scanned: ${why}`,
];

/** discover() on `root`, with what it reported as skipped. */
function discoverWithSkips(root: string, options: Partial<Parameters<typeof discover>[1]> = {}) {
  const skipped: Array<[string, string]> = [];
  const files = discover(['.'], {
    cwd: root,
    kinds: KINDS,
    onSkipped: (file, reason) => skipped.push([file, reason]),
    ...options,
  });
  return { files: files.map((f) => f.path), skipped };
}

describe('the walk outside git', () => {
  it('reports a folder it cannot read and still lists the rest', () => {
    const root = hostileRepo({ 'locked/compose.yaml': 'services: {}\n' });
    // Root reads any folder whatever its mode, so the EACCES a user would get is simulated.
    const readFolder = (folder: string) => {
      if (folder === path.join(root, 'locked')) {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      }
      return fs.readdirSync(folder, { withFileTypes: true });
    };
    expect(discoverWithSkips(root, { readFolder })).toEqual({
      files: ['good/compose.yaml'],
      skipped: [['locked', 'it is a folder that cannot be read (EACCES)']],
    });
  });

  it('reports a folder nested past the depth bound (100) and scans everything above it', () => {
    expect(WALK_LIMITS.depth).toBe(100);
    const nested = Array.from({ length: 101 }, (_, i) => `d${i + 1}`).join('/');
    const root = hostileRepo({
      [`${nested}/compose.yaml`]: 'services:\n  deep:\n    ports: ["9999:80"]\n',
      'd1/Dockerfile': 'FROM nginx\nEXPOSE 8081\n',
    });
    const result = scanRepo(root);
    expect(result.findings.filter((f) => f.ruleId === 'skipped-file')).toEqual([
      {
        ruleId: 'skipped-file',
        severity: 'notice',
        file: nested,
        line: 1,
        column: 1,
        port: null,
        protocol: null,
        message: 'not scanned: it is a folder nested more than 100 folders deep; not walked',
      },
    ]);
    expect(result.ports.filter((p) => p.port === 9999)).toEqual([]);
    expect(portsOf(result, 'd1/Dockerfile')).toEqual([[2, 8, 8081, 8081, 'tcp', 'expose']]);
    expectGoodFileScanned(result);
  });

  it('walks a folder at exactly the depth bound', () => {
    const root = hostileRepo({ 'a/b/compose.yaml': 'services: {}\n' });
    expect(discoverWithSkips(root, { limits: { depth: 2, entries: 100 } })).toEqual({
      files: ['a/b/compose.yaml', 'good/compose.yaml'],
      skipped: [],
    });
    expect(discoverWithSkips(root, { limits: { depth: 1, entries: 100 } })).toEqual({
      files: ['good/compose.yaml'],
      skipped: [['a/b', 'it is a folder nested more than 1 folders deep; not walked']],
    });
  });

  it('stops at the entry bound and says where', () => {
    const root = hostileRepo({ 'a/x.txt': '', 'a/y.txt': '', 'a/z.txt': '' });
    // root holds a/ and good/ (2 entries); then good/ (1 entry, walked first: a stack) then a/ (3).
    expect(discoverWithSkips(root, { limits: { depth: 100, entries: 5 } })).toEqual({
      files: ['good/compose.yaml'],
      skipped: [
        [
          'a',
          'the walk stopped at 5 files and folders; this folder and those not yet walked were not scanned',
        ],
      ],
    });
  });

  it('reports a link to a folder out of the scanned roots (here /) and a link loop, and follows neither', () => {
    const root = hostileRepo();
    fs.symlinkSync('/', path.join(root, 'machine'));
    fs.symlinkSync('loop-b', path.join(root, 'loop-a'));
    fs.symlinkSync('loop-a', path.join(root, 'loop-b'));
    // A link to a folder inside the roots is not walked either, but its files are scanned where they are.
    fs.symlinkSync('good', path.join(root, 'good-again'));
    const result = scanRepo(root);
    expect(problemsOf(result, 'machine')).toEqual([
      notice('it is a symbolic link to a folder outside the scanned folder; not followed'),
    ]);
    expect(problemsOf(result, 'loop-a')).toEqual([notice('it is a symbolic link loop (ELOOP)')]);
    expect(problemsOf(result, 'loop-b')).toEqual([notice('it is a symbolic link loop (ELOOP)')]);
    expect(result.findings.filter((f) => f.ruleId === 'skipped-file')).toHaveLength(3);
    expect(result.files).toEqual([{ path: 'good/compose.yaml', kind: 'compose' }]);
    expectGoodFileScanned(result);
  });

  it('does not report what the config excludes', () => {
    const root = hostileRepo();
    fs.symlinkSync('/', path.join(root, 'machine'));
    const result = scanWithPolicy({ paths: ['.'], cwd: root, exclude: ['machine'], today: '2026-08-17' });
    expect(result.findings.filter((f) => f.ruleId === 'skipped-file')).toEqual([]);
    expect(problemsOf(scanRepo(root), 'machine')).toEqual([
      notice('it is a symbolic link to a folder outside the scanned folder; not followed'),
    ]);
  });

  it('follows a scanned path that is itself a link (a person named it), but no link inside it out of it', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-outside-'));
    try {
      fs.writeFileSync(path.join(outside, 'compose.yaml'), 'services:\n  x:\n    ports: ["7001:80"]\n');
      fs.symlinkSync('/', path.join(outside, 'machine'));
      const root = hostileRepo();
      fs.symlinkSync(outside, path.join(root, 'elsewhere'));
      const result = scanRepo(root, ['elsewhere']);
      expect(portsOf(result, 'elsewhere/compose.yaml')).toEqual([
        [3, 14, 7001, 7001, 'tcp', 'host'],
        [3, 19, 80, 80, 'tcp', 'container'],
      ]);
      expect(problemsOf(result, 'elsewhere/machine')).toEqual([
        notice('it is a symbolic link to a folder outside the scanned folder; not followed'),
      ]);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });
});
