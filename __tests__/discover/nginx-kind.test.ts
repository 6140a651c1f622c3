/**
 * nginx is recognised by what a file says, not by the folders above it: those depend on where the
 * scan starts, and other programs (Dovecot, Apache) keep `conf.d/*.conf` files too.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { looksLikeNginx } from '../../src/parsers/nginx.js';
import { scanWithPolicy } from '../helpers/scan.js';
import { kindOfFile } from '../helpers/kinds.js';

const kindOf = (file: string, text: string) => kindOfFile(file, text, new Set());

describe('nginx by content', () => {
  it('reads unmistakable nginx lines', () => {
    expect(looksLikeNginx('server {\n  listen 80;\n}\n')).toBe(true);
    expect(looksLikeNginx('location /api {\n  proxy_pass http://api:8000;\n}\n')).toBe(true);
    expect(looksLikeNginx('upstream app {\n  server app:8000;\n}\n')).toBe(true);
    expect(looksLikeNginx('\tlisten\t[::]:443 ssl;')).toBe(true);
  });

  it("does not take other programs' configuration for nginx", () => {
    // Dovecot
    expect(
      looksLikeNginx(
        'service imap-login {\n  inet_listener imap {\n    port = 143\n  }\n}\nlisten = *, ::\n',
      ),
    ).toBe(false);
    // Apache, BIND, a commented-out nginx line
    expect(looksLikeNginx('Listen 80\n<VirtualHost *:80>\n</VirtualHost>\n')).toBe(false);
    expect(
      looksLikeNginx('options {\n  listen-on port 53 { any; };\n};\nserver 10.0.0.1 {\n  keys { k; };\n};\n'),
    ).toBe(false);
    expect(looksLikeNginx('# listen 80;\n')).toBe(false);
  });

  it('any folder: the path only makes a .conf a candidate', () => {
    const site = 'server {\n  listen 8080;\n}\n';
    expect(kindOf('conf/site.conf', site)).toBe('nginx');
    expect(kindOf('deploy/nginx/site.conf', site)).toBe('nginx');
    expect(kindOf('dovecot/conf.d/10-master.conf', 'listen = *\n')).toBeUndefined();
    expect(kindOf('sites-enabled/default', site)).toBe('nginx');
    expect(kindOf('README.md', site)).toBeUndefined();
  });
});

describe('where the scan starts', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-nginx-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const repo = path.join(root, 'nginx-demo');
  fs.mkdirSync(path.join(repo, 'conf'), { recursive: true });
  fs.mkdirSync(path.join(repo, 'dovecot', 'conf.d'), { recursive: true });
  fs.writeFileSync(path.join(repo, 'conf', 'site.conf'), 'server {\n  listen 5050;\n}\n');
  fs.writeFileSync(
    path.join(repo, 'dovecot', 'conf.d', '10-master.conf'),
    'service imap {\n  port = 143\n}\n',
  );

  const findings = (cwd: string, prefix: string) =>
    scanWithPolicy({ paths: ['.'], cwd, today: '2026-08-17' }).findings.map(
      (f) => `${f.file.slice(prefix.length)}:${f.line}:${f.column} ${f.ruleId} ${f.port}`,
    );

  it('gives the same findings for the repository scanned alone or from its parent folder', () => {
    const alone = findings(repo, '');
    expect(alone).toEqual(['conf/site.conf:2:10 registered-conflict 5050']);
    expect(findings(root, 'nginx-demo/')).toEqual(alone);
  });
});
