/**
 * src/discover/kinds.ts as a JavaScript module in a temporary folder, so the floor script picks
 * files by exactly portlint's rule without loading TypeScript while it is timed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const KINDS_SOURCE = fileURLToPath(new URL('../../src/discover/kinds.ts', import.meta.url));

/** Writes the transpiled module into `folder` (a new temporary one by default); returns its path. */
export function transpileKinds(folder = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-kinds-'))) {
  const { outputText } = ts.transpileModule(fs.readFileSync(KINDS_SOURCE, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const file = path.join(folder, 'kinds.mjs');
  fs.writeFileSync(file, outputText);
  return file;
}
