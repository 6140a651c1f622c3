import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Small repositories written to temporary folders at test time, each with `base` files plus its own
 * (text or bytes, in subfolders as named), and one call that removes them all.
 */
export function tempRepos(prefix: string, base: Record<string, string | Buffer> = {}) {
  const created: string[] = [];
  return {
    make(files: Record<string, string | Buffer> = {}): string {
      const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
      created.push(root);
      for (const [name, content] of Object.entries({ ...base, ...files })) {
        fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
        fs.writeFileSync(path.join(root, name), content);
      }
      return root;
    },
    /** Chmod first: a test may have locked a folder. */
    removeAll(): void {
      for (const root of created.splice(0)) {
        try {
          fs.chmodSync(root, 0o755);
        } catch {
          // already gone
        }
        fs.rmSync(root, { recursive: true, force: true });
      }
    },
  };
}

/** Makes `root` a git work tree (no commit needed: `rev-parse` answers in an empty repository). */
export function initGit(root: string): void {
  execFileSync('git', ['init', '-q'], { cwd: root, stdio: 'ignore' });
}
