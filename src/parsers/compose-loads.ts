import path from 'node:path';
import type { Document } from 'yaml';
import type { ComposeLoads } from '../types.js';
import { isMap, mapGet, scalarString, seqItems, type Node } from './yaml-source.js';
import { interpolate } from './variables.js';

/** Bounds what one file may name: a project loads a handful of files, never thousands. */
const MAX_LOADED_FILES = 64;

export function emptyLoads(): ComposeLoads {
  return { include: [], extends: [], serviceImages: [] };
}

/**
 * A path a Compose file names, relative to the working directory: resolved against `folder` (the
 * folder of the file that names it, or the project folder for COMPOSE_FILE) and normalised.
 * Remote and absolute paths name nothing the scan can compare with.
 */
function loadedPath(
  written: string,
  folder: string,
  values: ReadonlyMap<string, string>,
): string | undefined {
  const text = interpolate(written.trim(), values).value;
  if (text === '' || text.includes('$') || path.posix.isAbsolute(text) || isRemote(text)) return undefined;
  return path.posix.normalize(path.posix.join(folder, text));
}

/** `oci://...`, `https://...`, `C:\\...`, or a scp-like `git@host:owner/repo.git`. */
function isRemote(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(text) || /^[^/]*@[^/]*:/.test(text);
}

function push(list: string[], file: string | undefined): void {
  if (file !== undefined && list.length < MAX_LOADED_FILES && !list.includes(file)) list.push(file);
}

/** Top-level `include:`: a path, or `{ path: a path or a list }`, per entry. */
export function readIncludes(
  loads: ComposeLoads,
  doc: Document.Parsed,
  folder: string,
  values: ReadonlyMap<string, string>,
): void {
  for (const entry of seqItems(doc, mapGet(doc, doc.contents, 'include'))) {
    const written = isMap(entry) ? mapGet(doc, entry, 'path') : entry;
    const paths = scalarString(written) !== undefined ? [written!] : seqItems(doc, written);
    for (const item of paths) {
      const text = scalarString(item);
      if (text !== undefined) push(loads.include, loadedPath(text, folder, values));
    }
  }
}

/** `extends: { file, service }` of service `name`; `extends` without a file stays in this file. */
export function readExtends(
  loads: ComposeLoads,
  doc: Document.Parsed,
  service: Node,
  name: string,
  folder: string,
  values: ReadonlyMap<string, string>,
): void {
  const node = mapGet(doc, service, 'extends');
  if (!isMap(node) || loads.extends.length >= MAX_LOADED_FILES) return;
  const fileText = scalarString(mapGet(doc, node, 'file'));
  const extended = scalarString(mapGet(doc, node, 'service'));
  const file = fileText === undefined ? undefined : loadedPath(fileText, folder, values);
  if (file === undefined || extended === undefined) return;
  loads.extends.push({ file, service: interpolate(extended, values).value, as: name });
}

/**
 * `COMPOSE_FILE` of the folder's `.env`: the files `docker compose` loads there instead of the
 * default pair, split on `COMPOSE_PATH_SEPARATOR` when set, else on `:` or `;`.
 */
export function readComposeFile(
  loads: ComposeLoads,
  folder: string,
  values: ReadonlyMap<string, string>,
): void {
  const list = values.get('COMPOSE_FILE');
  if (list === undefined || list.trim() === '') return;
  const separator = values.get('COMPOSE_PATH_SEPARATOR');
  const parts = separator ? list.split(separator) : list.split(/[:;]/);
  const files: string[] = [];
  for (const part of parts) push(files, loadedPath(part, folder, values));
  if (files.length > 0) loads.composeFile = files;
}
