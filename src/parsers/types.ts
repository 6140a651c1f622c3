import type { ComposeLoads, DeclaredPort, Diagnostic, ManifestKind } from '../types.js';

/** Everything one file yields. Parsers never throw on bad input: they return diagnostics. */
export interface ParseResult {
  ports: DeclaredPort[];
  diagnostics: Diagnostic[];
  /** Compose: the files this one loads with itself, for the link step's projects. */
  composeLoads?: ComposeLoads;
}

export interface ParseInput {
  /** Path relative to the working directory, forward slashes (goes into DeclaredPort.file). */
  path: string;
  /** File text, BOM stripped, line endings as in the file. */
  text: string;
  /** Read a sibling file (e.g. Compose's `.env`) by path relative to the working directory; undefined if absent. */
  readSibling(relativePath: string): string | undefined;
}

export type Parser = (input: ParseInput) => ParseResult;

export interface ParserEntry {
  kind: ManifestKind;
  parse: Parser;
}
