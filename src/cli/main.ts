import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, PortlintError, UsageError } from '../errors.js';
import { runScan, scannablePaths, type RunOutcome } from '../pipeline/run.js';
import { formatJson } from '../report/json.js';
import { formatStylish } from '../report/stylish.js';
import { formatCompact } from '../report/compact.js';
import { formatSarif } from '../report/sarif.js';
import { formatGithubCommands } from '../report/github-commands.js';
import { formatMarkdown } from '../report/markdown.js';
import { formatGitlab } from '../report/gitlab.js';
import { formatRdjson } from '../report/rdjson.js';
import { sanitizeTerminal } from '../report/escape.js';
import type { ReportBase } from '../report/report-base.js';
import { reportRoot } from '../pipeline/report-root.js';
import { closest, suggestionText } from '../policy/closest.js';
import { VERSION } from '../version.js';
import { parseArgs, USAGE, type CliArgs } from './args.js';
import { runExplain } from './explain.js';
import { runSuggest } from './suggest.js';
import type { CliIO } from './io.js';

/** Subcommands, dispatched on the first argument; each parses its own flags. */
const SUBCOMMANDS: Readonly<Record<string, (argv: readonly string[], io: CliIO) => Promise<number>>> = {
  explain: runExplain,
  suggest: runSuggest,
};

/** argv -> scan -> formatted output; returns the exit code (0 clean, 1 fail-on reached, 2 usage/config). */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const subcommand = argv[0] !== undefined && Object.hasOwn(SUBCOMMANDS, argv[0]) ? argv[0] : undefined;
  try {
    if (subcommand) return await SUBCOMMANDS[subcommand]!(argv.slice(1), io);
    assertNotMistypedSubcommand(argv[0], io.cwd);
    const args = parseArgs(argv);
    if (args.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (args.version) {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    const paths = scannablePaths(args.paths, io.cwd);
    const outcome = await runScan({
      cwd: io.cwd,
      paths,
      configPath: args.config,
      failOn: args.failOn,
      changedSince: args.changedSince,
      newFrom: args.newFrom,
    });
    io.stdout(render(outcome, args, io));
    return outcome.failed ? 1 : 0;
  } catch (error) {
    if (error instanceof PortlintError) {
      for (const line of messageLines(error)) io.stderr(`portlint: ${sanitizeTerminal(line)}\n`);
      if (error instanceof UsageError)
        io.stderr(`Run "portlint ${subcommand ? `${subcommand} ` : ''}--help" for usage.\n`);
      return error.exitCode;
    }
    throw error;
  }
}

/** `portlint explian 968`: a first argument that is no path but close to a subcommand is its typo. */
function assertNotMistypedSubcommand(first: string | undefined, cwd: string): void {
  if (first === undefined || first.startsWith('-') || isPresent(path.resolve(cwd, first))) return;
  const meant = closest(first, Object.keys(SUBCOMMANDS));
  if (meant !== undefined) throw new UsageError(`unknown command "${first}"${suggestionText(meant)}`);
}

/** Whether anything is at `absolute`, a dangling link included: then it is a path to scan. */
function isPresent(absolute: string): boolean {
  try {
    return fs.lstatSync(absolute, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return true; // there, but not ours to look at (EACCES): the path check says so
  }
}

/** A config's errors one a line; any other message on one line (a newline in it is escaped). */
function messageLines(error: PortlintError): readonly string[] {
  return error instanceof ConfigError ? error.problems : [error.message];
}

function render(outcome: RunOutcome, args: CliArgs, io: CliIO): string {
  switch (args.format) {
    case 'json':
      return formatJson(outcome.result, outcome.version);
    case 'compact':
      return formatCompact(outcome.result);
    case 'sarif':
      return formatSarif(outcome.result, { version: outcome.version, base: reportBase(args, io) });
    case 'github':
      return formatGithubCommands(outcome.result);
    case 'markdown':
      return formatMarkdown(outcome.result, { version: outcome.version });
    case 'gitlab':
      return formatGitlab(outcome.result, reportBase(args, io));
    case 'rdjson':
      return formatRdjson(outcome.result);
    default:
      return formatStylish(outcome.result, { color: args.color ?? wantsColor(io) });
  }
}

/**
 * Findings' paths are relative to cwd; SARIF and GitLab want them relative to the repository root.
 * Asked only for those formats: finding git's top level costs a process.
 */
function reportBase(args: CliArgs, io: CliIO): ReportBase {
  return { cwd: io.cwd, root: reportRoot(io.cwd, args.paths) };
}

function wantsColor(io: CliIO): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0';
  return io.isTTY;
}
