/** A failure of portlint itself or of its input (config, usage): never a finding. */
export class PortlintError extends Error {
  constructor(
    message: string,
    /** Process exit code the CLI uses: 2 for usage and config errors. */
    readonly exitCode = 2,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PortlintError';
  }
}

/** A config file that cannot be used; the message names the file, line and column of each error. */
export class ConfigError extends PortlintError {
  /** The errors, one `file:line:col: message` each; the message is these lines. */
  readonly problems: readonly string[];

  constructor(problems: string | readonly string[], options?: { cause?: unknown }) {
    const lines = typeof problems === 'string' ? [problems] : problems;
    super(lines.join('\n'), 2, options);
    this.name = 'ConfigError';
    this.problems = lines;
  }
}

/** Wrong command-line usage. */
export class UsageError extends PortlintError {
  constructor(message: string) {
    super(message, 2);
    this.name = 'UsageError';
  }
}

/** git could not answer what an option (--changed-since, --new-from) needed; said in one line. */
export class GitError extends UsageError {
  constructor(message: string) {
    super(message);
    this.name = 'GitError';
  }
}
