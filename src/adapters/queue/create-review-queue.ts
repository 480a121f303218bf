import { createBullMqQueue } from './bullmq-queue.js';
import { createInProcessQueue } from './in-process-queue.js';
import type { QueueJob, QueueLimits, ReviewQueue } from './review-queue.js';

export interface QueueSettings {
  redisUrl?: string;
  limits: QueueLimits;
  onError?: (job: QueueJob, error: unknown) => void;
}

/** BullMQ on Redis when a URL is given, otherwise the in-process queue. */
export function createReviewQueue(settings: QueueSettings): ReviewQueue {
  return settings.redisUrl
    ? createBullMqQueue({ url: settings.redisUrl, limits: settings.limits, onError: settings.onError })
    : createInProcessQueue({ limits: settings.limits, onError: settings.onError });
}
