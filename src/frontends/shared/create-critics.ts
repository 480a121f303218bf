import { createFileResponseCache } from '../../adapters/llm/file-response-cache.js';
import { createOpenAiChatModel } from '../../adapters/llm/openai-chat-model.js';
import type { RepoConfig } from '../../config/repo-config.schema.js';
import type { CriticToolPorts } from '../../indict/critic-tools.js';
import type { CriticsSetup } from '../../indict/review-pipeline.js';
import { isModelConfigured, type ModelEnv } from './model-env.js';

/** The INDICT engine's setup, or undefined when no model is configured (tools-only review). */
export function createCritics(env: ModelEnv, config: RepoConfig, tools: CriticToolPorts): CriticsSetup | undefined {
  if (!isModelConfigured(env)) return undefined;
  const model = createOpenAiChatModel({
    apiKey: env.apiKey,
    baseURL: env.baseURL,
    model: config.model ?? env.model ?? 'gpt-4.1-mini',
    criticModel: config.criticModel ?? env.criticModel,
    budget: config.budget,
    cache: createFileResponseCache(env.cacheDir),
  });
  return {
    model,
    tools,
    // The fence nonce is derived from the input (stable, so re-runs hit the cache). Units run 8 at a time:
    // up to ~50 files that is every unit at once (bench:indict), and a rate-limited endpoint retries.
    options: { rounds: config.rounds, depth: config.depth, concurrency: 8, maxRevisions: 1 },
  };
}
