/**
 * src/ as plain JavaScript in a temporary folder, for tests that must run real Node.js code
 * outside jest (worker threads cannot load TypeScript). Each file is transpiled on its own
 * (no type check, about a second for the whole tree); node_modules is linked in.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Transpiles every src/**\/*.ts into `<tmp>/src/**\/*.js`; returns the temporary folder. */
export function transpileSource(): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-src-'));
  fs.writeFileSync(path.join(out, 'package.json'), '{"type":"module"}\n');
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(out, 'node_modules'), 'dir');
  const source = path.join(ROOT, 'src');
  for (const entry of fs.readdirSync(source, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.d.ts')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const target = path.join(out, 'src', path.relative(source, file)).replace(/\.ts$/, '.js');
    const { outputText } = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
      fileName: file,
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        resolveJsonModule: true,
      },
    });
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, outputText);
  }
  return out;
}
