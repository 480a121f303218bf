import type { RepoConfig } from '../../config/repo-config.schema.js';
import { defaultSkipPolicy } from '../../core/skip-policy.js';
import type { Review } from '../../core/review.js';
import type { LoadedChange } from '../../adapters/change-source/loaded-change.js';
import { runReview } from '../../indict/review-pipeline.js';
import type { PullRequestInfo } from '../../ports/code-host.js';
import { createAnalyzers, type Analyzers } from './create-analyzers.js';
import { createCriticTools } from './create-critic-tools.js';
import { createCritics } from './create-critics.js';
import { isModelConfigured, type ModelEnv } from './model-env.js';
import type { Execution } from './create-execution.js';

/** Loading the rule pack takes seconds: a long-running App keeps one set of analyzers per analyzer settings. */
const analyzerCache = new Map<string, Promise<Analyzers>>();
function cachedAnalyzers(config: RepoConfig): Promise<Analyzers> {
  const key = JSON.stringify(config.analyzers);
  let found = analyzerCache.get(key);
  if (!found) {
    if (analyzerCache.size >= 8) analyzerCache.clear();
    analyzerCache.set(key, (found = createAnalyzers({ config, root: '.' })));
    found.catch(() => analyzerCache.delete(key));
  }
  return found;
}

/** Runs the review of a loaded PR change: the analyzers, the INDICT critics when a model is configured, sandboxed checks when `execution` works. */
export async function reviewChange(change: LoadedChange, pr: PullRequestInfo, config: RepoConfig, deps: { env: ModelEnv; now: () => number; execution?: Execution }, request?: string): Promise<Review> {
  const { analyzers, fixChecks, astGrep } = await cachedAnalyzers(config);
  const checks = fixChecks && deps.execution?.compile ? { ...fixChecks, compile: deps.execution.compile } : fixChecks;
  const critics = isModelConfigured(deps.env) && astGrep ? createCritics(deps.env, config, createCriticTools(astGrep, change.files, deps.execution?.run)) : undefined;
  return runReview(
    {
      changeSet: change.changeSet, files: change.files, skipped: change.skipped, scope: config.scope,
      skipPolicy: { ...defaultSkipPolicy, include: config.paths.include, exclude: config.paths.exclude },
      task: { title: pr.title, body: pr.body, ...(request?.trim() ? { request } : {}) },
    },
    { analyzers, fixChecks: checks, now: deps.now, critics },
  );
}
