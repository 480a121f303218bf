import { APIConnectionError, APIError } from 'openai';

export interface RetryPolicy {
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxRetries: 3, baseDelayMs: 500, maxDelayMs: 30_000 };

/** 408, 409, 429 and 5xx, timeouts and dropped connections are worth another try; other 4xx are not. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof APIConnectionError) return true;
  if (error instanceof APIError) {
    const status = error.status ?? 0;
    return status === 408 || status === 409 || status === 429 || status >= 500;
  }
  return false;
}

function headerDelayMs(error: unknown): number | null {
  if (!(error instanceof APIError) || !error.headers) return null;
  const ms = Number(error.headers.get('retry-after-ms'));
  if (Number.isFinite(ms) && ms > 0) return ms;
  const after = error.headers.get('retry-after');
  if (!after) return null;
  const seconds = Number(after);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(after);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

/** Exponential backoff with full jitter; a server's retry-after wins (capped). */
export function retryDelayMs(error: unknown, attempt: number, policy: RetryPolicy, random: () => number): number {
  const fromServer = headerDelayMs(error);
  if (fromServer !== null) return Math.min(fromServer, policy.maxDelayMs);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** One line describing why the model could not answer. */
export function describeFailure(error: unknown, attempts: number): string {
  const retries = attempts > 1 ? ` after ${attempts - 1} retr${attempts === 2 ? 'y' : 'ies'}` : '';
  if (error instanceof APIError && error.status) return `${error.status}${retries}`;
  if (error instanceof APIConnectionError) return `${error.message.toLowerCase().includes('timed out') ? 'timeout' : 'connection failed'}${retries}`;
  return `${(error as Error).message?.split('\n')[0] ?? String(error)}${retries}`;
}
