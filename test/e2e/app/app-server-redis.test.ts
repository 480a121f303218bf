import { afterAll, beforeAll, expect, it } from 'vitest';
import { createFakeGitHubState } from '../../support/fake-github/fake-github-state.js';
import { pyV1, sha1 } from '../../support/fake-github/create-test-host.js';
import { seedPullRequest } from '../../support/fake-github/seed-pull-request.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github/start-fake-github.js';
import { startRedis, type RedisServer } from '../../support/start-redis.js';
import { webhookExample } from '../../frontends/probot/support/webhook-example.js';
import { startGheFront, type GheFront } from './support/ghe-front.js';
import { sendWebhook } from './support/send-webhook.js';
import { startAppServer, type AppServer } from './support/start-app-server.js';

let redis: RedisServer;
let fake: FakeGitHub;
let front: GheFront;
let server: AppServer;

beforeAll(async () => {
  redis = await startRedis();
  fake = await startFakeGitHub(createFakeGitHubState('acme', 'shop'));
  seedPullRequest(fake.state, { number: 3, headSha: sha1 }, [{ path: 'app.py', content: pyV1 }]);
  front = await startGheFront(fake.url);
  server = await startAppServer(front.host, { REDIS_URL: redis.url });
}, 60_000);

afterAll(async () => {
  await server?.stop();
  await front?.close();
  await fake?.close();
  await redis?.stop();
});

it('npm start with REDIS_URL queues the review in Redis (BullMQ) and completes it', async () => {
  const payload = webhookExample('pull_request', 'opened', (p) => {
    Object.assign(p.repository as object, { name: 'shop', full_name: 'acme/shop', owner: { ...(p.repository as { owner: object }).owner, login: 'acme' } });
    Object.assign(p.pull_request as object, { number: 3, draft: false });
    Object.assign((p.pull_request as { head: object }).head, { sha: sha1 });
  });
  const { status, ms } = await sendWebhook(server.url, 'e2e-secret', 'pull_request', payload);
  expect(status).toBe(200);
  expect(ms).toBeLessThan(1000);
  const start = Date.now();
  while (!fake.state.checkRuns.some((r) => r.name === 'indict' && r.status === 'completed')) {
    if (Date.now() - start > 30_000) throw new Error(`no completed check run:\n${server.output().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(fake.state.reviews.map((r) => r.event)).toEqual(['COMMENT']);
});
