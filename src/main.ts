/**
 * The GitHub Action: inputs -> runScan (or a report from an earlier run) -> JSON report, SARIF,
 * outputs, annotations, job summary, pull request comment -> the fail-on gate.
 *
 * Everything GitHub-facing that is optional (comment, changed lines, summary) degrades to a
 * warning; only a finding that reaches fail-on, or a broken input, fails the step.
 */
import { ConfigError, PortlintError } from './errors.js';
import { readInputs, type ActionInputs } from './action/inputs.js';
import { readContext, readEventPayload, type ActionContext } from './action/context.js';
import { assertInputsInsideWorkspace } from './action/inside-workspace.js';
import { countingWarnings } from './action/counting-io.js';
import { defaultDeps, type ActionDeps } from './action/deps.js';
import { pullRequestFilesOnce, scanOrLoad } from './action/scan-or-load.js';
import { commentTarget, linkSha } from './action/comment-target.js';
import { annotate, postComment, setOutputs, writeSarif, writeSummary } from './action/publish.js';
import { counts, oneLine, scanSummary } from './action/messages.js';
import type { GitHubApi } from './action/github-api.js';

export type { ActionDeps };

/** A GitHub API client when something will use it and there is a token; undefined otherwise. */
async function connect(
  deps: ActionDeps,
  inputs: ActionInputs,
  context: ActionContext,
  scopeNeedsFiles: boolean,
): Promise<GitHubApi | undefined> {
  const wantsApi =
    inputs.comment !== 'never' ||
    ((inputs.annotations || scopeNeedsFiles) && context.pullRequest !== undefined);
  if (inputs.token === '' || !wantsApi) return undefined;
  return deps.createApi(inputs.token, context.apiUrl, (m) => deps.io.info(`portlint: ${oneLine(m)}`));
}

async function runAction(outerDeps: ActionDeps): Promise<void> {
  const io = countingWarnings(outerDeps.io);
  const deps: ActionDeps = { ...outerDeps, io };
  const { env } = deps;
  const inputs = readInputs((name) => io.getInput(name));
  const context = readContext(
    env,
    readEventPayload(env['GITHUB_EVENT_PATH'], (m) => io.warning(m)),
  );
  assertInputsInsideWorkspace(inputs, context.workspace);
  const scopeNeedsFiles = inputs.scope === 'changed' && inputs.fromReport === undefined;
  const api = await connect(deps, inputs, context, scopeNeedsFiles);
  const pullRequestFiles = pullRequestFilesOnce(context, api);

  const scanned = await scanOrLoad(deps, inputs, context, pullRequestFiles);
  io.info(scanSummary(scanned.version, scanned.result));
  io.info(`portlint: JSON report: ${oneLine(scanned.reportPath)}`);

  const publication = { io, env, inputs, context, scanned, api };
  const problems: string[] = [];
  const sarif = writeSarif(publication);
  if ('problem' in sarif) problems.push(sarif.problem);
  setOutputs(publication, 'path' in sarif ? sarif.path : '');
  // Annotations belong to the run that checked out the code; a report read back has none.
  if (inputs.annotations && inputs.fromReport === undefined) {
    await annotate(publication, pullRequestFiles, scopeNeedsFiles, scanned.failed || problems.length > 0);
  }
  const target = await commentTarget(inputs, context, scanned.reportGitHub, api);
  if (inputs.summary) await writeSummary(publication, linkSha(inputs, context, scanned.reportGitHub, target));
  await postComment(publication, target);

  if (scanned.failed) {
    io.fail(`portlint: ${counts(scanned.result)}; findings reach fail-on: ${scanned.failOn}`, 1);
  } else if (problems.length > 0) {
    io.fail(`portlint: ${oneLine(problems[0]!)}`, 1);
  }
}

/** Runs the action; the only place the step is failed. Never rejects. */
export async function run(overrides: Partial<ActionDeps> = {}): Promise<void> {
  let deps: ActionDeps | undefined;
  try {
    deps = await defaultDeps(overrides);
    await runAction(deps);
  } catch (error) {
    const exitCode = error instanceof PortlintError ? error.exitCode : 1;
    const message = error instanceof Error ? error.message : String(error);
    const prefix = error instanceof PortlintError ? 'portlint' : 'portlint: internal error';
    // A config's errors one a line, as the CLI prints them; anything else on one line.
    const lines = error instanceof ConfigError ? error.problems : [message];
    if (deps) deps.io.fail(lines.map((line) => `${prefix}: ${oneLine(line)}`).join('\n'), exitCode);
    else {
      process.stdout.write(`::error::${oneLine(`${prefix}: ${message}`).replace(/%/g, '%25')}\n`);
      process.exitCode = exitCode;
    }
  }
}
