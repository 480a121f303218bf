import { z } from 'zod';
import { prettifyError } from 'zod';
import type { QueueLimits } from '../../adapters/queue/review-queue.js';

export class AppEnvError extends Error {
  override readonly name = 'AppEnvError';
}

const Count = (fallback: number) => z.coerce.number().int().min(1).max(256).default(fallback);

const AppEnvSchema = z.object({
  REDIS_URL: z.string().url().optional(),
  INDICT_GITHUB_CONCURRENCY: Count(8).describe('command jobs at once, and GitHub calls in flight per process'),
  INDICT_MODEL_CONCURRENCY: Count(2).describe('reviews and fixes (model work) at once'),
  INDICT_RUN_JOBS: z.enum(['true', 'false']).default('true').describe('false: the server only queues; workers run the jobs'),
});

export interface AppSettings {
  redisUrl?: string;
  limits: QueueLimits;
  githubConcurrency: number;
  runJobs: boolean;
}

/** The app's own variables (Probot reads APP_ID, PRIVATE_KEY…, the model env is read by readModelEnv). */
export function readAppEnv(env: NodeJS.ProcessEnv): AppSettings {
  const parsed = AppEnvSchema.safeParse({
    REDIS_URL: env.REDIS_URL || undefined,
    INDICT_GITHUB_CONCURRENCY: env.INDICT_GITHUB_CONCURRENCY || undefined,
    INDICT_MODEL_CONCURRENCY: env.INDICT_MODEL_CONCURRENCY || undefined,
    INDICT_RUN_JOBS: env.INDICT_RUN_JOBS || undefined,
  });
  if (parsed.success && parsed.data.INDICT_RUN_JOBS === 'false' && !parsed.data.REDIS_URL) throw new AppEnvError('indict: INDICT_RUN_JOBS=false needs REDIS_URL (workers read the jobs from Redis)');
  if (!parsed.success) throw new AppEnvError(`indict: ${prettifyError(parsed.error).replace(/\s*\n\s*/g, '; ').replace(/✖ /g, '')}`);
  const e = parsed.data;
  return {
    redisUrl: e.REDIS_URL,
    limits: { github: e.INDICT_GITHUB_CONCURRENCY, model: e.INDICT_MODEL_CONCURRENCY },
    githubConcurrency: e.INDICT_GITHUB_CONCURRENCY,
    runJobs: e.INDICT_RUN_JOBS === 'true',
  };
}
