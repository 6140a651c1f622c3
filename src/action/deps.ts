/** The action's boundaries (runner IO, environment, scanner, GitHub API, git); tests replace any of them. */
import type { RunOutcome, RunRequest } from '../pipeline/run.js';
import type { GitHubApi } from './github-api.js';
import type { ActionIO } from './io.js';
import { gitMissingCommit } from '../policy/git.js';

export interface ActionDeps {
  io: ActionIO;
  env: Readonly<Record<string, string | undefined>>;
  runScan(request: RunRequest): Promise<RunOutcome>;
  createApi(token: string, apiUrl: string, log: (message: string) => void): GitHubApi | Promise<GitHubApi>;
  /** Why commit `sha` cannot be read in `cwd` (for scope: new), or undefined when it can. */
  missingCommit(cwd: string, sha: string): string | undefined;
}

/** The real boundaries, except those given. */
export async function defaultDeps(overrides: Partial<ActionDeps>): Promise<ActionDeps> {
  // Loaded on demand so tests that pass their own boundaries never load @actions/* or the scanner.
  const io = overrides.io ?? (await import('./io.js')).createCoreIO();
  return {
    io,
    env: overrides.env ?? process.env,
    runScan: overrides.runScan ?? (await import('../pipeline/run.js')).runScan,
    missingCommit: overrides.missingCommit ?? gitMissingCommit,
    createApi: overrides.createApi ?? createRestApi,
  };
}

async function createRestApi(
  token: string,
  apiUrl: string,
  log: (message: string) => void,
): Promise<GitHubApi> {
  const [
    { createOctokitTransport },
    { RestGitHubApi },
    { DEFAULT_RETRY_POLICY, realRetryEnvironment },
    { VERSION },
  ] = await Promise.all([
    import('./octokit-transport.js'),
    import('./github-api.js'),
    import('./http.js'),
    import('../version.js'),
  ]);
  const transport = createOctokitTransport(token, apiUrl, `portlint-action/${VERSION}`);
  return new RestGitHubApi(transport, apiUrl, DEFAULT_RETRY_POLICY, {
    ...realRetryEnvironment,
    onRetry: log,
  });
}
