/**
 * The action's inputs (action.yml), read and validated once. A wrong value is a UsageError that
 * names the input and the values it accepts.
 */
import { UsageError } from '../errors.js';
import { DEFAULT_FAIL_ON, FAIL_ON_VALUES, type FailOn } from '../policy/gate.js';
import { isOneOf } from '../policy/closest.js';
import { ownFields } from '../dictionary.js';

export type CommentMode = 'auto' | 'always' | 'never';
/** Which findings to report: all, those in the pull request's files, or those its base lacks. */
export type ScopeMode = 'all' | 'changed' | 'new';

export interface ActionInputs {
  /** Files or folders to scan, relative to the workspace. */
  paths: string[];
  /** Config file; undefined: `.portlint.yml`/`.portlint.yaml` in the workspace when present. */
  configPath?: string;
  /** Undefined: the config's `fail-on`, else `error`. */
  failOn?: FailOn;
  annotations: boolean;
  comment: CommentMode;
  summary: boolean;
  /** Where to write SARIF; undefined: no SARIF. */
  sarifFile?: string;
  token: string;
  /** A JSON report to comment from, instead of scanning. */
  fromReport?: string;
  /** The pull request to comment on, overriding the event's. */
  prNumber?: number;
  /** Which findings to report (pull request events only; `all` elsewhere). */
  scope: ScopeMode;
  /** Login the token posts comments as; undefined: github-actions[bot]. */
  commentAuthor?: string;
}

const COMMENT_MODES: readonly CommentMode[] = ['auto', 'always', 'never'];
const SCOPES: readonly ScopeMode[] = ['all', 'changed', 'new'];
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/**
 * Paths from the `path` input: one per line when it has several lines (so a path may hold a
 * space), otherwise separated by spaces. Empty means the workspace.
 */
export function splitPaths(value: string): string[] {
  const separator = value.includes('\n') ? /\r?\n/ : /\s+/;
  const paths = value
    .split(separator)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return paths.length > 0 ? paths : ['.'];
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  if (value === '') return fallback;
  if (isOneOf(value, allowed)) return value;
  throw new UsageError(`input ${name}: "${value}" is not one of ${allowed.join(', ')}`);
}

function boolean(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw new UsageError(`input ${name}: "${value}" is not true or false`);
}

function positiveInteger(name: string, value: string): number | undefined {
  if (value === '') return undefined;
  if (!/^[1-9]\d{0,9}$/.test(value))
    throw new UsageError(`input ${name}: "${value}" is not a pull request number`);
  return Number(value);
}

/** Reads every input through `getInput` (trimmed values; empty when not set). */
export function readInputs(getInput: (name: string) => string): ActionInputs {
  const get = (name: string) => getInput(name).trim();
  const failOn = get('fail-on');
  // Optional fields are left out when unset: no prototype, so none is ever read from Object.prototype.
  const inputs: ActionInputs = ownFields({
    paths: splitPaths(getInput('path')),
    annotations: boolean('annotations', get('annotations'), true),
    comment: oneOf('comment', get('comment'), COMMENT_MODES, 'auto'),
    summary: boolean('summary', get('summary'), true),
    token: get('github-token'),
    scope: oneOf('scope', get('scope'), SCOPES, 'all'),
  });
  if (failOn !== '') inputs.failOn = oneOf('fail-on', failOn, FAIL_ON_VALUES, DEFAULT_FAIL_ON);
  const config = get('config');
  if (config !== '') inputs.configPath = config;
  const sarif = get('sarif-file');
  if (sarif !== '') inputs.sarifFile = sarif;
  const fromReport = get('from-report');
  if (fromReport !== '') inputs.fromReport = fromReport;
  const prNumber = positiveInteger('pr-number', get('pr-number'));
  if (prNumber !== undefined) inputs.prNumber = prNumber;
  const commentAuthor = get('comment-author');
  if (commentAuthor !== '') {
    if (!/^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\[bot\])?$/.test(commentAuthor))
      throw new UsageError(`input comment-author: "${commentAuthor}" is not a GitHub login`);
    inputs.commentAuthor = commentAuthor;
  }
  return inputs;
}
