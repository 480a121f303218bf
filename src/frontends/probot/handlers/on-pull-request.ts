import type { Context } from 'probot';
import type { ReviewQueue } from '../../../adapters/queue/review-queue.js';
import { reviewJob } from '../jobs/job-data.js';

/** opened, reopened, synchronize, ready_for_review: queue a review of the new head and return. */
export async function onPullRequest(queue: ReviewQueue, context: Context<'pull_request.opened' | 'pull_request.reopened' | 'pull_request.synchronize' | 'pull_request.ready_for_review'>): Promise<void> {
  const { pull_request: pr, repository, installation, action } = context.payload;
  if (!installation) return context.log.warn('indict: pull_request event without installation, ignored');
  await queue.add(reviewJob({
    kind: 'review',
    installationId: installation.id,
    owner: repository.owner.login,
    repo: repository.name,
    number: pr.number,
    headSha: pr.head.sha,
    draft: pr.draft ?? false,
    trigger: `pull_request.${action}`,
  }));
}
