import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeGitHubState } from '../../support/fake-github/fake-github-state.js';
import { seedPullRequest } from '../../support/fake-github/seed-pull-request.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github/start-fake-github.js';
import { pyV1, sha1 } from '../../support/fake-github/create-test-host.js';
import { webhookExample } from '../../frontends/probot/support/webhook-example.js';
import { startGheFront, type GheFront } from './support/ghe-front.js';
import { sendWebhook } from './support/send-webhook.js';
import { startAppServer, type AppServer } from './support/start-app-server.js';

const secret = 'e2e-secret';
let fake: FakeGitHub;
let front: GheFront;
let server: AppServer;

const until = async (what: string, check: () => boolean, ms = 20_000) => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`timed out: ${what}\n${server.output().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

const opened = () => webhookExample('pull_request', 'opened', (p) => {
  Object.assign(p.repository as object, { name: 'shop', full_name: 'acme/shop', owner: { ...(p.repository as { owner: object }).owner, login: 'acme' } });
  Object.assign(p.pull_request as object, { number: 1, draft: false });
  Object.assign((p.pull_request as { head: object }).head, { sha: sha1 });
});

const comment = (id: number, login: string, body: string) => {
  fake.state.issueComments.push({ id, pull: 1, body, user: login, reactions: [] });
  return webhookExample('issue_comment', 'created', (p) => {
    Object.assign(p.repository as object, { name: 'shop', full_name: 'acme/shop', owner: { ...(p.repository as { owner: object }).owner, login: 'acme' } });
    Object.assign(p.issue as object, { number: 1, pull_request: { url: 'x' } });
    Object.assign(p.comment as object, { id, body, user: { ...(p.comment as { user: object }).user, login, type: 'User' } });
    Object.assign(p.sender as object, { login, type: 'User' });
  });
};

const completedRuns = () => fake.state.checkRuns.filter((r) => r.name === 'indict' && r.status === 'completed');

beforeAll(async () => {
  fake = await startFakeGitHub(createFakeGitHubState('acme', 'shop'));
  seedPullRequest(fake.state, { number: 1, headSha: sha1 }, [{ path: 'app.py', content: pyV1 }]);
  front = await startGheFront(fake.url);
  server = await startAppServer(front.host);
}, 60_000);

afterAll(async () => {
  await server?.stop();
  await front?.close();
  await fake?.close();
});

describe('npm start: the GitHub App over HTTP against a fake GitHub', () => {
  it('acknowledges a signed pull_request at once, then a check run completes and one COMMENT review lands', async () => {
    const { status, ms } = await sendWebhook(server.url, secret, 'pull_request', opened());
    expect(status).toBe(200);
    expect(ms).toBeLessThan(1000);
    await until('check run completed', () => completedRuns().length === 1);
    expect(fake.state.reviews.map((r) => r.event)).toEqual(['COMMENT']);
    expect(fake.state.reviewComments.length).toBeGreaterThan(0);
    expect(fake.state.issueComments.filter((c) => c.body.includes('<!-- indict:summary head='))).toHaveLength(1);
    expect(front.tokensIssued).toBeGreaterThan(0);
  });

  it('a redelivery does not duplicate a finding or the summary', async () => {
    const before = fake.state.reviewComments.length;
    const { status } = await sendWebhook(server.url, secret, 'pull_request', opened(), 'same-delivery');
    expect(status).toBe(200);
    await until('second check run completed', () => completedRuns().length === 2);
    const markers = fake.state.reviewComments.map((c) => /indict:finding=([\w-]+)/.exec(c.body)?.[1]).filter(Boolean);
    expect(new Set(markers).size).toBe(markers.length);
    expect(fake.state.reviewComments.length).toBe(before);
    expect(fake.state.issueComments.filter((c) => c.body.includes('<!-- indict:summary head='))).toHaveLength(1);
  });

  it('rejects a badly signed webhook with 400 and does nothing', async () => {
    const requests = fake.state.requests.length;
    const { status } = await sendWebhook(server.url, 'wrong-secret', 'pull_request', opened());
    expect(status).toBe(400);
    await new Promise((r) => setTimeout(r, 500));
    expect(fake.state.requests.length).toBe(requests);
  });

  it('/indict help gets 👀 and the help; /indict fix from a reader is refused and changes nothing', async () => {
    expect((await sendWebhook(server.url, secret, 'issue_comment', comment(501, 'carol', '/indict help'))).status).toBe(200);
    await until('help posted', () => fake.state.issueComments.some((c) => c.body.includes('<!-- indict:help -->')));
    expect(fake.state.issueComments.find((c) => c.id === 501)?.reactions).toEqual(['eyes']);

    fake.state.permissions.set('mallory', 'read');
    const commits = fake.state.commits.length;
    expect((await sendWebhook(server.url, secret, 'issue_comment', comment(502, 'mallory', '/indict fix'))).status).toBe(200);
    await until('refusal posted', () => fake.state.issueComments.some((c) => c.body.startsWith('Sorry @mallory')));
    expect(fake.state.commits.length).toBe(commits);
    expect(completedRuns()).toHaveLength(2);
  });
});
