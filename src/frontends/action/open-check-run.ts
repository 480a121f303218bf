import type { CodeHost, PullRequestInfo } from '../../ports/code-host.js';
import { isCodeHostError } from '../../ports/code-host-error.js';

/**
 * Opens the `indict` check run (in progress): the action's first write. A 403 means the token is read-only
 * (a fork's pull request, or a workflow without `checks: write`): null, and the review goes to annotations.
 */
export async function openCheckRun(host: CodeHost, pr: PullRequestInfo): Promise<number | null> {
  try {
    return await host.createCheckRun({ owner: pr.owner, repo: pr.repo }, { name: 'indict', headSha: pr.headSha });
  } catch (error) {
    if (isCodeHostError(error, 403)) return null;
    throw error;
  }
}
