import type { ReviewQueue } from '../../adapters/queue/review-queue.js';
import type { CodeHost } from '../../ports/code-host.js';
import type { ModelEnv } from '../shared/model-env.js';
import type { reviewPullRequest } from '../shared/review-pull-request.js';
import type { Octokit } from './github/octokit.js';

export type ReviewPullRequest = typeof reviewPullRequest;

/** What the app is built from; the server entry makes the real ones, tests may pass fakes. */
export interface AppDeps {
  queue: ReviewQueue;
  reviewPullRequest: ReviewPullRequest;
  /** The CodeHost port over an installation octokit. */
  createHost: (octokit: Octokit) => CodeHost;
  env: ModelEnv;
  now: () => number;
  /** Calls to GitHub in flight at once across all jobs of this process. */
  githubConcurrency?: number;
  /** false: this process only queues (a web process in front of separate workers, REDIS_URL path). */
  runJobs?: boolean;
}
