import { randomUUID } from 'node:crypto';
import { Queue, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { acquireKeyLock, deleteIfEquals } from './redis-key-lock.js';
import { defaultQueueLimits, lockOf, type JobProcessor, type Lane, type QueueJob, type QueueLimits, type ReviewQueue } from './review-queue.js';
import { SupersededError } from './superseded-error.js';

export interface BullMqQueueOptions {
  /** `redis://…` */
  url: string;
  /** Names the BullMQ queues and indict's own keys (default `indict`). */
  prefix?: string;
  limits?: QueueLimits;
  /** How long a dead worker keeps its jobs before another worker takes them over (default 30 s). */
  lockMs?: number;
  onError?: (job: QueueJob, error: unknown) => void;
}

interface StoredJob {
  job: QueueJob;
}

const lanes: Lane[] = ['github', 'model'];
const waitingStates = new Set(['waiting', 'delayed', 'prioritized', 'paused', 'waiting-children']);

/**
 * The queue on Redis (BullMQ), used when REDIS_URL is set: jobs survive a restart (a dead worker's active
 * job is taken over once its lock expires), supersession works across processes (a pointer per pull request,
 * a cancel channel), and one lock per pull request keeps its jobs from overlapping.
 */
export function createBullMqQueue(options: BullMqQueueOptions): ReviewQueue {
  const prefix = options.prefix ?? 'indict';
  const limits = options.limits ?? defaultQueueLimits;
  const lockMs = options.lockMs ?? 30_000;
  const connection = { url: options.url, maxRetriesPerRequest: null };
  const redis = new Redis(options.url, { maxRetriesPerRequest: null });
  const queues = Object.fromEntries(lanes.map((lane) => [lane, new Queue(`${prefix}-${lane}`, { connection })])) as Record<Lane, Queue>;
  const workers: Worker[] = [];
  let subscriber: Redis | undefined;
  const latestKey = (key: string) => `${prefix}:latest:${key}`;
  const isLatest = async (key: string, id: string) => (await redis.get(latestKey(key))) === id;
  const channel = `${prefix}:cancel`;

  async function cancel(id: string): Promise<void> {
    for (const queue of Object.values(queues)) {
      const job = await queue.getJob(id);
      if (!job) continue;
      if (waitingStates.has(await job.getState())) await job.remove().catch(() => undefined);
    }
    await redis.publish(channel, id);
  }

  function process(processor: JobProcessor) {
    return async (bullJob: Job<StoredJob>, _token?: string, signal?: AbortSignal): Promise<void> => {
      const { job } = bullJob.data;
      const id = bullJob.id ?? '';
      const controller = new AbortController();
      if (!job.key) return processor(job, controller.signal);
      const key = job.key;
      signal?.addEventListener('abort', () => controller.abort(new SupersededError(key)), { once: true });
      if (!(await isLatest(key, id))) return;
      const release = await acquireKeyLock(redis, `${prefix}:lock:${lockOf(job) ?? key}`, id, { ttlMs: lockMs, stillWanted: () => isLatest(key, id) });
      if (!release) return;
      try {
        if (signal?.aborted) controller.abort(new SupersededError(key));
        await processor(job, controller.signal);
      } finally {
        await release();
        await deleteIfEquals(redis, latestKey(key), id);
      }
    };
  }

  return {
    async start(processor) {
      subscriber = redis.duplicate();
      await subscriber.subscribe(channel);
      subscriber.on('message', (_channel: string, id: string) => {
        for (const worker of workers) worker.cancelJob(id, 'superseded');
      });
      for (const lane of lanes) {
        const worker = new Worker<StoredJob>(`${prefix}-${lane}`, process(processor), {
          connection, concurrency: limits[lane], lockDuration: lockMs, stalledInterval: lockMs, maxStalledCount: 3,
        });
        worker.on('failed', (job, error) => { if (job) options.onError?.(job.data.job, error); });
        workers.push(worker);
      }
    },
    async add(job) {
      const id = randomUUID();
      if (job.key) {
        const previous = await redis.set(latestKey(job.key), id, 'EX', 7 * 86_400, 'GET');
        if (previous) await cancel(previous);
      }
      await queues[job.lane].add(job.name, { job }, { jobId: id, removeOnComplete: true, removeOnFail: 1000 });
    },
    async idle() {
      for (;;) {
        const counts = await Promise.all(lanes.map((lane) => queues[lane].getJobCounts('waiting', 'active', 'delayed', 'prioritized')));
        if (counts.every((c) => Object.values(c).every((n) => n === 0))) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.close()));
      await Promise.all(Object.values(queues).map((queue) => queue.close()));
      await subscriber?.quit();
      await redis.quit();
    },
  };
}
