import type { PullRequestRef } from '../../ports/code-host.js';
import { isCodeHostError } from '../../ports/code-host-error.js';
import type { ActionDeps } from './action-deps.js';

/** An issue comment on the PR; with a read-only token, a warning in the run instead (never a failure). */
export async function answerOnPullRequest(deps: ActionDeps, pr: PullRequestRef, body: string): Promise<void> {
  try {
    await deps.host.createIssueComment(pr, body);
  } catch (error) {
    if (!isCodeHostError(error, 403)) throw error;
    deps.io.warning(`indict: could not comment on #${pr.number} (read-only token): ${body.split('\n')[0]}`);
  }
}
