/** Kept apart from io.ts, which loads @actions/core: tests that pass their own IO never load it. */
import type { ActionIO } from './io.js';

/** An ActionIO that counts the warnings issued through it (they share GitHub's warning annotation cap). */
export type CountingIO = ActionIO & { warningsIssued(): number };

/** `io`, counting its warnings. */
export function countingWarnings(io: ActionIO): CountingIO {
  let warnings = 0;
  return {
    getInput: (name) => io.getInput(name),
    setOutput: (name, value) => io.setOutput(name, value),
    info: (message) => io.info(message),
    warning: (message) => {
      warnings++;
      io.warning(message);
    },
    writeCommands: (text) => io.writeCommands(text),
    appendSummary: (markdown) => io.appendSummary(markdown),
    fail: (message, exitCode) => io.fail(message, exitCode),
    warningsIssued: () => warnings,
  };
}
