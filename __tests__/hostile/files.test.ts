/**
 * Hostile files on disk: too large, binary, not UTF-8, links that loop or leave the scan root, a FIFO,
 * a folder where a file is expected, an unreadable file, a name that is not UTF-8. Each ends in a
 * `skipped-file` notice or a `parse-error` with a location; none hangs or stops the scan.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { MAX_FILE_BYTES, readManifest } from '../../src/discover/read-file.js';
import {
  expectGoodFileScanned,
  hostileRepo,
  portsOf,
  problemsOf,
  removeHostileRepos,
  scanRepo,
  timed,
} from './support.js';

afterAll(removeHostileRepos);

const notice = (why: string): [string, number, number, string] => [
  'skipped-file',
  1,
  1,
  `not scanned: ${why}`,
];

describe('size limit', () => {
  it('skips a 50 MB manifest with a notice, without reading it', () => {
    const big = Buffer.alloc(50 * 1024 * 1024, '#');
    big.write('services:\n  web:\n    image: nginx\n    ports: ["9999:9999"]\n');
    const root = hostileRepo({ 'compose.yaml': big });
    const { value: result, ms } = timed(() => scanRepo(root));
    expect(problemsOf(result, 'compose.yaml')).toEqual([
      notice(`it is 52428800 bytes, above the ${MAX_FILE_BYTES}-byte limit for a manifest`),
    ]);
    expect(result.files.map((f) => f.path)).not.toContain('compose.yaml');
    expect(ms).toBeLessThan(5000);
    expectGoodFileScanned(result);
  });

  it('reads a file of exactly the limit (5 MiB) and skips one byte more', () => {
    const exact = Buffer.alloc(MAX_FILE_BYTES, '#');
    exact.write('PORT=8080\n');
    const over = Buffer.alloc(MAX_FILE_BYTES + 1, '#');
    over.write('PORT=8080\n');
    const root = hostileRepo({ 'exact/.env': exact, 'over/.env': over });
    const result = scanRepo(root);
    expect(portsOf(result, 'exact/.env')).toEqual([[1, 6, 8080, 8080, 'tcp', 'listen']]);
    expect(problemsOf(result, 'over/.env')).toEqual([
      notice(`it is 5242881 bytes, above the 5242880-byte limit for a manifest`),
    ]);
    expectGoodFileScanned(result);
  });
});

describe('encodings', () => {
  it('skips a binary file named Dockerfile', () => {
    const bytes = Buffer.from([
      0x7f,
      0x45,
      0x4c,
      0x46,
      0x02,
      0x01,
      0x01,
      0x00,
      ...Buffer.from('EXPOSE 80\n'),
    ]);
    const root = hostileRepo({ Dockerfile: bytes });
    const result = scanRepo(root);
    expect(problemsOf(result, 'Dockerfile')).toEqual([notice('it is a binary file, not text')]);
    expectGoodFileScanned(result);
  });

  it('reports invalid UTF-8 at the first invalid byte and still reads every port', () => {
    const bytes = Buffer.concat([
      Buffer.from('PORT=8080\n# a U+FFFD the file really holds: \ufffd\nNAME=caf'),
      Buffer.from([0xe9]), // Latin-1 é: not UTF-8
      Buffer.from('\nAPI_PORT=9090\n'),
    ]);
    const root = hostileRepo({ '.env': bytes });
    const result = scanRepo(root);
    expect(problemsOf(result, '.env')).toEqual([
      ['parse-error', 3, 9, 'the file is not valid UTF-8; invalid bytes were read as U+FFFD'],
    ]);
    expect(portsOf(result, '.env')).toEqual([
      [1, 6, 8080, 8080, 'tcp', 'listen'],
      [4, 10, 9090, 9090, 'tcp', 'listen'],
    ]);
    expectGoodFileScanned(result);
  });

  it('counts columns after a UTF-8 BOM as an editor does, on the line of an invalid byte too', () => {
    const root = hostileRepo({
      'a/.env': Buffer.concat([
        Buffer.from('\ufeffX='),
        Buffer.from([0xff]),
        Buffer.from(' PORT=1\nPORT=8080\n'),
      ]),
      // Two BOMs: the first is the encoding's mark, the second a character of line 1.
      'b/.env': '\ufeff\ufeffPORT=8080\n',
    });
    const result = scanRepo(root);
    expect(problemsOf(result, 'a/.env')).toEqual([
      ['parse-error', 1, 3, 'the file is not valid UTF-8; invalid bytes were read as U+FFFD'],
    ]);
    expect(portsOf(result, 'a/.env')).toEqual([[2, 6, 8080, 8080, 'tcp', 'listen']]);
    // Only the mark is dropped: the parser sees the second U+FEFF, as an editor shows it.
    expect(readManifest(path.join(root, 'b/.env'), [root])).toEqual({
      text: '\ufeffPORT=8080\n',
      notices: [],
    });
  });

  it('reads UTF-16 with a byte order mark, as Compose does', () => {
    const text = 'services:\n  db:\n    image: postgres\n    ports: ["5432:5432"]\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    const root = hostileRepo({ 'le/compose.yaml': le, 'be/compose.yaml': be });
    const result = scanRepo(root);
    for (const file of ['le/compose.yaml', 'be/compose.yaml']) {
      expect(problemsOf(result, file).filter(([rule]) => rule === 'parse-error')).toEqual([]);
      expect(portsOf(result, file)).toEqual([
        [4, 14, 5432, 5432, 'tcp', 'host'],
        [4, 19, 5432, 5432, 'tcp', 'container'],
      ]);
    }
  });
});

describe('links, special files and permissions', () => {
  it('reports a symbolic link loop', () => {
    const root = hostileRepo();
    fs.symlinkSync('compose.yaml', path.join(root, 'compose.yaml'));
    fs.symlinkSync('b.compose.yaml', path.join(root, 'a.compose.yaml'));
    fs.symlinkSync('a.compose.yaml', path.join(root, 'b.compose.yaml'));
    const result = scanRepo(root);
    for (const file of ['compose.yaml', 'a.compose.yaml', 'b.compose.yaml']) {
      expect(problemsOf(result, file)).toEqual([notice('it is a symbolic link loop (ELOOP)')]);
    }
    expectGoodFileScanned(result);
  });

  it('does not follow a link to a folder that contains it (no walk loop)', () => {
    const root = hostileRepo({ 'app/Dockerfile': 'FROM nginx\nEXPOSE 80\n' });
    fs.symlinkSync('..', path.join(root, 'app', 'up'));
    fs.symlinkSync('.', path.join(root, 'app', 'compose.yaml'));
    const { value: result, ms } = timed(() => scanRepo(root));
    expect(problemsOf(result, 'app/compose.yaml')).toEqual([notice('it is not a regular file')]);
    expect(portsOf(result, 'app/Dockerfile')).toEqual([[2, 8, 80, 80, 'tcp', 'expose']]);
    expect(ms).toBeLessThan(5000);
    expectGoodFileScanned(result);
  });

  it('never follows a link out of the scan root, nor reads a sibling .env through one', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-outside-'));
    try {
      fs.writeFileSync(path.join(outside, 'compose.yaml'), 'services:\n  x:\n    ports: ["1:1"]\n');
      fs.writeFileSync(path.join(outside, '.env'), 'SECRET_PORT=4242\n');
      const root = hostileRepo({
        'app/compose.yaml': 'services:\n  app:\n    ports: ["${SECRET_PORT}:80"]\n',
      });
      fs.symlinkSync(path.join(outside, 'compose.yaml'), path.join(root, 'compose.yaml'));
      fs.symlinkSync(path.join(outside, '.env'), path.join(root, 'app', '.env'));
      const result = scanRepo(root);
      const outsideLink = notice(
        'it is a symbolic link that points outside the scanned folder; not followed',
      );
      expect(problemsOf(result, 'compose.yaml')).toEqual([outsideLink]);
      expect(problemsOf(result, 'app/.env')).toEqual([outsideLink]);
      // The value behind the link never reaches the report: the variable stays unresolved.
      expect(portsOf(result, 'app/compose.yaml')).toEqual([
        [3, 14, null, null, 'tcp', 'host'],
        [3, 29, 80, 80, 'tcp', 'container'],
      ]);
      expect(JSON.stringify(result)).not.toContain('4242');
      expectGoodFileScanned(result);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('follows a link that stays inside the scan root', () => {
    const root = hostileRepo({ 'shared/Dockerfile.base': 'FROM nginx\nEXPOSE 8443\n' });
    fs.symlinkSync('shared/Dockerfile.base', path.join(root, 'Dockerfile'));
    const result = scanRepo(root);
    expect(portsOf(result, 'Dockerfile')).toEqual([[2, 8, 8443, 8443, 'tcp', 'expose']]);
  });

  it('does not hang on a FIFO named Dockerfile, or named .env beside a Compose file', () => {
    const root = hostileRepo({
      'app/compose.yaml': 'services:\n  app:\n    ports: ["${APP_PORT:-3000}:80"]\n',
    });
    const fifos = [path.join(root, 'Dockerfile'), path.join(root, 'app', '.env')];
    for (const fifo of fifos) execFileSync('mkfifo', [fifo]);
    // If the scan ever opened a FIFO for reading it would block for good; a writer opening it after
    // 10 s unblocks it, so the test fails on time instead of hanging the run.
    const rescuers = fifos.map((fifo) =>
      spawn(
        process.execPath,
        ['-e', `setTimeout(() => require('fs').writeFileSync(${JSON.stringify(fifo)}, ''), 10000)`],
        {
          stdio: 'ignore',
        },
      ),
    );
    try {
      const { value: result, ms } = timed(() => scanRepo(root));
      expect(ms).toBeLessThan(5000);
      expect(problemsOf(result, 'Dockerfile')).toEqual([notice('it is not a regular file')]);
      expect(problemsOf(result, 'app/.env')).toEqual([notice('it is not a regular file')]);
      expect(portsOf(result, 'app/compose.yaml')).toEqual([
        [3, 14, 3000, 3000, 'tcp', 'host'],
        [3, 32, 80, 80, 'tcp', 'container'],
      ]);
      expectGoodFileScanned(result);
      // Named on the command line, the FIFO is refused the same way.
      expect(problemsOf(scanRepo(root, ['Dockerfile']), 'Dockerfile')).toEqual([
        notice('it is not a regular file'),
      ]);
    } finally {
      for (const rescuer of rescuers) rescuer.kill();
    }
  });

  it('scans a folder named compose.yaml as a folder', () => {
    const root = hostileRepo({ 'compose.yaml/Dockerfile': 'FROM nginx\nEXPOSE 8081\n' });
    const result = scanRepo(root);
    expect(problemsOf(result, 'compose.yaml')).toEqual([]);
    expect(portsOf(result, 'compose.yaml/Dockerfile')).toEqual([[2, 8, 8081, 8081, 'tcp', 'expose']]);
    expect(portsOf(scanRepo(root, ['compose.yaml']), 'compose.yaml/Dockerfile')).toEqual([
      [2, 8, 8081, 8081, 'tcp', 'expose'],
    ]);
    expectGoodFileScanned(result);
  });

  const root_ = process.getuid?.() === 0;
  // Root reads any file whatever its mode: the FIFO and folder cases above stand in for it there.
  (root_ ? it.skip : it)('reports a file it may not read (chmod 000; skipped when run as root)', () => {
    const root = hostileRepo({ 'compose.yaml': 'services: {}\n' });
    fs.chmodSync(path.join(root, 'compose.yaml'), 0o000);
    const result = scanRepo(root);
    expect(problemsOf(result, 'compose.yaml')).toEqual([notice('it cannot be read (EACCES)')]);
    expectGoodFileScanned(result);
  });

  it('reports a file whose name is not valid UTF-8 (Linux allows any bytes)', () => {
    const root = hostileRepo();
    const name = Buffer.concat([
      Buffer.from(root + '/'),
      Buffer.from([0x78, 0xff]),
      Buffer.from('.compose.yaml'),
    ]);
    fs.writeFileSync(name, 'services:\n  x:\n    ports: ["1:1"]\n');
    const result = scanRepo(root);
    // The name as Node.js decodes it (U+FFFD for the byte) names no file on disk.
    expect(problemsOf(result, 'x\ufffd.compose.yaml')).toEqual([notice('it cannot be read (ENOENT)')]);
    expectGoodFileScanned(result);
  });
});
