import type { Finding } from '../../core/finding.schema.js';
import type { PullRequestInfo } from '../../ports/code-host.js';
import { isCodeHostError } from '../../ports/code-host-error.js';
import { commitFixes, fixCommitMessage, verifiedFixes as plural } from '../shared/commands/commit-fixes.js';
import type { ActionDeps } from './action-deps.js';

/**
 * The verified fixes of a `/indict fix`: committed to the head branch when it lives in this repository (the
 * workflow token cannot push to forks), otherwise left as the suggestions of the review. Returns the answer.
 */
export async function commitOrSuggest(deps: ActionDeps, pr: PullRequestInfo, verified: readonly Finding[], requestedBy: string, request = ''): Promise<string> {
  if (verified.length === 0) return 'I found no fix that passed its checks, so nothing was committed.';
  if (pr.headRepoFullName !== `${pr.owner}/${pr.repo}`) {
    return `this branch lives in a fork, where the workflow token cannot push, so the ${plural(verified.length)} are suggestions in my review instead.`;
  }
  const message = fixCommitMessage(verified.length, requestedBy, request);
  try {
    const sha = await commitFixes(deps.host, { owner: pr.owner, repo: pr.repo, branch: pr.headRef, headSha: pr.headSha }, verified, message);
    return sha ? `I pushed ${plural(verified.length)} in ${sha}.` : 'the verified fixes are already applied; nothing was committed.';
  } catch (error) {
    if (!isCodeHostError(error, 403) && !isCodeHostError(error, 422) && !isCodeHostError(error, 409)) throw error;
    deps.io.warning(`indict: could not push the fixes: ${error.message}`);
    const why = error.status === 403 ? 'the workflow token may not push here (give the job `contents: write`)' : 'the branch moved while I was reviewing it';
    return `I could not push (${why}), so the ${plural(verified.length)} are suggestions in my review instead.`;
  }
}
