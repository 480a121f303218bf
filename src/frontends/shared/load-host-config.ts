import { ConfigError, parseRepoConfig } from '../../config/parse-repo-config.js';
import { defaultRepoConfig, type RepoConfig } from '../../config/repo-config.schema.js';
import type { CodeHost, RepoRef } from '../../ports/code-host.js';

/**
 * `.github/indict.yml` from the default branch. A bad file is not fatal: the review runs on defaults and
 * `problem` says what is wrong (the check run shows it and turns neutral).
 */
export async function loadHostConfig(host: CodeHost, repo: RepoRef, path = '.github/indict.yml'): Promise<{ config: RepoConfig; problem: string | null }> {
  const text = await host.readRepoConfig(repo, path);
  if (text === null) return { config: defaultRepoConfig, problem: null };
  try {
    return { config: parseRepoConfig(text, path), problem: null };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return { config: defaultRepoConfig, problem: `bad config, reviewed with defaults: ${error.message}` };
  }
}
