/**
 * The ReviewQueue port: webhook handlers add jobs and return at once; workers run them. Jobs that share a
 * `key` supersede each other: a queued one is removed, a running one sees its AbortSignal fire. Jobs that
 * share a `lock` (by default their key) never run at the same time, so a review and a fix of one pull request
 * take turns without one cancelling the other.
 */
export type Lane = 'github' | 'model';

/** Job data must survive JSON (the Redis path stores it). */
export type JobData = Record<string, unknown>;

export interface QueueJob<D extends JobData = JobData> {
  /** `github`: short jobs that only talk to GitHub; `model`: reviews and fixes (model-bound). */
  lane: Lane;
  name: string;
  data: D;
  /** Supersession key; jobs without one never supersede anything. */
  key?: string;
  /** Mutual exclusion: jobs with the same lock run one at a time (default: `key`). */
  lock?: string;
}

/** The lock a job holds while it runs, if any. */
export const lockOf = (job: QueueJob): string | undefined => job.lock ?? job.key;

export type JobProcessor = (job: QueueJob, signal: AbortSignal) => Promise<void>;

export interface QueueLimits {
  /** Jobs at once in the `github` lane. */
  github: number;
  /** Jobs at once in the `model` lane. */
  model: number;
}

export interface ReviewQueue {
  /** Starts the workers; jobs added before are kept until then. */
  start(processor: JobProcessor): Promise<void>;
  add(job: QueueJob): Promise<void>;
  /** Resolves once nothing is queued or running (tests, benchmarks, graceful stop). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export const defaultQueueLimits: QueueLimits = { github: 8, model: 2 };
