import type { Review } from '../../core/review.js';
import type { LoadedPullRequest } from '../../adapters/github/load-pull-request-change.js';
import type { PullRequestInfo, PullRequestRef } from '../../ports/code-host.js';
import { isCodeHostError } from '../../ports/code-host-error.js';
import { buildAnnotations } from '../shared/build-annotations.js';
import { isModelConfigured } from '../shared/model-env.js';
import { loadHostConfig } from '../shared/load-host-config.js';
import { publishReview } from '../shared/publish-review.js';
import { emptyPullRequestState, readPullRequestState } from '../shared/read-pull-request-state.js';
import { carryKey, reviewIncrementally, type ReviewOptions } from '../shared/review-incrementally.js';
import type { ActionDeps } from './action-deps.js';
import { openCheckRun } from './open-check-run.js';

export interface ActionReview {
  pr: PullRequestInfo;
  review: Review;
  change: LoadedPullRequest;
  /** Published on the PR (check run, review, summary comment), or only shown in this run (read-only token). */
  published: boolean;
  /** One line on how the result was published, for the log and the job summary. */
  where: string;
  limits: string[];
  notes: string[];
}

const readOnlyWhere = 'read-only token (a fork\'s pull request, or no write permission): findings are workflow annotations and this summary';

/**
 * The App's review of one PR, in a workflow: 1 the check run (null when the token is read-only), 2 config
 * from the default branch (`config-path`), 3 what earlier runs left (markers; a read-only run reviews
 * everything), 4 the change and the review (only files changed since the reviewed head, unless `full`),
 * 5 the shared publisher, unless the token is read-only; a 403 while publishing falls back the same way.
 */
export async function reviewInAction(deps: ActionDeps, ref: PullRequestRef, options: ReviewOptions & { readOnly: boolean }): Promise<ActionReview> {
  const { host, inputs } = deps;
  const pr = await host.getPullRequest(ref);
  const checkRunId = options.readOnly ? null : await openCheckRun(host, pr);
  const { config, problem } = await loadHostConfig(host, deps.repo, inputs.configPath);
  let review: Review;
  let change: LoadedPullRequest;
  let state = emptyPullRequestState();
  let note: string | null;
  try {
    if (!options.readOnly) state = await readPullRequestState(host, pr);
    ({ review, change, note } = await reviewIncrementally(host, pr, config, state, { env: deps.env, now: deps.now, execution: deps.execution }, options));
  } catch (error) {
    if (checkRunId !== null) {
      await host.completeCheckRun(deps.repo, checkRunId, { conclusion: 'neutral', output: { title: 'Review failed', summary: `indict could not finish: ${(error as Error).message.split('\n')[0]}` }, annotations: [] })
        .catch((inner: Error) => deps.io.warning(`indict: could not complete the check run: ${inner.message}`));
    }
    throw error;
  }
  const limits = [...(problem ? [problem] : []), ...change.gaps];
  const notes = [
    ...(note ? [note] : []),
    ...(isModelConfigured(deps.env) ? [] : ['No model configured: tools-only review (analyzers and checked rule fixes).']),
    ...(deps.execution.notice ? [deps.execution.notice] : []),
    ...(review.notes ?? []),
  ];
  const result = { pr, review, change, limits, notes };
  if (checkRunId === null) return { ...result, published: false, where: readOnlyWhere };
  try {
    const published = await publishReview(host, pr, { ...review, notes: [] }, change, { failOn: inputs.failOn, maxComments: config.maxComments, checkRunId, limits, notes, state, carryKey: carryKey(config) });
    return { ...result, published: true, where: `published on #${pr.number}: ${published.posted} inline comment(s), check run ${published.conclusion}` };
  } catch (error) {
    if (!isCodeHostError(error, 403)) throw error;
    deps.io.warning(`indict: ${error.message}; showing the findings as annotations instead`);
    await host.completeCheckRun(deps.repo, checkRunId, {
      conclusion: 'neutral', output: { title: 'Not published on the pull request', summary: `indict could not write to the pull request (${error.message}); the workflow's job summary has the report.` },
      annotations: buildAnnotations(review.findings, inputs.failOn),
    }).catch((inner: Error) => deps.io.info(`indict: could not complete the check run: ${inner.message}`));
    return { ...result, published: false, where: readOnlyWhere };
  }
}
