import type { Context } from 'probot';
import type { ReviewQueue } from '../../../adapters/queue/review-queue.js';
import { reviewJob } from '../jobs/job-data.js';

/** "Re-run" on indict's check: review each pull request of that check run again, at its current head. */
export async function onCheckRunRerequested(queue: ReviewQueue, context: Context<'check_run.rerequested'>): Promise<void> {
  const { check_run: run, repository, installation } = context.payload;
  if (!installation || run.name !== 'indict') return;
  for (const pr of run.pull_requests) {
    await queue.add(reviewJob({
      kind: 'review', installationId: installation.id, owner: repository.owner.login, repo: repository.name,
      number: pr.number, headSha: pr.head.sha, draft: false, full: true, trigger: 'check_run.rerequested',
    }));
  }
}
