import pLimit from 'p-limit';
import type { ApplicationFunction } from 'probot';
import type { AppDeps } from './app-deps.js';
import { onCheckRunRerequested } from './handlers/on-check-run.js';
import { onIssueComment, onReviewComment } from './handlers/on-comment.js';
import { onPullRequest } from './handlers/on-pull-request.js';
import { createJobProcessor } from './jobs/create-job-processor.js';
import type { JobContext } from './jobs/job-context.js';
import { limitCalls } from './jobs/limit-calls.js';

/**
 * The Probot app: every handler only queues a job and returns, so each delivery is acknowledged at once;
 * the queue's workers do the GitHub and model work.
 */
export function createIndictApp(deps: AppDeps): ApplicationFunction {
  return async (app) => {
    const githubLimit = pLimit(deps.githubConcurrency ?? 8);
    const ctx: JobContext = {
      deps,
      host: async (installationId) => limitCalls(deps.createHost(await app.auth(installationId)), githubLimit),
      log: { info: (m) => app.log.info(m), warn: (m) => app.log.warn(m), error: (m) => app.log.error(m) },
    };
    if (deps.runJobs !== false) await deps.queue.start(createJobProcessor(ctx));
    const { queue } = deps;
    app.on(['pull_request.opened', 'pull_request.reopened', 'pull_request.synchronize', 'pull_request.ready_for_review'], (context) => onPullRequest(queue, context));
    app.on('issue_comment.created', (context) => onIssueComment(queue, context));
    app.on('pull_request_review_comment.created', (context) => onReviewComment(queue, context));
    app.on('check_run.rerequested', (context) => onCheckRunRerequested(queue, context));
  };
}
