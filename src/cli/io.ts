/**
 * What the CLI and its subcommands need from the outside world, apart from cli/main.ts so that
 * the subcommands (explain, suggest) can take it without importing the module that dispatches
 * to them.
 */

/** The process as the CLI sees it; tests pass a recording one. */
export interface CliIO {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a colour-capable terminal. */
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
}
