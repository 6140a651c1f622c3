import { posix } from 'node:path';
import { KIND_FROM_TEXT, kindOf } from '../../src/discover/kinds.js';
import { KINDS, kindModule } from '../../src/parsers/index.js';
import { inlineSuppressions } from '../../src/pipeline/parse-file.js';
import { SUPPRESSION_MARKER, type FileSuppressions } from '../../src/policy/suppressions.js';
import type { ManifestKind } from '../../src/types.js';

/**
 * The kind of a file as discovery settles it: by name, then by text when the name cannot tell.
 * `chartFolders` defaults to the file's own folder, so a `values.yaml` is a chart's.
 */
export function kindOfFile(
  file: string,
  text: string,
  chartFolders: ReadonlySet<string> = new Set([posix.dirname(file)]),
): ManifestKind | undefined {
  const byName = kindOf(KINDS, file, { chartFolders });
  return byName === KIND_FROM_TEXT ? kindOf(KINDS, file, { chartFolders }, text) : byName;
}

/**
 * The suppressions of a file read as a scan reads them: the parser of its kind (picked from KINDS by
 * name and text, or `kind` when given) hands over its comments. Throws when the file has no kind.
 */
export function suppressionsOf(
  file: string,
  text: string,
  kind?: ManifestKind,
): FileSuppressions | undefined {
  const settled = kind ?? kindOfFile(file, text);
  if (!settled) throw new Error(`${file} is no manifest portlint reads`);
  const input = {
    path: file,
    text,
    readSibling: () => undefined,
    wantComments: text.includes(SUPPRESSION_MARKER),
  };
  const module = kindModule(settled);
  const result = module.parse(input);
  return input.wantComments ? inlineSuppressions(module, input, result) : undefined;
}
