/**
 * Runs the built action (dist/index.js, or PORTLINT_ACTION_ENTRY) as the runner does: a child
 * process with INPUT_* variables named like the runner names them, the event payload in a file,
 * and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files to read back.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The action entry under test. */
export const ACTION_ENTRY = process.env['PORTLINT_ACTION_ENTRY']
  ? path.resolve(process.env['PORTLINT_ACTION_ENTRY'])
  : path.join(ROOT, 'dist', 'index.js');

export const FAKE_TOKEN = 'ghs_e2eFakeToken000000000000000000000000';

/** Default values of action.yml's inputs, as the runner passes them when a workflow sets none. */
export function actionDefaults(): Record<string, string> {
  const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const defaults: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) {
    const value = String(input.default ?? '');
    defaults[name] = value === '${{ github.token }}' ? FAKE_TOKEN : value;
  }
  return defaults;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Text of the JSON report the run wrote (read before its RUNNER_TEMP is removed). */
  report?: string;
  millis: number;
}

export interface RunOptions {
  workspace: string;
  apiUrl: string;
  eventName: string;
  payload: unknown;
  inputs?: Record<string, string>;
  sha?: string;
  env?: Record<string, string>;
  /** Kill the action after this long (code null), so a hang fails a test instead of stalling it. */
  timeoutMs?: number;
}

/** Parses the `name<<delimiter` blocks @actions/core writes to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]!);
    outputs[match[1]!] = value.join('\n');
  }
  return outputs;
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-e2e-run-'));
  const eventPath = path.join(scratch, 'event.json');
  const outputPath = path.join(scratch, 'output');
  const summaryPath = path.join(scratch, 'summary.md');
  const runnerTemp = path.join(scratch, 'runner-temp');
  fs.mkdirSync(runnerTemp);
  fs.writeFileSync(eventPath, JSON.stringify(options.payload));
  fs.writeFileSync(outputPath, '');
  fs.writeFileSync(summaryPath, '');

  // A clean environment: nothing leaks in from the machine running the tests (proxies, a real
  // runner's GITHUB_* variables, jest's NODE_OPTIONS).
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: os.homedir(),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_SHA: options.sha ?? 'f'.repeat(40),
    GITHUB_RUN_ID: '4242',
    GITHUB_ACTION: '__portlint',
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    ...options.env,
  };
  for (const [name, value] of Object.entries({ ...actionDefaults(), ...options.inputs })) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }

  const started = Date.now();
  const child = spawn(process.execPath, [ACTION_ENTRY], {
    cwd: options.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const timer =
    options.timeoutMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  const run: ActionRun = {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(fs.readFileSync(outputPath, 'utf8')),
    summary: fs.readFileSync(summaryPath, 'utf8'),
    millis: Date.now() - started,
  };
  const reportPath = run.outputs['report'];
  if (reportPath && fs.existsSync(reportPath)) run.report = fs.readFileSync(reportPath, 'utf8');
  fs.rmSync(scratch, { recursive: true, force: true });
  return run;
}

/** A temporary copy of a fixture folder. */
export function copyFixture(folder: string): string {
  const target = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-e2e-repo-'));
  fs.cpSync(folder, target, { recursive: true });
  return target;
}

/** An empty temporary folder. */
export function emptyFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-e2e-empty-'));
}
