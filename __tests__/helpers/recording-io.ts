import type { ActionIO } from '../../src/action/io.js';

/** An ActionIO that records what the action says: inputs are set by the test, the rest is read back. */
export class RecordingIO implements ActionIO {
  inputs: Record<string, string> = {};
  outputs: Record<string, string> = {};
  log: string[] = [];
  commands = '';
  summaries: string[] = [];
  failed: { message: string; exitCode: number } | undefined;
  /** When set, appendSummary rejects with it. */
  summaryError: Error | undefined;

  getInput(name: string): string {
    return this.inputs[name] ?? '';
  }
  setOutput(name: string, value: string): void {
    this.outputs[name] = value;
  }
  info(message: string): void {
    this.log.push(message);
  }
  warning(message: string): void {
    this.log.push(`warning: ${message}`);
  }
  writeCommands(text: string): void {
    this.commands += text;
  }
  async appendSummary(markdown: string): Promise<void> {
    if (this.summaryError) throw this.summaryError;
    this.summaries.push(markdown);
  }
  fail(message: string, exitCode: number): void {
    this.failed = { message, exitCode };
  }
}
