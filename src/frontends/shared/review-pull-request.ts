import type { Review } from '../../core/review.js';
import type { CodeHost, PullRequestInfo, PullRequestRef } from '../../ports/code-host.js';
import { isModelConfigured, type ModelEnv } from './model-env.js';
import type { Execution } from './create-execution.js';
import { loadHostConfig } from './load-host-config.js';
import { publishReview } from './publish-review.js';
import { readPullRequestState } from './read-pull-request-state.js';
import { carryKey, reviewIncrementally, type ReviewOptions } from './review-incrementally.js';

export interface ReviewPullRequestDeps {
  host: CodeHost;
  env: ModelEnv;
  now: () => number;
  log?: (line: string) => void;
  /** Sandboxed compile checks and the critics' run tool (`createExecution`, built once by the front end); absent: re-scan and parse only. */
  execution?: Execution;
}

export interface ReviewPullRequestResult {
  /** The head that was reviewed (the commit fixes from this review apply to). */
  headSha: string;
  review: Review;
  conclusion: 'success' | 'failure' | 'neutral' | 'cancelled';
  posted: number;
}

const emptyReview = (): Review => ({ findings: [], coverage: { filesReviewed: [], filesSkipped: [] }, stats: { llmCalls: 0, promptTokens: 0, completionTokens: 0, durationMs: 0 }, notices: [] });

async function cancel(deps: ReviewPullRequestDeps, pr: PullRequestRef, checkRunId: number, why: string): Promise<void> {
  await deps.host.completeCheckRun(pr, checkRunId, { conclusion: 'cancelled', output: { title: 'Superseded', summary: why }, annotations: [] })
    .catch((error: Error) => deps.log?.(`indict: could not cancel check run ${checkRunId}: ${error.message}`));
}

/**
 * Reviews one PR head and publishes the result (the App): 1 open the check run, 2 config from the default
 * branch, 3 what earlier runs left (markers), 4 load the change, 5 review (only files changed since the
 * reviewed head, unless `full`), 6 publish. An aborted `signal` (a newer push) completes the check run as
 * cancelled and posts nothing more.
 */
export async function reviewPullRequest(deps: ReviewPullRequestDeps, ref: PullRequestRef & { headSha?: string }, options: ReviewOptions & { signal?: AbortSignal } = {}): Promise<ReviewPullRequestResult> {
  const { host, signal } = { host: deps.host, signal: options.signal };
  const pr: PullRequestInfo = await host.getPullRequest(ref);
  const headSha = ref.headSha ?? pr.headSha;
  const checkRunId = await host.createCheckRun(pr, { name: 'indict', headSha });
  if (headSha !== pr.headSha || signal?.aborted) {
    await cancel(deps, pr, checkRunId, `A newer push (${pr.headSha.slice(0, 7)}) superseded ${headSha.slice(0, 7)}.`);
    return { headSha, review: emptyReview(), conclusion: 'cancelled', posted: 0 };
  }
  let review = emptyReview();
  try {
    const { config, problem } = await loadHostConfig(host, pr);
    if (problem) deps.log?.(`indict: ${problem}`);
    const state = await readPullRequestState(host, pr);
    signal?.throwIfAborted();
    await host.updateCheckRun(pr, checkRunId, { title: 'Reviewing', summary: `indict is reviewing ${headSha.slice(0, 7)}.` })
      .catch((error: Error) => deps.log?.(`indict: could not update check run ${checkRunId}: ${error.message}`));
    const scoped = await reviewIncrementally(host, pr, config, state, deps, options);
    const { change } = scoped;
    review = scoped.review;
    signal?.throwIfAborted();
    const notes = [
      ...(scoped.note ? [scoped.note] : []),
      ...(isModelConfigured(deps.env) ? [] : ['No model configured: tools-only review (analyzers and checked rule fixes).']),
      ...(deps.execution?.notice ? [deps.execution.notice] : []),
    ];
    const published = await publishReview(host, pr, review, change, {
      failOn: config.failOn ?? 'high', maxComments: config.maxComments, checkRunId,
      limits: [...(problem ? [problem] : []), ...change.gaps], notes, signal, state, carryKey: carryKey(config),
    });
    return { headSha, review, conclusion: published.conclusion, posted: published.posted };
  } catch (error) {
    if (signal?.aborted) {
      await cancel(deps, pr, checkRunId, 'A newer push superseded this review.');
      return { headSha, review, conclusion: 'cancelled', posted: 0 };
    }
    const message = (error as Error).message.split('\n')[0] ?? String(error);
    await host.completeCheckRun(pr, checkRunId, { conclusion: 'neutral', output: { title: 'Review failed', summary: `indict could not finish: ${message}` }, annotations: [] })
      .catch((inner: Error) => deps.log?.(`indict: could not complete check run: ${inner.message}`));
    throw error;
  }
}
