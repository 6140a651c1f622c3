import fs from 'node:fs';
import path from 'node:path';
import type { ComposeLoads, DeclaredPort, Diagnostic, ScannedFile } from '../types.js';
import { addFacts, factsOf } from '../types.js';
import type { DiscoveredFile } from '../discover/discover.js';
import { toReportPath } from '../discover/report-path.js';
import { KIND_FROM_TEXT, kindOf } from '../discover/kinds.js';
import { KINDS, kindModule } from '../parsers/index.js';
import type { ManifestKindModule, ParseResult } from '../parsers/types.js';
import { readManifest } from '../discover/read-file.js';
import { findSuppressions, SUPPRESSION_MARKER, type FileSuppressions } from '../policy/suppressions.js';
import { capDiagnostics, type Unreported } from '../policy/per-file-cap.js';
import { FOLDER_DEPTH } from '../classify/identity.js';

export type FileDiagnostic = Diagnostic & { file: string };

/** What one discovered file yields. Plain data: it crosses from a worker thread by structured clone. */
export interface FileOutcome {
  /** Set when the file was parsed (its kind has a parser). */
  file?: ScannedFile;
  ports: DeclaredPort[];
  /** skipped-file notices, read notices, then the parser's own diagnostics, in that order. */
  diagnostics: FileDiagnostic[];
  suppressions?: FileSuppressions;
  /** Diagnostics left out by the per-file cap, counted by rule. */
  unreported?: Unreported[];
  /** Other files the parser read (a `.env`, a `variables.tf`): its diagnostics may come from them. */
  reads?: string[];
  /** Compose: the files this one loads with itself. */
  composeLoads?: ComposeLoads;
}

/** What every file of one scan shares: report paths are relative to `cwd`; links may not leave `roots`. */
export interface ParseContext {
  cwd: string;
  roots: readonly string[];
}

/**
 * The per-file step of a scan: read the file, settle its kind, parse it and read its suppressions
 * from the comments its parser hands over.
 * Never throws: an unreadable file is a `skipped-file` notice, a parser crash a `parse-error`.
 */
export function createFileParser(context: ParseContext): (found: DiscoveredFile) => FileOutcome {
  const { cwd, roots } = context;
  const foldersOf = createFolderNamer();
  // `../api/Dockerfile` from the cwd `api` is `Dockerfile`: links compare paths as discovery writes them.
  const canonical = (relative: string): string => toReportPath(cwd, path.resolve(cwd, relative));
  // Several Compose files of one folder share its .env: read it once per scan.
  const siblings = new Map<string, string | undefined>();
  const readSibling = (relative: string): string | undefined => {
    if (!siblings.has(relative)) {
      const read = readManifest(path.resolve(cwd, relative), roots);
      siblings.set(relative, 'text' in read ? read.text : undefined);
    }
    return siblings.get(relative);
  };
  return (found) => {
    const outcome: FileOutcome = { ports: [], diagnostics: [] };
    const read = readManifest(found.absolutePath, roots);
    if ('skipped' in read) {
      outcome.diagnostics.push(notScanned(found.path, read.skipped));
      return outcome;
    }
    const kind =
      found.kind === KIND_FROM_TEXT ? kindOf(KINDS, found.path, found.facts, read.text) : found.kind;
    if (!kind) return outcome;
    outcome.file = { path: found.path, kind };
    for (const notice of read.notices) outcome.diagnostics.push({ ...notice, file: found.path });
    try {
      const reads: string[] = [];
      const readAndNote = (relative: string): string | undefined => {
        const text = readSibling(relative);
        if (text !== undefined && !reads.includes(relative)) reads.push(relative);
        return text;
      };
      // Only a file that mentions `portlint-disable` asks its parser for its comments.
      const wantComments = read.text.includes(SUPPRESSION_MARKER);
      const input = { path: found.path, text: read.text, readSibling: readAndNote, wantComments };
      const module = kindModule(kind);
      const result = module.parse(input);
      const inline = wantComments ? inlineSuppressions(module, input, result) : undefined;
      if (inline) outcome.suppressions = inline;
      if (reads.length > 0) outcome.reads = reads;
      // Folder names from the real path, not the cwd-relative one: the same whatever the scan's start.
      const folders = foldersOf(path.dirname(found.absolutePath));
      for (const port of result.ports) {
        if (folders.length > 0) port.folders = folders;
        canonicalPaths(port, canonical);
      }
      outcome.ports = result.ports;
      if (result.composeLoads) outcome.composeLoads = canonicalLoads(result.composeLoads, canonical);
      const unreported = capDiagnostics(result.diagnostics);
      if (unreported.length > 0) outcome.unreported = unreported;
      for (const d of result.diagnostics) outcome.diagnostics.push({ ...d, file: found.path });
    } catch (error) {
      // A parser bug must not hide the rest of the scan; it becomes a finding on this file.
      outcome.diagnostics.push({
        file: found.path,
        ruleId: 'parse-error',
        messageId: 'parserCrash',
        data: { kind, detail: (error as Error).message },
        line: 1,
        column: 1,
      });
    }
    return outcome;
  };
}

/** The suppressions written in a file's comments: those its parser handed over, or its kind finds. */
export function inlineSuppressions(
  module: ManifestKindModule,
  file: { path: string; text: string },
  result: ParseResult,
): FileSuppressions | undefined {
  const comments = result.comments ?? module.comments?.(file.text, file.path) ?? [];
  return findSuppressions(file.path, file.text, comments);
}

/** The `skipped-file` notice for a file or folder that was not read, and why. */
export function notScanned(file: string, reason: string): FileDiagnostic {
  return { file, ruleId: 'skipped-file', messageId: 'notScanned', data: { reason }, line: 1, column: 1 };
}

/**
 * The names of a folder and its parents, innermost first, at most FOLDER_DEPTH, ending at a
 * repository's top (the folder holding `.git`): names above it say where it was cloned, not what it is.
 */
function createFolderNamer(): (folder: string) => string[] {
  const cache = new Map<string, string[]>();
  // Sibling folders share their parents: each is asked about `.git` once.
  const topLevels = new Map<string, boolean>();
  const isTopLevel = (folder: string): boolean => {
    let answer = topLevels.get(folder);
    if (answer === undefined) topLevels.set(folder, (answer = fs.existsSync(path.join(folder, '.git'))));
    return answer;
  };
  return (folder) => {
    let names = cache.get(folder);
    if (names === undefined) {
      names = [];
      let current = folder;
      for (let depth = 0; depth < FOLDER_DEPTH; depth++) {
        const name = path.basename(current);
        if (name === '') break;
        names.push(name);
        if (isTopLevel(current)) break;
        current = path.dirname(current);
      }
      cache.set(folder, names);
    }
    return names;
  };
}

/** Paths a parser wrote by joining onto its file's path, in the form discovery gives files. */
function canonicalPaths(port: DeclaredPort, canonical: (relative: string) => string): void {
  const compose = factsOf(port, 'compose');
  if (compose?.buildContext !== undefined)
    addFacts(port, 'compose', { buildContext: canonical(compose.buildContext) });
  if (compose?.buildDockerfile !== undefined)
    addFacts(port, 'compose', { buildDockerfile: canonical(compose.buildDockerfile) });
  if (port.valueFrom !== undefined) port.valueFrom = port.valueFrom.map(canonical);
}

function canonicalLoads(loads: ComposeLoads, canonical: (relative: string) => string): ComposeLoads {
  const result: ComposeLoads = {
    include: loads.include.map(canonical),
    extends: loads.extends.map((e) => ({ ...e, file: canonical(e.file) })),
  };
  if (loads.serviceImages !== undefined) result.serviceImages = loads.serviceImages;
  if (loads.composeFile !== undefined) result.composeFile = loads.composeFile.map(canonical);
  return result;
}
