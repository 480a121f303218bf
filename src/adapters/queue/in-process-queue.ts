import { defaultQueueLimits, type JobProcessor, type Lane, type QueueJob, type QueueLimits, type ReviewQueue } from './review-queue.js';
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
    running.get(key)?.controller.abort(new SupersededError(key));
  }

  async function run(lane: Lane, entry: Entry, process: JobProcessor): Promise<void> {
    active[lane] += 1;
    if (entry.job.key) running.set(entry.job.key, entry);
    try {
      await process(entry.job, entry.controller.signal);
    } catch (error) {
      options.onError?.(entry.job, error);
    } finally {
      active[lane] -= 1;
      if (entry.job.key && running.get(entry.job.key) === entry) running.delete(entry.job.key);
      pump();
    }
  }

  function pump(): void {
    if (processor && !closed) {
      for (const lane of lanes) {
        while (active[lane] < limits[lane]) {
          // Jobs of a pull request whose previous job is still winding down wait their turn.
          const index = waiting[lane].findIndex((entry) => !entry.job.key || !running.has(entry.job.key));
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
