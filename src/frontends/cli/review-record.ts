import type { Language } from '../../core/detect-language.js';
import { parseUnifiedDiff } from '../../core/parse-unified-diff.js';
import { renderNewFileDiff } from '../../core/render-new-file-diff.js';
import type { Review } from '../../core/review.js';
import type { RepoConfig } from '../../config/repo-config.schema.js';
import { runReview } from '../../indict/review-pipeline.js';
import type { Analyzers } from '../shared/create-analyzers.js';
import { createCriticTools } from '../shared/create-critic-tools.js';
import { createCritics } from '../shared/create-critics.js';
import type { ModelEnv } from '../shared/model-env.js';

const extensions: Record<string, { ext: string; language: Language }> = {
  c: { ext: 'c', language: 'c' }, cpp: { ext: 'cpp', language: 'cpp' }, csharp: { ext: 'cs', language: 'csharp' }, go: { ext: 'go', language: 'go' },
  java: { ext: 'java', language: 'java' }, javascript: { ext: 'js', language: 'javascript' }, typescript: { ext: 'ts', language: 'typescript' },
  php: { ext: 'php', language: 'php' }, python: { ext: 'py', language: 'python' }, ruby: { ext: 'rb', language: 'ruby' }, rust: { ext: 'rs', language: 'rust' },
};

export interface RecordReviewSetup {
  analyzers: Analyzers;
  config: RepoConfig;
  /** Set when a model is configured: each review gets its own model (per-review budget), sharing the cache. */
  modelEnv?: ModelEnv;
}

/** Where a record's code lives in its synthetic new-file pull request (stable, so the response cache hits on re-runs). */
export function recordPath(id: string, language: string): string | null {
  const known = extensions[language];
  return known ? `bench/${id.replace(/[^\w.-]+/g, '_').slice(0, 100)}.${known.ext}` : null;
}

/** Reviews `code` as a pull request that adds it as a new file: tools, and the critics and actor when a model is configured. */
export async function reviewRecord(path: string, language: string, code: string, setup: RecordReviewSetup): Promise<Review> {
  const file = { path, content: code, language: extensions[language]?.language ?? null };
  const { analyzers, fixChecks, astGrep } = setup.analyzers;
  const critics = setup.modelEnv && astGrep ? createCritics(setup.modelEnv, setup.config, createCriticTools(astGrep, [file])) : undefined;
  return runReview(
    { changeSet: parseUnifiedDiff(renderNewFileDiff(path, code)), files: [file], skipped: [], scope: 'added', task: { title: `Add ${path}`, body: '' } },
    { analyzers, fixChecks, now: () => performance.now(), critics },
  );
}
