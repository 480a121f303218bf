import type { CodeHost, PullRequestInfo } from '../../ports/code-host.js';
import { isCodeHostError } from '../../ports/code-host-error.js';
import type { PlannedComment } from './plan-inline-comments.js';

export interface PostedReview {
  posted: PlannedComment[];
  /** Comments GitHub rejected (422): their findings go to the summary. */
  rejected: PlannedComment[];
}

/** Comments a 422 names by path and line, when GitHub says which; otherwise the ones not in the safest form. */
function suspects(comments: readonly PlannedComment[], message: string): PlannedComment[] {
  const named = comments.filter((c) => message.includes(`${c.draft.path}:${c.draft.line}`) || message.includes(`"${c.draft.path}"`));
  if (named.length) return named;
  const risky = comments.filter((c) => !c.safe);
  return risky.length && risky.length < comments.length ? risky : [...comments];
}

/**
 * Creates the one review (event COMMENT). The POST is never retried blindly; if GitHub rejects a comment (422),
 * the review is sent once more without the offending comments (all of them, when GitHub does not say which).
 */
export async function postReview(host: CodeHost, pr: PullRequestInfo, body: string, comments: readonly PlannedComment[]): Promise<PostedReview> {
  const send = (list: readonly PlannedComment[]) =>
    host.createReview(pr, { commitId: pr.headSha, body, event: 'COMMENT', comments: list.map((c) => c.draft) });
  try {
    await send(comments);
    return { posted: [...comments], rejected: [] };
  } catch (error) {
    if (!isCodeHostError(error, 422)) throw error;
    const rejected = suspects(comments, error.message);
    const kept = comments.filter((c) => !rejected.includes(c));
    if (kept.length) await send(kept);
    return { posted: kept, rejected };
  }
}
