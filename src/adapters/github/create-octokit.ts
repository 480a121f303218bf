import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';

const PluggedOctokit = Octokit.plugin(retry, throttling);
/** The client the adapter needs: `@octokit/rest` (Probot's `context.octokit` has the same methods). */
export type IndictOctokit = Octokit;

export interface OctokitOptions {
  /** A token (PAT, installation or workflow token). */
  token: string;
  /** `GITHUB_API_URL` or the GHE API root, e.g. https://ghe.example.com/api/v3. */
  baseUrl: string;
  /** Milliseconds per backoff unit (retry after n² units); 1000 in production, small in tests. */
  backoffMs?: number;
  /** Retries for 5xx and rate limits (default 3). */
  retries?: number;
  /** Throttle writes to one a second as GitHub asks (default on). */
  throttleWrites?: boolean;
  log?: (line: string) => void;
  userAgent?: string;
}

/**
 * Octokit with retry (5xx, with backoff) and throttling (primary and secondary rate limits, retried after
 * the time GitHub asks). Requests marked `request: { retries: 0 }` are never retried on a 5xx.
 */
export function createOctokit(options: OctokitOptions): IndictOctokit {
  const backoff = options.backoffMs ?? 1000;
  const retries = options.retries ?? 3;
  const onLimit = (kind: string) => (after: number, request: { method: string; url: string }, _octokit: unknown, count: number) => {
    options.log?.(`github: ${kind} on ${request.method} ${request.url}, retry ${count + 1} in ${after} s`);
    return count < retries;
  };
  return new PluggedOctokit({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: options.userAgent ?? 'indict',
    retry: { retries, retryAfterBaseValue: backoff },
    throttle: {
      enabled: options.throttleWrites !== false,
      retryAfterBaseValue: backoff,
      fallbackSecondaryRateRetryAfter: 60,
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
    },
    log: { debug: () => {}, info: () => {}, warn: (m: string) => options.log?.(m), error: (m: string) => options.log?.(m) },
  });
}
