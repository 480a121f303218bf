import { createHash } from 'node:crypto';
import type { RepoConfig } from '../../config/repo-config.schema.js';
import type { Review } from '../../core/review.js';
import { loadPullRequestChange, type LoadedPullRequest } from '../../adapters/github/load-pull-request-change.js';
import type { CodeHost, PullRequestInfo } from '../../ports/code-host.js';
import { carryForward, coveredBy } from './carry-forward.js';
import type { ModelEnv } from './model-env.js';
import type { Execution } from './create-execution.js';
import { planIncrement } from './plan-increment.js';
import type { PullRequestState } from './read-pull-request-state.js';
import { reviewChange } from './review-change.js';
import { version } from './version.js';

/** Names the configuration and indict version a review ran with: carried results are reused only under the same key. */
export function carryKey(config: RepoConfig): string {
  return `${version}:${createHash('sha256').update(JSON.stringify(config)).digest('hex').slice(0, 16)}`;
}

export interface ReviewOptions {
  /** Review every file even when an incremental review is possible (`/indict review`, re-runs, `/indict fix`). */
  full?: boolean;
  /** `/indict fix <request>`: handed to the actor. */
  request?: string;
}

const files = (n: number) => `${n} file${n === 1 ? '' : 's'}`;

/**
 * Loads and reviews a pull request's change, incrementally when the markers allow it: files changed since the
 * reviewed head (and files the carried review never covered) are read and go to the analyzers and the critics;
 * the others are not even read and keep their carried results. `note` says which it was.
 */
export async function reviewIncrementally(
  host: CodeHost, pr: PullRequestInfo, config: RepoConfig, state: PullRequestState,
  deps: { env: ModelEnv; now: () => number; execution?: Execution }, options: ReviewOptions & { signal?: AbortSignal } = {},
): Promise<{ review: Review; change: LoadedPullRequest; note: string | null }> {
  const scope = await planIncrement(host, pr, state, carryKey(config), { full: options.full || Boolean(options.request?.trim()) });
  options.signal?.throwIfAborted();
  if (scope.kind === 'full') {
    const change = await loadPullRequestChange(host, pr);
    options.signal?.throwIfAborted();
    return { review: await reviewChange(change, pr, config, deps, options.request), change, note: scope.why ? `Full review: ${scope.why}.` : null };
  }
  const covered = coveredBy(scope.carry);
  const change = await loadPullRequestChange(host, pr, { skipRead: (path) => !scope.changed.has(path) && covered.has(path) });
  options.signal?.throwIfAborted();
  const fresh = await reviewChange(change, pr, config, deps);
  const kept = change.unread.length;
  const note = `Incremental review: ${files(change.files.length)} changed since ${scope.since.slice(0, 7)} reviewed now; ${files(kept)} unchanged keep${kept === 1 ? 's' : ''} the earlier results (\`/indict review\` reviews everything again).`;
  return { review: carryForward(fresh, scope.carry, change, config.scope), change, note };
}
