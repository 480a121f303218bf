import { parseRepoConfig } from '../../config/parse-repo-config.js';
import { defaultRepoConfig, type RepoConfig } from '../../config/repo-config.schema.js';
import { createOctokitCodeHost } from '../../adapters/github/octokit-code-host.js';
import type { CodeHost, PullRequestInfo } from '../../ports/code-host.js';
import { UsageError } from './usage-error.js';

export interface OpenedPullRequest {
  host: CodeHost;
  pr: PullRequestInfo;
}

/** `--pr <owner>/<repo>#<n>`: the CodeHost on GITHUB_TOKEN and GITHUB_API_URL, and the pull request it names. */
export async function openPullRequest(spec: string, env: NodeJS.ProcessEnv, warn: (line: string) => void): Promise<OpenedPullRequest> {
  const match = /^([\w.-]+)\/([\w.-]+)#(\d+)$/.exec(spec);
  if (!match) throw new UsageError(`--pr ${spec}: expected <owner>/<repo>#<number>`);
  const token = env.GITHUB_TOKEN;
  if (!token) throw new UsageError('--pr needs GITHUB_TOKEN (a token that can read the repository; with --post, one that can write pull requests and checks)');
  const host = createOctokitCodeHost({ token, baseUrl: env.GITHUB_API_URL || 'https://api.github.com', log: (line) => warn(line) });
  const pr = await host.getPullRequest({ owner: match[1]!, repo: match[2]!, number: Number(match[3]) });
  return { host, pr };
}

/** The repository's `.github/indict.yml` from its default branch (a bad one is a ConfigError: exit 2, as for local config). */
export async function loadPullRequestConfig({ host, pr }: OpenedPullRequest): Promise<RepoConfig> {
  const text = await host.readRepoConfig(pr);
  return text === null ? defaultRepoConfig : parseRepoConfig(text, `${pr.owner}/${pr.repo}:.github/indict.yml`);
}
