import type { Review } from '../../core/review.js';
import type { CodeHost, PullRequestInfo } from '../../ports/code-host.js';
import type { PullRequestState } from './read-pull-request-state.js';

/**
 * Earlier inline findings that the new review of the same files no longer reports: answered "fixed in <sha>"
 * and their thread resolved. Findings in files that were not reviewed this time are left alone; resolved threads are skipped.
 */
export async function resolveFixedFindings(host: CodeHost, pr: PullRequestInfo, review: Review, state: PullRequestState): Promise<string[]> {
  const current = new Set(review.findings.map((f) => f.id));
  const notReviewed = new Set(review.coverage.filesSkipped.map((s) => s.path));
  const candidates = [...state.posted].filter(([id, comment]) => !current.has(id) && !state.dismissed.has(id) && !notReviewed.has(comment.path ?? ''));
  if (candidates.length === 0) return [];
  const threads = new Map((await host.listReviewThreads(pr)).map((t) => [t.firstCommentId, t]));
  const fixed: string[] = [];
  for (const [id, comment] of candidates) {
    const thread = threads.get(comment.id);
    if (!thread || thread.isResolved) continue;
    await host.replyToReviewComment(pr, comment.id, `✅ Fixed in ${pr.headSha}.`);
    await host.resolveReviewThread(thread.id);
    fixed.push(id);
  }
  return fixed;
}
