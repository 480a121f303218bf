import { defaultQueueLimits, lockOf, type JobProcessor, type Lane, type QueueJob, type QueueLimits, type ReviewQueue } from './review-queue.js';
import { SupersededError } from './superseded-error.js';

interface Entry {
  job: QueueJob;
  controller: AbortController;
}

export interface InProcessQueueOptions {
  limits?: QueueLimits;
  /** Called when a processor throws (the processor should report its own failures; this is the last net). */
  onError?: (job: QueueJob, error: unknown) => void;
}

const lanes: Lane[] = ['github', 'model'];

/** The default queue: in memory, one process. Jobs queued here are lost on exit (use REDIS_URL to keep them). */
export function createInProcessQueue(options: InProcessQueueOptions = {}): ReviewQueue {
  const limits = options.limits ?? defaultQueueLimits;
  const waiting: Record<Lane, Entry[]> = { github: [], model: [] };
  const active: Record<Lane, number> = { github: 0, model: 0 };
  /** Lock → the entry running under it. */
  const running = new Map<string, Entry>();
  let idleWaiters: (() => void)[] = [];
  let processor: JobProcessor | undefined;
  let closed = false;

  const isIdle = () => lanes.every((lane) => waiting[lane].length === 0 && active[lane] === 0);
  function settleIdle(): void {
    if (!isIdle()) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  function supersede(key: string): void {
    for (const lane of lanes) waiting[lane] = waiting[lane].filter((entry) => entry.job.key !== key);
    for (const entry of running.values()) if (entry.job.key === key) entry.controller.abort(new SupersededError(key));
  }

  async function run(lane: Lane, entry: Entry, process: JobProcessor): Promise<void> {
    active[lane] += 1;
    const lock = lockOf(entry.job);
    if (lock) running.set(lock, entry);
    try {
      await process(entry.job, entry.controller.signal);
    } catch (error) {
      options.onError?.(entry.job, error);
    } finally {
      active[lane] -= 1;
      if (lock && running.get(lock) === entry) running.delete(lock);
      pump();
    }
  }

  function pump(): void {
    if (processor && !closed) {
      for (const lane of lanes) {
        while (active[lane] < limits[lane]) {
          // Jobs whose lock is held (another job of the same pull request) wait their turn.
          const index = waiting[lane].findIndex((entry) => { const lock = lockOf(entry.job); return !lock || !running.has(lock); });
          if (index < 0) break;
          const [entry] = waiting[lane].splice(index, 1);
          if (entry) void run(lane, entry, processor);
        }
      }
    }
    settleIdle();
  }

  return {
    async start(process) {
      processor = process;
      pump();
    },
    async add(job) {
      if (closed) throw new Error('queue: closed');
      if (job.key) supersede(job.key);
      waiting[job.lane].push({ job, controller: new AbortController() });
      pump();
    },
    idle: () => new Promise<void>((resolve) => {
      idleWaiters.push(resolve);
      settleIdle();
    }),
    async close() {
      closed = true;
      for (const lane of lanes) waiting[lane] = [];
      await new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        settleIdle();
      });
    },
  };
}
