/**
 * The imports of a TypeScript source file, read with TypeScript's own parser (no new dependency),
 * for the tests that check the shape of the import graph (cli-imports, architecture).
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { ROOT } from './transpiled-src.js';

/** One module a file names: the specifier as written, and whether only types come from it. */
export interface ModuleImport {
  specifier: string;
  /** `import type`, `export type`, `import { type A }` with nothing else, `import('./x.js').T`: erased. */
  typeOnly: boolean;
}

/** Whether an import declaration brings in types only (TypeScript erases it from the output). */
function importsTypesOnly(declaration: ts.ImportDeclaration): boolean {
  const clause = declaration.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return (
    clause.name === undefined &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  );
}

/**
 * Every module a source file names: import and export-from declarations, `import('...')` calls
 * with a literal, and `import('...')` types. Text order; a module named twice appears twice.
 */
export function moduleImports(fileName: string, text: string): ModuleImport[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true);
  const found: ModuleImport[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: importsTypesOnly(node) });
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false });
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push({ specifier: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Modules a source file loads at run time: what {@link moduleImports} finds, types erased. */
export function runtimeImports(fileName: string, text: string): string[] {
  return moduleImports(fileName, text)
    .filter((found) => !found.typeOnly)
    .map((found) => found.specifier);
}

/** Every source module reached from `entry` and every package they import, by runtime imports. */
export function importGraph(entry: string): { modules: Set<string>; packages: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const pending = [path.resolve(ROOT, entry)];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (modules.has(file)) continue;
    modules.add(file);
    for (const specifier of runtimeImports(file, fs.readFileSync(file, 'utf8'))) {
      if (!specifier.startsWith('.')) {
        packages.add(specifier);
        continue;
      }
      const resolved = path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts'));
      if (!fs.existsSync(resolved)) throw new Error(`${file} imports ${specifier}, which does not exist`);
      pending.push(resolved);
    }
  }
  return { modules, packages };
}
