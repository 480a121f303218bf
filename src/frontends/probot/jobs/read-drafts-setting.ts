import { ConfigError, parseRepoConfig } from '../../../config/parse-repo-config.js';
import type { CodeHost, RepoRef } from '../../../ports/code-host.js';

/**
 * `drafts` from `.github/indict.yml` on the default branch: whether draft pull requests are reviewed.
 * A missing or bad file means false (a review, when one runs, explains a bad file in its check run).
 */
export async function readDraftsSetting(host: CodeHost, repo: RepoRef): Promise<boolean> {
  const text = await host.readRepoConfig(repo);
  if (text === null) return false;
  try {
    return parseRepoConfig(text).drafts;
  } catch (error) {
    if (error instanceof ConfigError) return false;
    throw error;
  }
}
