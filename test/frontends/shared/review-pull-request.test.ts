import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reviewPullRequest } from '../../../src/frontends/shared/review-pull-request.js';
import { readFindingId, readSummaryHead } from '../../../src/frontends/shared/read-markers.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github/start-fake-github.js';
import { seedPullRequest } from '../../support/fake-github/seed-pull-request.js';
import { createTestHost, noModel, pyV1, pyV2, sha1, sha2 } from '../../support/fake-github/create-test-host.js';
import { startFakeOpenAi } from '../../support/fake-openai-server.js';
import { edits, scriptByRole } from '../../support/scripted-critics.js';

let gh: FakeGitHub;
const ref = { owner: 'acme', repo: 'shop', number: 1 };
const deps = () => ({ host: createTestHost(gh.url), env: noModel, now: () => performance.now() });
const bodies = () => gh.state.reviewComments.filter((c) => !c.inReplyTo).map((c) => c.body);

beforeEach(async () => {
  gh = await startFakeGitHub();
});
afterEach(async () => {
  await gh.close();
});

describe('reviewPullRequest against the fake GitHub API', () => {
  it('posts one COMMENT review with inline comments on diff lines, markers, a suggestion for the verified fix, a summary and a failing check', async () => {
    seedPullRequest(gh.state, { number: 1, headSha: sha1 }, [{ path: 'app.py', content: pyV1 }]);
    const result = await reviewPullRequest(deps(), ref);
    expect(result.conclusion).toBe('failure');
    expect(result.posted).toBe(2);
    expect(gh.state.reviews).toHaveLength(1);
    expect(gh.state.reviews[0]!.event).toBe('COMMENT');
    const comments = gh.state.reviewComments;
    expect(comments.map((c) => c.line).sort()).toEqual([5, 8]);
    for (const c of comments) expect(readFindingId(c.body)).toMatch(/^[0-9a-f]{16}$/);
    const md5 = comments.find((c) => c.line === 8)!;
    expect(md5.body).toContain('```suggestion\n    return hashlib.sha256(data).hexdigest()\n```');
    expect(comments.find((c) => c.line === 5)!.body).not.toContain('suggestion');
    expect(gh.state.issueComments).toHaveLength(1);
    expect(readSummaryHead(gh.state.issueComments[0]!.body)).toBe(sha1);
    expect(gh.state.issueComments[0]!.body).toMatch(/2 findings/);
    const run = gh.state.checkRuns[0]!;
    expect(run).toMatchObject({ name: 'indict', headSha: sha1, status: 'completed', conclusion: 'failure' });
    expect(run.annotations).toHaveLength(2);
    expect(gh.state.requests.some((r) => JSON.stringify(r.body ?? '').includes('APPROVE'))).toBe(false);
  });

  it('posts nothing new on a second run of the same head and edits the summary in place', async () => {
    seedPullRequest(gh.state, { number: 1, headSha: sha1 }, [{ path: 'app.py', content: pyV1 }]);
    await reviewPullRequest(deps(), ref);
    const again = await reviewPullRequest(deps(), ref);
    expect(again.posted).toBe(0);
    expect(gh.state.reviews).toHaveLength(1);
    expect(gh.state.reviewComments).toHaveLength(2);
    expect(gh.state.issueComments).toHaveLength(1);
    expect(gh.state.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/issues/comments/'))).toHaveLength(1);
  });

  it('on a new push posts only new findings, answers and resolves the fixed one, and edits the summary', async () => {
    seedPullRequest(gh.state, { number: 1, headSha: sha1 }, [{ path: 'app.py', content: pyV1 }]);
    await reviewPullRequest(deps(), ref);
    const osSystem = gh.state.reviewComments.find((c) => c.line === 5)!;
    seedPullRequest(gh.state, { number: 1, headSha: sha2 }, [{ path: 'app.py', content: pyV2 }]);
    const second = await reviewPullRequest(deps(), ref);
    expect(second.posted).toBe(1);
    expect(gh.state.reviews).toHaveLength(2);
    const fresh = gh.state.reviewComments.filter((c) => c.reviewId === gh.state.reviews[1]!.id);
    expect(fresh).toHaveLength(1);
    expect(fresh[0]!.body).toMatch(/pickle|deserializ/i);
    const reply = gh.state.reviewComments.find((c) => c.inReplyTo === osSystem.id)!;
    expect(reply.body).toContain(`Fixed in ${sha2}`);
    expect(osSystem.resolved).toBe(true);
    expect(gh.state.reviewComments.find((c) => c.line === 8 && c.reviewId === gh.state.reviews[0]!.id)!.resolved).toBe(false);
    expect(gh.state.issueComments).toHaveLength(1);
    expect(readSummaryHead(gh.state.issueComments[0]!.body)).toBe(sha2);
    expect(bodies().filter((b) => /md5|weak hash/i.test(b))).toHaveLength(1);
  });

  it('does not raise again a finding dismissed with a thumbs-down, and it no longer fails the check', async () => {
    seedPullRequest(gh.state, { number: 1, headSha: sha1 }, [{ path: 'app.py', content: pyV1 }]);
    await reviewPullRequest(deps(), ref);
    gh.state.permissions.set('maint', 'write').set('alice', 'read');
    gh.state.reviewComments.find((c) => c.line === 5)!.thumbsDownBy.push('maint');
    const v3 = pyV1.replace('import os\n', 'import os\nimport sys\n');
    seedPullRequest(gh.state, { number: 1, headSha: sha2 }, [{ path: 'app.py', content: v3 }]);
    const second = await reviewPullRequest(deps(), ref);
    expect(second.posted).toBe(0);
    expect(second.conclusion).toBe('success');
    expect(gh.state.reviewComments.some((c) => c.inReplyTo)).toBe(false);
    expect(gh.state.issueComments[0]!.body).toContain('1 finding dismissed');
  });

  it('ignores a thumbs-down from a reader (the PR author) and markers pasted by someone else', async () => {
    seedPullRequest(gh.state, { number: 1, headSha: sha1 }, [{ path: 'app.py', content: pyV1 }]);
    await reviewPullRequest(deps(), ref);
    gh.state.permissions.set('alice', 'read');
    const osSystem = gh.state.reviewComments.find((c) => c.line === 5)!;
    osSystem.thumbsDownBy.push('alice');
    gh.state.reviewComments.push({ ...osSystem, id: 1, user: 'alice', thumbsDownBy: ['alice'], threadId: 'PRRT_x' });
    const v3 = pyV1.replace('import os\n', 'import os\nimport sys\n');
    seedPullRequest(gh.state, { number: 1, headSha: sha2 }, [{ path: 'app.py', content: v3 }]);
    expect((await reviewPullRequest(deps(), ref)).conclusion).toBe('failure');
  });

  it('leaves out findings a writer listed with /indict ignore, but not those a reader listed', async () => {
    seedPullRequest(gh.state, { number: 1, headSha: sha1 }, [{ path: 'app.py', content: pyV1 }]);
    const { review } = await reviewPullRequest(deps(), { ...ref, number: 1 });
    const [first, second] = review.findings;
    gh.state.reviewComments.length = 0;
    gh.state.issueComments.length = 0;
    gh.state.permissions.set('maint', 'maintain').set('reader', 'read');
    gh.state.issueComments.push({ id: 1, pull: 1, body: `/indict ignore ${first!.id}`, user: 'maint', reactions: [] });
    gh.state.issueComments.push({ id: 2, pull: 1, body: `/indict ignore ${second!.id}`, user: 'reader', reactions: [] });
    const again = await reviewPullRequest(deps(), ref);
    expect(again.posted).toBe(1);
    expect(bodies().map(readFindingId)).toEqual([second!.id]);
  });

  it('hands a /indict fix request to the actor: its checked edit is a finding with a suggestion', async () => {
    const script = scriptByRole({ actor: [edits([{ ref: 'request', path: 'app.py', startLine: 5, endLine: 5, replacement: '    print(cmd)', explanation: 'log the command instead of running it' }])] });
    const openai = await startFakeOpenAi(script.reply);
    try {
      seedPullRequest(gh.state, { number: 1, headSha: sha1 }, [{ path: 'app.py', content: pyV1 }]);
      const env = { apiKey: 'k', baseURL: openai.baseURL, model: 'm', cacheDir: mkdtempSync(join(tmpdir(), 'indict-cache-')) };
      const { review } = await reviewPullRequest({ ...deps(), env }, ref, { request: 'only log commands, do not run them' });
      expect(script.seen.some((s) => JSON.stringify(s.body).includes('only log commands, do not run them'))).toBe(true);
      const asked = review.findings.find((f) => f.ruleId === 'indict.request')!;
      expect(asked).toMatchObject({ severity: 'info', message: 'log the command instead of running it', fix: { replacement: '    print(cmd)', verified: true } });
      const comment = gh.state.reviewComments.find((c) => readFindingId(c.body) === asked.id)!;
      expect(comment.body).toContain('```suggestion\n    print(cmd)\n```');
    } finally {
      await openai.close();
    }
  });
});
