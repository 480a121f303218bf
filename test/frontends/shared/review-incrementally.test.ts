import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCarry } from '../../../src/frontends/shared/carry-marker.js';
import { reviewPullRequest } from '../../../src/frontends/shared/review-pull-request.js';
import type { ModelEnv } from '../../../src/frontends/shared/model-env.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github/start-fake-github.js';
import { seedPullRequest, type SeedFile } from '../../support/fake-github/seed-pull-request.js';
import { createTestHost, noModel, pyV1, sha1, sha2 } from '../../support/fake-github/create-test-host.js';
import { startFakeOpenAi, type FakeOpenAi } from '../../support/fake-openai-server.js';
import { scriptByRole } from '../../support/scripted-critics.js';

let gh: FakeGitHub;
let openai: FakeOpenAi | undefined;
const ref = { owner: 'acme', repo: 'shop', number: 1 };
const sha3 = '3'.repeat(40);
const deps = (env: ModelEnv = noModel) => ({ host: createTestHost(gh.url), env, now: () => performance.now() });
const summary = () => gh.state.issueComments.find((c) => c.body.includes('indict:summary'))!.body;
const lastRun = () => gh.state.checkRuns.at(-1)!;
const contentRequests = (sha: string) => gh.state.requests.filter((r) => r.method === 'GET' && r.path.includes('/contents/') && r.path.endsWith(sha));

const store = ['import sqlite3', '', 'def find(db, name):', '    return db.execute("SELECT * FROM users WHERE name = \'" + name + "\'")', ''].join('\n');
const util = ['def add(a, b):', '    return a + b', ''].join('\n');
const util2 = ['def add(a, b):', '    return a + b', '', 'def sub(a, b):', '    return a - b', ''].join('\n');
// Modified files (an `old` side), so the review reads their content at the head: what the tests count.
const file = (path: string, content: string): SeedFile => ({ path, content, old: `# ${path}\n` });
const v1: SeedFile[] = [file('app.py', pyV1), file('store.py', store), file('util.py', util)];
const v2: SeedFile[] = [file('app.py', pyV1), file('store.py', store), file('util.py', util2)];

beforeEach(async () => {
  gh = await startFakeGitHub();
});
afterEach(async () => {
  await gh.close();
  await openai?.close();
  openai = undefined;
});

describe('incremental review: only files changed since the reviewed head (the summary marker keeps it)', () => {
  it('reviews only the file a push changed, carries the rest forward, and the check still fails on the carried findings', async () => {
    seedPullRequest(gh.state, { number: 1, headSha: sha1 }, v1);
    const first = await reviewPullRequest(deps(), ref);
    expect(first.conclusion).toBe('failure');
    const carried = readCarry(summary());
    expect(carried?.reviewed.sort()).toEqual(['app.py', 'store.py', 'util.py']);
    expect(carried?.findings.map((f) => f.id).sort()).toEqual(first.review.findings.map((f) => f.id).sort());

    seedPullRequest(gh.state, { number: 1, headSha: sha2 }, v2);
    const second = await reviewPullRequest(deps(), ref);
    // Only util.py was read at the new head; app.py and store.py kept their results.
    expect(contentRequests(sha2).map((r) => r.path)).toEqual([expect.stringContaining('/contents/util.py')]);
    expect(second.conclusion).toBe('failure');
    expect(lastRun()).toMatchObject({ headSha: sha2, conclusion: 'failure' });
    expect(second.review.findings.map((f) => f.id).sort()).toEqual(first.review.findings.map((f) => f.id).sort());
    expect(second.review.coverage.filesReviewed.sort()).toEqual(['app.py', 'store.py', 'util.py']);
    expect(second.posted).toBe(0);
    expect(gh.state.reviewComments.some((c) => c.inReplyTo || c.resolved)).toBe(false);
    expect(summary()).toContain(`Incremental review: 1 file changed since ${sha1.slice(0, 7)} reviewed now; 2 files unchanged keep the earlier results`);
    expect(summary()).toContain(`indict:summary head=${sha2}`);
  });

  it('reviews a file fixed by the push and resolves its comment, while the unchanged file keeps its finding', async () => {
    seedPullRequest(gh.state, { number: 1, headSha: sha1 }, v1);
    await reviewPullRequest(deps(), ref);
    const sql = gh.state.reviewComments.find((c) => c.path === 'store.py')!;
    const safeStore = store.replace(`"SELECT * FROM users WHERE name = '" + name + "'"`, '"SELECT * FROM users WHERE name = ?", (name,)');
    seedPullRequest(gh.state, { number: 1, headSha: sha2 }, [v1[0]!, file('store.py', safeStore), v1[2]!]);
    const second = await reviewPullRequest(deps(), ref);
    expect(sql.resolved).toBe(true);
    expect(second.review.findings.every((f) => f.path === 'app.py')).toBe(true);
    expect(second.conclusion).toBe('failure');
  });

  it('a redelivery of the reviewed head reads no file and posts nothing', async () => {
    seedPullRequest(gh.state, { number: 1, headSha: sha1 }, v1);
    const first = await reviewPullRequest(deps(), ref);
    const reads = contentRequests(sha1).length;
    const again = await reviewPullRequest(deps(), ref);
    expect(contentRequests(sha1).length).toBe(reads);
    expect(again.review.findings.map((f) => f.id)).toEqual(first.review.findings.map((f) => f.id));
    expect(gh.state.reviews).toHaveLength(1);
    expect(gh.state.issueComments).toHaveLength(1);
  });

  it('falls back to a full review after a force-push, after a config change, and when asked (`full`)', async () => {
    seedPullRequest(gh.state, { number: 1, headSha: sha1 }, v1);
    await reviewPullRequest(deps(), ref);

    seedPullRequest(gh.state, { number: 1, headSha: sha2 }, v2, { forcePush: true });
    await reviewPullRequest(deps(), ref);
    expect(contentRequests(sha2)).toHaveLength(3);
    expect(summary()).toContain(`Full review: the branch was rewritten since ${sha1.slice(0, 7)} (force-push or rebase).`);

    gh.state.contents.set('default:.github/indict.yml', 'maxComments: 10\n');
    seedPullRequest(gh.state, { number: 1, headSha: sha3 }, v1);
    await reviewPullRequest(deps(), ref);
    expect(contentRequests(sha3)).toHaveLength(3);
    expect(summary()).toContain('Full review: the configuration or the indict version changed since the last review.');

    await reviewPullRequest(deps(), ref, { full: true });
    expect(contentRequests(sha3)).toHaveLength(6);
    expect(summary()).not.toContain('Incremental review');
  });

  it('carries nothing forward from an incomplete review: the next one is full', async () => {
    seedPullRequest(gh.state, { number: 1, headSha: sha1 }, [...v1, { path: 'big.py', content: 'x = 1\n', noPatch: true }]);
    await reviewPullRequest(deps(), ref);
    expect(summary()).toContain('big.py not reviewed: diff too large for GitHub to show');
    expect(readCarry(summary())).toBeNull();
    seedPullRequest(gh.state, { number: 1, headSha: sha2 }, v2);
    await reviewPullRequest(deps(), ref);
    expect(summary()).toContain(`Full review: the review of ${sha1.slice(0, 7)} was incomplete or too large to carry forward.`);
    expect(readCarry(summary())).not.toBeNull();
  });

  it('asks the model only about the changed file', async () => {
    const script = scriptByRole({});
    openai = await startFakeOpenAi(script.reply);
    const env: ModelEnv = { apiKey: 'k', baseURL: openai.baseURL, model: 'm', cacheDir: mkdtempSync(join(tmpdir(), 'indict-cache-')) };
    const touched = (from: number) => new Set(script.seen.slice(from).flatMap((s) => [...JSON.stringify(s.body).matchAll(/file: ([\w.]+\.py)/g)].map((m) => m[1])));
    seedPullRequest(gh.state, { number: 1, headSha: sha1 }, v1);
    await reviewPullRequest(deps(env), ref);
    expect(touched(0)).toEqual(new Set(['app.py', 'store.py']));
    const before = script.seen.length;
    const changedStore = store.replace('def find(db, name):', 'def find(db, name, limit=10):');
    seedPullRequest(gh.state, { number: 1, headSha: sha2 }, [v1[0]!, file('store.py', changedStore), v1[2]!]);
    await reviewPullRequest(deps(env), ref);
    expect(script.seen.length).toBeGreaterThan(before);
    expect(touched(before)).toEqual(new Set(['store.py']));
  });
});
