import { generateKeyPairSync } from 'node:crypto';
import nock from 'nock';
import { Probot, ProbotOctokit } from 'probot';
import { createInProcessQueue } from '../../../../src/adapters/queue/in-process-queue.js';
import type { ReviewQueue } from '../../../../src/adapters/queue/review-queue.js';
import type { Review } from '../../../../src/core/review.js';
import { createIndictApp } from '../../../../src/frontends/probot/app.js';
import type { ReviewPullRequest } from '../../../../src/frontends/probot/app-deps.js';
import { createCodeHost } from '../../../../src/frontends/probot/create-code-host.js';
import { installationId } from './webhook-example.js';

export const privateKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

export const emptyReview = (findings: Review['findings'] = []): Review => ({
  findings, coverage: { filesReviewed: [], filesSkipped: [] }, stats: { llmCalls: 0, promptTokens: 0, completionTokens: 0, durationMs: 0 }, notices: [],
});

export interface ReviewCall {
  ref: { owner: string; repo: string; number: number; headSha?: string };
  signal?: AbortSignal;
}

export interface TestApp {
  probot: Probot;
  queue: ReviewQueue;
  reviews: ReviewCall[];
  /** Requests nock did not expect: must stay empty. */
  unexpected: string[];
}

/**
 * Probot with the indict app over an in-process queue, retries and throttling off (probot's testing
 * guide), GitHub mocked by nock, and a review function the test chooses (a recorder by default).
 */
export async function createTestApp(review?: ReviewPullRequest): Promise<TestApp> {
  nock.disableNetConnect();
  const unexpected: string[] = [];
  nock.emitter.removeAllListeners('no match');
  nock.emitter.on('no match', (req: { method?: string; path?: string }) => unexpected.push(`${req.method} ${req.path}`));
  nock('https://api.github.com').persist().post(`/app/installations/${installationId}/access_tokens`).reply(200, { token: 'test-token', permissions: {} });
  const reviews: ReviewCall[] = [];
  const recorder: ReviewPullRequest = async (_deps, ref, options) => {
    reviews.push({ ref, signal: options?.signal });
    return { headSha: ref.headSha ?? 'h', review: emptyReview(), conclusion: 'success', posted: 0 };
  };
  const queue = createInProcessQueue({ limits: { github: 4, model: 2 } });
  const probot = new Probot({
    appId: 1,
    privateKey,
    logLevel: (process.env.INDICT_TEST_LOG as 'error' | undefined) ?? 'fatal',
    // Probot 14 merges its own throttle options over plain `defaults({ throttle })`, so force them off last.
    Octokit: ProbotOctokit.defaults((options: Record<string, unknown>) => ({
      ...options, retry: { enabled: false }, throttle: { ...(options.throttle as object), enabled: false },
    })),
  });
  await probot.load(createIndictApp({
    queue, reviewPullRequest: review ?? recorder, createHost: createCodeHost, env: { cacheDir: '/nonexistent' }, now: () => 0,
  }));
  return { probot, queue, reviews, unexpected };
}

/** Delivers one webhook the way the server would, then waits for the queued work to finish. */
export async function deliver(app: TestApp, name: string, payload: Record<string, unknown>): Promise<void> {
  await app.probot.receive({ id: `delivery-${Math.random()}`, name, payload } as never);
  await app.queue.idle();
}
