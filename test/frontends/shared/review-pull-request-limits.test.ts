import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reviewPullRequest } from '../../../src/frontends/shared/review-pull-request.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github/start-fake-github.js';
import { makePatch, seedPullRequest } from '../../support/fake-github/seed-pull-request.js';
import { createTestHost, noModel, pyV1, sha1, sha2 } from '../../support/fake-github/create-test-host.js';

let gh: FakeGitHub;
const ref = { owner: 'acme', repo: 'shop', number: 1 };
const deps = () => ({ host: createTestHost(gh.url), env: noModel, now: () => performance.now() });
const clean = 'def add(a, b):\n    return a + b\n';
const md5Lines = (n: number) => ['import hashlib', '', ...Array.from({ length: n }, (_, i) => `h${i} = hashlib.md5(b"${i}").hexdigest()`), ''].join('\n');
const run = () => gh.state.checkRuns[gh.state.checkRuns.length - 1]!;
const summary = () => gh.state.issueComments[0]?.body ?? '';

beforeEach(async () => {
  gh = await startFakeGitHub();
});
afterEach(async () => {
  await gh.close();
});

describe('check-run conclusions', () => {
  it('is success for a clean change', async () => {
    seedPullRequest(gh.state, { number: 1, headSha: sha1 }, [{ path: 'calc.py', content: clean }]);
    expect((await reviewPullRequest(deps(), ref)).conclusion).toBe('success');
    expect(run().conclusion).toBe('success');
    expect(gh.state.reviews).toHaveLength(0);
  });

  it('is neutral and says what is wrong when .github/indict.yml is bad; the review runs on defaults', async () => {
    gh.state.contents.set('default:.github/indict.yml', 'failOn: sometimes\nmaxComents: 3\n');
    seedPullRequest(gh.state, { number: 1, headSha: sha1 }, [{ path: 'calc.py', content: clean }]);
    expect((await reviewPullRequest(deps(), ref)).conclusion).toBe('neutral');
    expect(run().output.summary).toMatch(/bad config.*failOn/);
    expect(summary()).toMatch(/maxComents/);
  });

  it('is cancelled when a newer push supersedes the review, and nothing is posted', async () => {
    seedPullRequest(gh.state, { number: 1, headSha: sha1 }, [{ path: 'app.py', content: pyV1 }]);
    const controller = new AbortController();
    controller.abort();
    expect((await reviewPullRequest(deps(), ref, { signal: controller.signal })).conclusion).toBe('cancelled');
    expect(run().conclusion).toBe('cancelled');
    expect((await reviewPullRequest(deps(), { ...ref, headSha: sha2 })).conclusion).toBe('cancelled');
    expect(gh.state.reviews).toHaveLength(0);
    expect(gh.state.issueComments).toHaveLength(0);
  });

  it('is cancelled when the signal aborts during the review', async () => {
    seedPullRequest(gh.state, { number: 1, headSha: sha1 }, [{ path: 'app.py', content: pyV1 }]);
    const controller = new AbortController();
    const host = createTestHost(gh.url);
    const slowHost = { ...host, listPullRequestFiles: async (r: typeof ref) => { controller.abort(); return host.listPullRequestFiles(r); } };
    const result = await reviewPullRequest({ ...deps(), host: slowHost }, ref, { signal: controller.signal });
    expect(result.conclusion).toBe('cancelled');
    expect(run().conclusion).toBe('cancelled');
    expect(gh.state.reviews).toHaveLength(0);
  });
});

describe('limits', () => {
  it('caps inline comments at maxComments and lists the rest in the summary', async () => {
    gh.state.contents.set('default:.github/indict.yml', 'maxComments: 3\nfailOn: none\n');
    seedPullRequest(gh.state, { number: 1, headSha: sha1 }, [{ path: 'h.py', content: md5Lines(5) }]);
    const result = await reviewPullRequest(deps(), ref);
    expect(result.posted).toBe(3);
    expect(gh.state.reviewComments).toHaveLength(3);
    expect(summary().match(/\| below \|/g)).toHaveLength(2);
    expect(summary()).toMatch(/over the limit of 3 inline comments/);
    expect(result.conclusion).toBe('success');
  });

  it('sends annotations in batches of at most 50 and caps the review at 30 comments by default', async () => {
    const content = ['import os', '', ...Array.from({ length: 120 }, (_, i) => `os.system(c${i})`), ''].join('\n');
    seedPullRequest(gh.state, { number: 1, headSha: sha1 }, [{ path: 'h.py', content }]);
    await reviewPullRequest(deps(), ref);
    expect(run().annotations).toHaveLength(120);
    expect(run().annotationBatches).toEqual([50, 50, 20]);
    expect(gh.state.reviewComments).toHaveLength(30);
  });

  it('lists a PR past GitHub\'s 3,000 files as partly reviewed (neutral)', async () => {
    const files = Array.from({ length: 3200 }, (_, i) => ({ filename: `docs/n${i}.txt`, status: 'added' as const, patch: '@@ -0,0 +1 @@\n+note', additions: 1, deletions: 0 }));
    gh.state.pulls.set(1, { number: 1, title: 't', body: '', user: 'alice', draft: false, baseSha: 'b'.repeat(40), headSha: sha1, headRef: 'f', headRepo: 'acme/shop', maintainerCanModify: false, files, changedFiles: 3200 });
    const result = await reviewPullRequest(deps(), ref);
    expect(result.conclusion).toBe('neutral');
    expect(summary()).toMatch(/partly reviewed: GitHub lists only the first 3000 of 3200 changed files/);
    expect(gh.state.requests.filter((r) => r.path.includes('/files')).length).toBe(30);
  });

  it('lists a file whose diff GitHub will not show (406 / no patch) as not reviewed (neutral)', async () => {
    seedPullRequest(gh.state, { number: 1, headSha: sha1 }, [{ path: 'calc.py', content: clean }, { path: 'big.py', content: clean, old: '', noPatch: true }, { path: 'logo.png', content: '', noPatch: true }]);
    gh.state.pulls.get(1)!.files[2]!.additions = 0;
    const result = await reviewPullRequest(deps(), ref);
    expect(result.conclusion).toBe('neutral');
    expect(result.review.coverage.filesSkipped).toEqual(expect.arrayContaining([{ path: 'big.py', reason: 'diff too large for GitHub to show' }, { path: 'logo.png', reason: 'binary' }]));
    expect(summary()).toMatch(/big\.py.*diff too large/);
  });
});

describe('GitHub failures', () => {
  it('retries 5xx on reads with backoff', async () => {
    seedPullRequest(gh.state, { number: 1, headSha: sha1 }, [{ path: 'calc.py', content: clean }]);
    gh.state.faults.push({ method: 'GET', path: /\/pulls\/1$/, status: 502, times: 2 });
    expect((await reviewPullRequest(deps(), ref)).conclusion).toBe('success');
    expect(gh.state.requests.filter((r) => r.method === 'GET' && /\/pulls\/1$/.test(r.path)).map((r) => r.status)).toEqual([502, 502, 200]);
  });

  it('retries a secondary rate limit after the time GitHub asks', async () => {
    seedPullRequest(gh.state, { number: 1, headSha: sha1 }, [{ path: 'calc.py', content: clean }]);
    gh.state.faults.push({ method: 'GET', path: /\/pulls\/1\/files$/, status: 403, times: 1, headers: { 'retry-after': '1' }, message: 'You have exceeded a secondary rate limit' });
    const host = createTestHost(gh.url, { throttleWrites: true });
    expect((await reviewPullRequest({ ...deps(), host }, ref)).conclusion).toBe('success');
    expect(gh.state.requests.filter((r) => r.path.includes('/files')).map((r) => r.status)).toEqual([403, 200]);
  });

  it('never retries a failed review POST blindly', async () => {
    seedPullRequest(gh.state, { number: 1, headSha: sha1 }, [{ path: 'app.py', content: pyV1 }]);
    gh.state.faults.push({ method: 'POST', path: /\/reviews$/, status: 502, times: 1 });
    await expect(reviewPullRequest(deps(), ref)).rejects.toThrow(/create review.*502/);
    expect(gh.state.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/reviews'))).toHaveLength(1);
    expect(run()).toMatchObject({ status: 'completed', conclusion: 'neutral' });
  });

  it('lands the review when GitHub rejects one comment (422), with that finding in the summary', async () => {
    gh.state.contents.set('default:.github/indict.yml', 'scope: context\n');
    const old = 'import os\nimport hashlib\n\ndef run(cmd):\n    os.system(cmd)\n';
    const content = `${old}\ndef h(d):\n    return hashlib.md5(d).hexdigest()\n`;
    seedPullRequest(gh.state, { number: 1, headSha: sha1 }, [{ path: 'app.py', content, old }]);
    gh.state.pulls.get(1)!.files[0]!.reviewPatch = makePatch(old, content, 0);
    const result = await reviewPullRequest(deps(), ref);
    expect(gh.state.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/reviews')).map((r) => r.status)).toEqual([422, 200]);
    expect(result.posted).toBe(1);
    expect(gh.state.reviewComments.map((c) => c.line)).toEqual([8]);
    expect(summary()).toMatch(/GitHub rejected the inline comment/);
  });
});
