/**
 * The action reads and writes only inside GITHUB_WORKSPACE: a `path`, `config` or `sarif-file`
 * input that resolves outside it (`..`, an absolute path, a symbolic link the pull request added)
 * is refused before anything is read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { isInsideRoots, isSymbolicLink } from '../discover/safe-read.js';
import type { ActionInputs } from './inputs.js';

export function assertInputsInsideWorkspace(
  inputs: Pick<ActionInputs, 'paths' | 'configPath' | 'sarifFile'>,
  workspace: string,
): void {
  const root = realPathOf(path.resolve(workspace)) ?? path.resolve(workspace);
  const check = (input: string, given: string) => {
    const resolved = realPathOf(path.resolve(workspace, given));
    if (resolved === undefined) {
      throw new UsageError(
        `${input} "${given}" cannot be resolved (a dangling symbolic link or a file used as a folder)`,
      );
    }
    if (!isInsideRoots(resolved, [root]))
      throw new UsageError(`${input} "${given}" resolves outside the workspace`);
  };
  for (const given of inputs.paths) check('path', given);
  if (inputs.configPath !== undefined) check('config', inputs.configPath);
  if (inputs.sarifFile !== undefined) check('sarif-file', inputs.sarifFile);
}

/**
 * The real path of `absolute`, or of its nearest resolvable ancestor with the other names appended
 * (a file still to be written). Undefined through a dangling link: writing through it would create
 * its target wherever that is.
 */
function realPathOf(absolute: string): string | undefined {
  const missing: string[] = [];
  let current = absolute;
  // Each step drops one name, so the loop ends at the filesystem root.
  for (;;) {
    try {
      return path.join(fs.realpathSync(current), ...missing);
    } catch {
      // ENOENT, or ENOTDIR under a file: the write fails later, with its own message.
    }
    const parent = path.dirname(current);
    if (isSymbolicLink(current) || parent === current) return undefined;
    missing.unshift(path.basename(current));
    current = parent;
  }
}
