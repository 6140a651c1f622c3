import { UsageError } from '../errors.js';
import { didYouMean, isOneOf } from '../policy/closest.js';
import { FAIL_ON_VALUES, type FailOn } from '../policy/gate.js';
import { assertOneScope } from '../policy/scope.js';
import { own, ownFields } from '../dictionary.js';

export const FORMATS = [
  'stylish',
  'compact',
  'json',
  'sarif',
  'github',
  'markdown',
  'gitlab',
  'rdjson',
] as const;
export type Format = (typeof FORMATS)[number];

export interface CliArgs {
  paths: string[];
  format: Format;
  failOn?: FailOn;
  config?: string;
  changedSince?: string;
  newFrom?: string;
  color?: boolean;
  help: boolean;
  version: boolean;
}

const VALUE_FLAGS = ['--format', '--fail-on', '--config', '--changed-since', '--new-from'] as const;
const BOOLEAN_FLAGS = ['--help', '--version', '--color', '--no-color'] as const;
const SHORT: Record<string, string> = {
  '-f': '--format',
  '-c': '--config',
  '-h': '--help',
  '-v': '--version',
};
const ALL_FLAGS = [...VALUE_FLAGS, ...BOOLEAN_FLAGS];

/** Strict argv parsing: unknown flags are refused with the nearest valid one. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = ownFields({ paths: [], format: 'stylish', help: false, version: false });
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--') {
      args.paths.push(...argv.slice(i + 1));
      break;
    }
    if (!token.startsWith('-') || token === '-') {
      args.paths.push(token);
      continue;
    }
    const eq = token.indexOf('=');
    const short = own(SHORT, token);
    const flag = short ?? (eq > 0 ? token.slice(0, eq) : token);
    if (!(ALL_FLAGS as readonly string[]).includes(flag)) {
      throw new UsageError(`unknown option "${flag}"${didYouMean(flag, ALL_FLAGS)}`);
    }
    if ((VALUE_FLAGS as readonly string[]).includes(flag)) {
      const value = eq > 0 && !short ? token.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') throw new UsageError(`option "${flag}" needs a value`);
      setValue(args, flag as (typeof VALUE_FLAGS)[number], value);
      continue;
    }
    if (flag === '--help') args.help = true;
    else if (flag === '--version') args.version = true;
    else args.color = flag === '--color';
  }
  // --help and --version answer whatever else is given.
  if (!args.help && !args.version) assertOneScope(args);
  return args;
}

function setValue(args: CliArgs, flag: (typeof VALUE_FLAGS)[number], value: string): void {
  if (flag === '--config') {
    args.config = value;
  } else if (flag === '--changed-since') {
    args.changedSince = value;
  } else if (flag === '--new-from') {
    args.newFrom = value;
  } else if (flag === '--format') {
    args.format = oneOf(value, FORMATS, flag);
  } else {
    args.failOn = oneOf(value, FAIL_ON_VALUES, flag);
  }
}

function oneOf<T extends string>(value: string, valid: readonly T[], flag: string): T {
  if (isOneOf(value, valid)) return value;
  throw new UsageError(
    `${flag} must be one of ${valid.join(', ')}, not "${value}"${didYouMean(value, valid)}`,
  );
}

export const USAGE = `Usage: portlint [paths...] [options]
       portlint explain <port>[/<protocol>] [--path <folder>] [--format text|json]
       portlint suggest [--near N] [--service NAME] [--protocol P] [--format text|json]

Find every port your manifests declare and check it against IANA's registry.

Commands:
  explain               what IANA says about a port, who uses it by convention, where this repository declares it
  suggest               a free port that passes every rule (see "portlint suggest --help")

Options:
  -f, --format <name>   stylish (default), compact, json, sarif, github, markdown,
                        gitlab (Code Quality report), rdjson (reviewdog)
      --fail-on <level> exit 1 when a finding is at least: error (default), warning, notice, never
  -c, --config <file>   config file (default: .portlint.yml or .portlint.yaml in the current folder)
      --changed-since <ref>
                        report only findings in files changed since a git ref (whole repo still scanned)
      --new-from <ref>  report only findings the tree at a git ref does not have (by rule, file and port)
      --color, --no-color
  -h, --help            show this help
  -v, --version         show the version

Exit codes: 0 nothing reached --fail-on, 1 something did, 2 usage or config error.
`;
