/**
 * Everything the action says to the runner goes through ActionIO, so tests can record it without
 * module mocks. createCoreIO is the real thing, over @actions/core.
 */
import * as core from '@actions/core';

export interface ActionIO {
  /** An input's value as the runner passes it (`INPUT_<NAME>`), empty when unset. */
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  /** One log line. Callers pass only text they wrote or sanitised. */
  info(message: string): void;
  /** A warning annotation without a file. */
  warning(message: string): void;
  /** Workflow command text (annotations), written to stdout as is. */
  writeCommands(text: string): void;
  /** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY). */
  appendSummary(markdown: string): Promise<void>;
  /** Fails the step with a one-line reason (a line per error of a config) and sets the exit code. */
  fail(message: string, exitCode: number): void;
}

/** ActionIO over @actions/core. */
export function createCoreIO(): ActionIO {
  return {
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    writeCommands: (text) => {
      process.stdout.write(text);
    },
    appendSummary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write();
    },
    fail: (message, exitCode) => {
      core.setFailed(message);
      process.exitCode = exitCode;
    },
  };
}
