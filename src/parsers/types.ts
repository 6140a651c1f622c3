import type { ComposeLoads, DeclaredPort, Diagnostic } from '../types.js';
import type { KindMatcher } from '../discover/kinds.js';

export type { PathFacts } from '../discover/kinds.js';

/** A comment's extent in the text (offsets, end exclusive) and the extent of its content without delimiters. */
export interface CommentSpan {
  start: number;
  end: number;
  bodyStart: number;
  bodyEnd: number;
}

/** Everything one file yields. Parsers never throw on bad input: they return diagnostics. */
export interface ParseResult {
  ports: DeclaredPort[];
  diagnostics: Diagnostic[];
  /**
   * Every comment of the file, in text order, when ParseInput.wantComments: inline suppressions are
   * read from them, so comments are found once, by the parser that knows the syntax.
   */
  comments?: CommentSpan[];
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
  /** The text mentions `portlint-disable`: hand over `comments` (other files pay nothing for them). */
  wantComments?: boolean;
}

export type Parser = (input: ParseInput) => ParseResult;

/**
 * One manifest kind: how discovery recognises it and how it is parsed. Adding a kind is one such
 * module plus its entry in the list of kinds (docs/architecture.md).
 */
export interface ManifestKindModule extends KindMatcher {
  parse: Parser;
  /**
   * Every comment of a file of this kind, for kinds whose comments a lexer finds in the text alone.
   * A parser that lexes the whole text anyway (YAML) hands them over as `ParseResult.comments`.
   */
  comments?(text: string, path: string): CommentSpan[];
}
