import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/finding.schema.js';
import type { ReviewPullRequest } from '../../../src/frontends/probot/app-deps.js';
import { createTestApp, deliver, emptyReview } from './support/test-app.js';
import { webhookExample } from './support/webhook-example.js';

const api = 'https://api.github.com';
const repo = '/repos/Codertocat/Hello-World';
const headSha = 'a'.repeat(40);

afterEach(() => { nock.cleanAll(); });

/** An issue comment on pull request #1 (the example is on a plain issue: make it a PR's). */
const prComment = (body: string, user: Record<string, unknown> = { login: 'mallory', type: 'User' }) =>
  webhookExample('issue_comment', 'created', (p) => {
    (p.issue as Record<string, unknown>).pull_request = { url: `${api}${repo}/pulls/1` };
    Object.assign(p.comment as Record<string, unknown>, { id: 11, body, user: { ...(p.comment as { user: object }).user, ...user } });
    Object.assign(p.sender as Record<string, unknown>, user);
  });

const reviewComment = (body: string, inReplyTo?: number) => webhookExample('pull_request_review_comment', 'created', (p) => {
  Object.assign(p.comment as Record<string, unknown>, { id: 22, body, in_reply_to_id: inReplyTo, user: { ...(p.comment as { user: object }).user, login: 'maint', type: 'User' } });
});

const pull = (number: number, over: Record<string, unknown> = {}) => ({
  number, title: 't', body: '', user: { login: 'alice' }, draft: false, maintainer_can_modify: false, changed_files: 1,
  base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: 'Codertocat/Hello-World' } },
  head: { sha: headSha, ref: 'feature', repo: { full_name: 'Codertocat/Hello-World' } },
  ...over,
});

function expectComment(number: number, check: (body: string) => boolean) {
  return nock(api).post(`${repo}/issues/${number}/comments`, (b: { body: string }) => check(b.body)).reply(201, { id: 99 });
}
const eyes = (path = `${repo}/issues/comments/11/reactions`) => nock(api).post(path, { content: 'eyes' }).reply(201, {});
const permission = (user: string, level: string, role = level) =>
  nock(api).get(`${repo}/collaborators/${user}/permission`).reply(200, { permission: level, role_name: role, user: { login: user } });

describe('commands in comments', () => {
  it('/indict help: anyone, 👀 then the help', async () => {
    const app = await createTestApp();
    eyes();
    expectComment(1, (b) => b.includes('/indict fix [request]') && b.includes('<!-- indict:help -->'));
    await deliver(app, 'issue_comment', prComment('thanks!\n/indict help'));
    expect(nock.isDone()).toBe(true);
    expect(app.unexpected).toEqual([]);
  });

  it('/indict review by the author runs a review without asking for permission', async () => {
    const app = await createTestApp();
    eyes();
    nock(api).get(`${repo}/pulls/1`).reply(200, pull(1));
    await deliver(app, 'issue_comment', prComment('/indict review', { login: 'alice', type: 'User' }));
    expect(app.reviews.map((r) => r.ref)).toEqual([{ owner: 'Codertocat', repo: 'Hello-World', number: 1 }]);
    expect(nock.isDone()).toBe(true);
    expect(app.unexpected).toEqual([]);
  });

  it('/indict review by a reader who is not the author is refused politely', async () => {
    const app = await createTestApp();
    eyes();
    nock(api).get(`${repo}/pulls/1`).reply(200, pull(1));
    permission('mallory', 'read');
    expectComment(1, (b) => b.startsWith('Sorry @mallory, `/indict review` can only be run by') && b.includes('<!-- indict:refusal -->'));
    await deliver(app, 'issue_comment', prComment('/indict review'));
    expect(app.reviews).toEqual([]);
    expect(nock.isDone()).toBe(true);
  });

  it('/indict fix is refused by the permission API even when author_association says OWNER', async () => {
    const app = await createTestApp();
    eyes();
    nock(api).get(`${repo}/pulls/1`).reply(200, pull(1));
    permission('mallory', 'read');
    expectComment(1, (b) => b.includes('`/indict fix` can only be run by someone with write, maintain or admin access'));
    const payload = prComment('/indict fix please');
    (payload.comment as Record<string, unknown>).author_association = 'OWNER';
    await deliver(app, 'issue_comment', payload);
    expect(app.reviews).toEqual([]);
    expect(nock.isDone()).toBe(true);
    expect(app.unexpected).toEqual([]);
  });

  const verifiedFinding = (): Finding => ({
    id: 'f00dcafe', path: 'app.py', startLine: 2, endLine: 2, severity: 'high', category: 'safety', cwe: 'CWE-78', ruleId: 'r', sources: ['ast-grep'],
    title: 't', message: 'm', fix: { startLine: 2, endLine: 2, replacement: 'safe()', verified: true, checks: [{ name: 'rescan', passed: true, detail: '' }] },
  } as Finding);
  const fixingReview: ReviewPullRequest = async () => ({ headSha, review: emptyReview([verifiedFinding()]), conclusion: 'failure', posted: 1 });

  it('/indict fix by a writer on a same-repository branch commits the verified fixes (Git Data API)', async () => {
    const app = await createTestApp(fixingReview);
    eyes();
    nock(api).get(`${repo}/pulls/1`).reply(200, pull(1));
    permission('mallory', 'write');
    nock(api).get(`${repo}/contents/app.py`).query({ ref: headSha }).reply(200, 'import os\nos.system(x)\n', { 'content-type': 'text/plain; charset=utf-8' });
    nock(api).get(`${repo}/git/commits/${headSha}`).reply(200, { sha: headSha, tree: { sha: 'tree0' } });
    nock(api).post(`${repo}/git/blobs`, { content: Buffer.from('import os\nsafe()\n').toString('base64'), encoding: 'base64' }).reply(201, { sha: 'blob1' });
    nock(api).post(`${repo}/git/trees`, { base_tree: 'tree0', tree: [{ path: 'app.py', mode: '100644', type: 'blob', sha: 'blob1' }] }).reply(201, { sha: 'tree1' });
    nock(api).post(`${repo}/git/commits`, (b: { message: string; tree: string; parents: string[] }) => b.tree === 'tree1' && b.parents[0] === headSha && b.message.startsWith('indict: apply 1 verified fix')).reply(201, { sha: 'c0ffee' });
    nock(api).patch(`${repo}/git/refs/heads%2Ffeature`, { sha: 'c0ffee', force: false }).reply(200, {});
    expectComment(1, (b) => b.startsWith('@mallory I pushed 1 verified fix in c0ffee.'));
    await deliver(app, 'issue_comment', prComment('/indict fix'));
    expect(nock.pendingMocks()).toEqual([]);
    expect(app.unexpected).toEqual([]);
  });

  it('/indict fix <request> hands the request to a full review and names it in the commit; without a model the answer says so', async () => {
    const calls: unknown[] = [];
    const app = await createTestApp(async (_d, _ref, options) => { calls.push({ full: options?.full, request: options?.request }); return fixingReview(_d, _ref, options); });
    eyes();
    nock(api).get(`${repo}/pulls/1`).reply(200, pull(1));
    permission('mallory', 'write');
    nock(api).get(`${repo}/contents/app.py`).query({ ref: headSha }).reply(200, 'import os\nos.system(x)\n', { 'content-type': 'text/plain; charset=utf-8' });
    nock(api).get(`${repo}/git/commits/${headSha}`).reply(200, { sha: headSha, tree: { sha: 'tree0' } });
    nock(api).post(`${repo}/git/blobs`).reply(201, { sha: 'blob1' });
    nock(api).post(`${repo}/git/trees`).reply(201, { sha: 'tree1' });
    nock(api).post(`${repo}/git/commits`, (b: { message: string }) => b.message.endsWith('Requested by @mallory with /indict fix: also log the archive name')).reply(201, { sha: 'c0ffee' });
    nock(api).patch(`${repo}/git/refs/heads%2Ffeature`).reply(200, {});
    expectComment(1, (b) => b.startsWith('@mallory I pushed 1 verified fix in c0ffee.') && b.includes('Your request needs a model and none is configured'));
    await deliver(app, 'issue_comment', prComment('/indict fix   also log the   archive name '));
    expect(calls).toEqual([{ full: true, request: 'also log the   archive name' }]);
    expect(nock.pendingMocks()).toEqual([]);
    expect(app.unexpected).toEqual([]);
  });

  it('a push while /indict fix waits does not drop the fix: the review of the push and the fix both run, one after the other', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    const order: string[] = [];
    const app = await createTestApp(async (d, ref, options) => {
      const kind = options?.full ? 'fix' : 'review';
      order.push(`start ${kind}`);
      if (order.length === 1) await gate;
      order.push(`end ${kind}`);
      return kind === 'fix' ? fixingReview(d, ref, options) : { headSha, review: emptyReview(), conclusion: 'success', posted: 0 };
    });
    await app.probot.receive({ id: 'd1', name: 'pull_request', payload: webhookExample('pull_request', 'opened') } as never);
    eyes();
    nock(api).get(`${repo}/pulls/1`).reply(200, pull(1, { head: { sha: headSha, ref: 'feature', repo: { full_name: 'someone/fork' } } }));
    permission('mallory', 'write');
    expectComment(1, (b) => b.includes('I may not push to this branch'));
    await app.probot.receive({ id: 'd2', name: 'issue_comment', payload: prComment('/indict fix') } as never);
    await app.probot.receive({ id: 'd3', name: 'pull_request', payload: webhookExample('pull_request', 'synchronize') } as never);
    release();
    await app.queue.idle();
    expect(order.filter((e) => e === 'end fix')).toHaveLength(1);
    expect(nock.pendingMocks()).toEqual([]);
    expect(app.unexpected).toEqual([]);
  });

  it('/indict fix on a fork that does not allow maintainer edits answers with suggestions and pushes nothing', async () => {
    const app = await createTestApp(fixingReview);
    eyes();
    nock(api).get(`${repo}/pulls/1`).reply(200, pull(1, { head: { sha: headSha, ref: 'feature', repo: { full_name: 'mallory/Hello-World' } } }));
    permission('mallory', 'admin');
    expectComment(1, (b) => b.includes('I may not push to this branch') && b.includes('suggestions in my review'));
    await deliver(app, 'issue_comment', prComment('/indict fix'));
    expect(nock.pendingMocks()).toEqual([]);
    expect(app.unexpected).toEqual([]);
  });

  it('/indict fix on a fork with maintainer_can_modify pushes to the fork', async () => {
    const app = await createTestApp(fixingReview);
    eyes();
    nock(api).get(`${repo}/pulls/1`).reply(200, pull(1, { maintainer_can_modify: true, head: { sha: headSha, ref: 'feature', repo: { full_name: 'alice/fork' } } }));
    permission('mallory', 'write', 'maintain');
    nock(api).get('/repos/alice/fork/contents/app.py').query(true).reply(200, 'a\nb\n', { 'content-type': 'text/plain; charset=utf-8' });
    nock(api).get(`/repos/alice/fork/git/commits/${headSha}`).reply(200, { tree: { sha: 't0' } });
    nock(api).post('/repos/alice/fork/git/blobs').reply(201, { sha: 'b1' });
    nock(api).post('/repos/alice/fork/git/trees').reply(201, { sha: 't1' });
    nock(api).post('/repos/alice/fork/git/commits').reply(201, { sha: 'c1' });
    nock(api).patch('/repos/alice/fork/git/refs/heads%2Ffeature').reply(200, {});
    expectComment(1, (b) => b.includes('I pushed 1 verified fix in c1.'));
    await deliver(app, 'issue_comment', prComment('/indict fix'));
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('/indict ignore <id> by a maintainer marks the finding comment 👎 and confirms', async () => {
    const app = await createTestApp();
    eyes();
    permission('mallory', 'write', 'maintain');
    nock(api).get(`${repo}/pulls/1/comments`).query(true).reply(200, [{ id: 5, body: 'x\n<!-- indict:finding=deadbeef01 -->', user: { login: 'indict[bot]' } }]);
    nock(api).post(`${repo}/pulls/comments/5/reactions`, { content: '-1' }).reply(201, {});
    expectComment(1, (b) => b.includes('`deadbeef01` is ignored') && b.includes('<!-- indict:ignored=deadbeef01 -->'));
    await deliver(app, 'issue_comment', prComment('/indict ignore deadbeef01'));
    expect(nock.pendingMocks()).toEqual([]);
    expect(app.unexpected).toEqual([]);
  });

  it('/indict ignore as a reply to a finding comment takes the id from that comment', async () => {
    const app = await createTestApp();
    eyes(`${repo}/pulls/comments/22/reactions`);
    permission('maint', 'admin');
    nock(api).get(`${repo}/pulls/2/comments`).query(true).reply(200, [{ id: 5, body: 'x\n<!-- indict:finding=abc123 -->', user: { login: 'indict[bot]' } }]);
    nock(api).post(`${repo}/pulls/comments/5/reactions`, { content: '-1' }).reply(201, {});
    expectComment(2, (b) => b.includes('<!-- indict:ignored=abc123 -->'));
    await deliver(app, 'pull_request_review_comment', reviewComment('/indict ignore', 5));
    expect(nock.pendingMocks()).toEqual([]);
    expect(app.unexpected).toEqual([]);
  });

  it('/indict ignore by a non-collaborator (404 from the permission API) is refused', async () => {
    const app = await createTestApp();
    eyes();
    nock(api).get(`${repo}/collaborators/mallory/permission`).reply(404, { message: 'Not Found' });
    expectComment(1, (b) => b.startsWith('Sorry @mallory, `/indict ignore`'));
    await deliver(app, 'issue_comment', prComment('/indict ignore deadbeef01'));
    expect(nock.pendingMocks()).toEqual([]);
    expect(app.unexpected).toEqual([]);
  });

  it.each([
    ['a bot', prComment('/indict fix', { login: 'renovate[bot]', type: 'Bot' })],
    ['indict itself', prComment('/indict review\n<!-- indict:help -->', { login: 'indict[bot]', type: 'Bot' })],
    ['a quoted command', prComment('> /indict fix\nno thanks')],
    ['a command in a code block', prComment('```\n/indict fix\n```')],
    ['a plain issue', webhookExample('issue_comment', 'created', (p) => { (p.comment as { body: string }).body = '/indict help'; })],
  ])('ignores %s: no request at all', async (_what, payload) => {
    const app = await createTestApp();
    await deliver(app, 'issue_comment', payload);
    expect(app.unexpected).toEqual([]);
    expect(app.reviews).toEqual([]);
  });
});
