import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { isSuperseded } from '../../../src/adapters/queue/superseded-error.js';
import type { ReviewPullRequest } from '../../../src/frontends/probot/app-deps.js';
import { createTestApp, deliver, emptyReview } from './support/test-app.js';
import { webhookExample } from './support/webhook-example.js';

const api = 'https://api.github.com';
const repoPath = '/repos/Codertocat/Hello-World';
const sha = (n: number) => String(n).repeat(40).slice(0, 40);

afterEach(() => { nock.cleanAll(); });

describe('pull_request events', () => {
  it.each(['opened', 'reopened', 'synchronize', 'ready_for_review'])('%s queues a review of the new head', async (action) => {
    const app = await createTestApp();
    await deliver(app, 'pull_request', webhookExample('pull_request', action));
    expect(app.reviews.map((r) => r.ref)).toEqual([{ owner: 'Codertocat', repo: 'Hello-World', number: 2, headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821' }]);
    expect(app.unexpected).toEqual([]);
  });

  it('acknowledges at once: the delivery returns before the review runs', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    const started: number[] = [];
    const slow: ReviewPullRequest = async (_d, ref) => { started.push(ref.number); await gate; return { headSha: 'h', review: emptyReview(), conclusion: 'success', posted: 0 }; };
    const app = await createTestApp(slow);
    const t0 = Date.now();
    await app.probot.receive({ id: '1', name: 'pull_request', payload: webhookExample('pull_request', 'opened') } as never);
    expect(Date.now() - t0).toBeLessThan(200);
    release();
    await app.queue.idle();
    expect(started).toEqual([2]);
  });

  it('a newer push aborts the running review of the same pull request', async () => {
    const signals: AbortSignal[] = [];
    const heads: (string | undefined)[] = [];
    const review: ReviewPullRequest = async (_d, ref, options) => {
      heads.push(ref.headSha);
      const signal = options!.signal!;
      signals.push(signal);
      if (signals.length === 1) await new Promise<void>((r) => signal.addEventListener('abort', () => r(), { once: true }));
      return { headSha: 'h', review: emptyReview(), conclusion: signal.aborted ? 'cancelled' : 'success', posted: 0 };
    };
    const app = await createTestApp(review);
    await app.probot.receive({ id: '1', name: 'pull_request', payload: webhookExample('pull_request', 'opened', (p) => { (p.pull_request as { head: { sha: string } }).head.sha = sha(1); }) } as never);
    while (signals.length === 0) await new Promise((r) => setTimeout(r, 5));
    await deliver(app, 'pull_request', webhookExample('pull_request', 'synchronize', (p) => { (p.pull_request as { head: { sha: string } }).head.sha = sha(2); }));
    expect(heads).toEqual([sha(1), sha(2)]);
    expect(signals[0]!.aborted && isSuperseded(signals[0]!.reason)).toBe(true);
    expect(signals[1]!.aborted).toBe(false);
  });

  it('skips a draft unless the repository config says drafts: true', async () => {
    const app = await createTestApp();
    const draft = () => webhookExample('pull_request', 'opened', (p) => { (p.pull_request as { draft: boolean }).draft = true; });
    nock(api).get(`${repoPath}/contents/.github%2Findict.yml`).reply(404, { message: 'Not Found' });
    await deliver(app, 'pull_request', draft());
    expect(app.reviews).toEqual([]);
    nock(api).get(`${repoPath}/contents/.github%2Findict.yml`).reply(200, 'drafts: true\n', { 'content-type': 'application/vnd.github.raw; charset=utf-8' });
    await deliver(app, 'pull_request', draft());
    expect(app.reviews).toHaveLength(1);
    expect(nock.isDone()).toBe(true);
    expect(app.unexpected).toEqual([]);
  });
});

describe('check_run rerequested', () => {
  const rerun = (name: string) => webhookExample('check_run', 'rerequested', (p) => {
    const run = p.check_run as { name: string; pull_requests: unknown[] };
    run.name = name;
    run.pull_requests = [{ number: 7, head: { sha: sha(3), ref: 'b', repo: {} }, base: { sha: sha(4), ref: 'main', repo: {} }, id: 1, url: '' }];
  });

  it('re-reviews the pull requests of indict\'s check run', async () => {
    const app = await createTestApp();
    await deliver(app, 'check_run', rerun('indict'));
    expect(app.reviews.map((r) => r.ref)).toEqual([{ owner: 'github', repo: 'hello-world', number: 7, headSha: sha(3) }]);
  });

  it('ignores other apps\' check runs', async () => {
    const app = await createTestApp();
    await deliver(app, 'check_run', rerun('ci'));
    expect(app.reviews).toEqual([]);
    expect(app.unexpected).toEqual([]);
  });
});
