import type { JobProcessor } from '../../../adapters/queue/review-queue.js';
import { isSuperseded } from '../../../adapters/queue/superseded-error.js';
import type { JobContext } from './job-context.js';
import type { JobData } from './job-data.js';
import { runCommandJob } from './run-command-job.js';
import { runFixJob } from './run-fix-job.js';
import { runReviewJob } from './run-review-job.js';

const oneLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0];

/** Runs queued jobs; the one place a job's failure is caught and logged. */
export function createJobProcessor(ctx: JobContext): JobProcessor {
  return async (job, signal) => {
    const data = job.data as unknown as JobData;
    const where = `${data.owner}/${data.repo}#${data.number}`;
    try {
      if (data.kind === 'review') await runReviewJob(ctx, data, signal);
      else if (data.kind === 'fix') await runFixJob(ctx, data, signal);
      else await runCommandJob(ctx, data);
    } catch (error) {
      if (signal.aborted && isSuperseded(signal.reason)) ctx.log.info(`indict: ${job.name} of ${where} superseded by a newer push`);
      else ctx.log.error(`indict: ${job.name} of ${where} failed: ${oneLine(error)}`);
    }
  };
}
