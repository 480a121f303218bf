import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPullRequestChange } from '../../../src/adapters/github/load-pull-request-change.js';
import type { CodeHost } from '../../../src/ports/code-host.js';
import { CodeHostError } from '../../../src/ports/code-host-error.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github/start-fake-github.js';
import { seedPullRequest } from '../../support/fake-github/seed-pull-request.js';
import { createTestHost, sha1 } from '../../support/fake-github/create-test-host.js';
import { validateOpenApiBody } from '../../support/fake-github/validate-openapi-body.js';

let gh: FakeGitHub;
let host: CodeHost;
const repo = { owner: 'acme', repo: 'shop' };
const ref = { ...repo, number: 3 };

beforeEach(async () => {
  gh = await startFakeGitHub();
  host = createTestHost(gh.url);
});
afterEach(async () => {
  await gh.close();
});

describe('the fake GitHub API checks bodies against the OpenAPI description', () => {
  it('accepts a valid review and refuses invalid bodies and unknown operations', () => {
    expect(validateOpenApiBody('POST', '/repos/a/b/pulls/1/reviews', { commit_id: 'x', body: 'b', event: 'COMMENT', comments: [{ path: 'p', body: 'c', line: 3, side: 'RIGHT' }] })).toBeNull();
    expect(validateOpenApiBody('POST', '/repos/a/b/pulls/1/reviews', { event: 'MERGE' })).toMatch(/allowed values/);
    expect(validateOpenApiBody('PATCH', '/repos/a/b/check-runs/5', { output: { title: 'x' } })).toMatch(/summary/);
    expect(validateOpenApiBody('POST', '/repos/a/b/no-such-thing', {})).toMatch(/no such operation/);
  });

  it('answers an invalid body with 422, which the adapter turns into a one-line CodeHostError', async () => {
    const error = await host.createCheckRun(repo, { name: 'indict', headSha: 42 as unknown as string }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CodeHostError);
    expect((error as CodeHostError).status).toBe(422);
    expect((error as CodeHostError).message).toMatch(/^github: create check run failed \(422\): Invalid request/);
    expect((error as CodeHostError).message).not.toContain('\n');
  });
});

describe('createOctokitCodeHost', () => {
  it('reads files at a ref and the config from the default branch; missing is null', async () => {
    gh.state.contents.set(`${sha1}:src/a.py`, 'print(1)\n');
    gh.state.contents.set('default:.github/indict.yml', 'failOn: low\n');
    expect(await host.readFile(repo, 'src/a.py', sha1)).toBe('print(1)\n');
    expect(await host.readFile(repo, 'src/missing.py', sha1)).toBeNull();
    expect(await host.readRepoConfig(repo)).toBe('failOn: low\n');
  });

  it('maps collaborator permissions (role names kept) and unknown users to none', async () => {
    gh.state.permissions.set('mia', 'maintain').set('tom', 'triage');
    expect(await host.getPermission(repo, 'mia')).toBe('maintain');
    expect(await host.getPermission(repo, 'tom')).toBe('triage');
    expect(await host.getPermission(repo, 'stranger')).toBe('none');
  });

  it('comments, edits and reacts on issue comments', async () => {
    seedPullRequest(gh.state, { number: 3, headSha: sha1 }, []);
    const id = await host.createIssueComment(ref, 'hello');
    await host.updateIssueComment(repo, id, 'hello again');
    await host.addReaction(repo, { kind: 'issue-comment', id }, 'eyes');
    expect(await host.listIssueComments(ref)).toEqual([expect.objectContaining({ id, body: 'hello again', author: 'indict[bot]' })]);
    expect(gh.state.issueComments[0]!.reactions).toEqual(['eyes']);
  });

  it('commits files to the head branch through the Git Data API', async () => {
    const commit = await host.commitFiles(repo, { branch: 'feature', parentSha: sha1, message: 'indict: fix', files: [{ path: 'app.py', content: 'safe()\n' }] });
    expect(gh.state.refs.get('heads/feature')).toBe(commit);
    expect(gh.state.commits[0]!.files.get('app.py')).toBe('safe()\n');
    expect(gh.state.commits[0]!.parents).toEqual([sha1]);
  });

  it('works against a GitHub Enterprise base URL (REST under /api/v3, GraphQL at /api/graphql)', async () => {
    seedPullRequest(gh.state, { number: 3, headSha: sha1 }, [{ path: 'a.py', content: 'x = 1\n' }]);
    const ghe = createTestHost(`${gh.url}/api/v3`);
    expect((await ghe.getPullRequest(ref)).headSha).toBe(sha1);
    expect(await ghe.listReviewThreads(ref)).toEqual([]);
    expect(gh.state.requests.map((r) => r.status)).toEqual([200, 200]);
  });

  it('pages through the files list', async () => {
    seedPullRequest(gh.state, { number: 3, headSha: sha1 }, []);
    gh.state.pulls.get(3)!.files = Array.from({ length: 250 }, (_, i) => ({ filename: `f${i}.txt`, status: 'added' as const, patch: '@@ -0,0 +1 @@\n+x', additions: 1, deletions: 0 }));
    const { files, truncated } = await host.listPullRequestFiles(ref);
    expect(files).toHaveLength(250);
    expect(truncated).toBe(false);
  });
});

describe('loadPullRequestChange', () => {
  it('builds the change from patches and head contents, and lists what it cannot load', async () => {
    const pr = seedPullRequest(gh.state, { number: 3, headSha: sha1 }, [
      { path: 'new.py', content: 'x = 1\n' },
      { path: 'mod.py', content: 'a = 1\nb = 2\n', old: 'a = 1\n' },
      { path: 'gone.py', content: 'y = 2\n', old: 'y = 1\n' },
    ]);
    gh.state.contents.delete(`${sha1}:gone.py`);
    pr.files.push({ filename: 'moved.py', previous_filename: 'old.py', status: 'renamed', additions: 0, deletions: 0 });
    pr.files.push({ filename: 'broken.py', status: 'modified', patch: '@@ -1,1 +1,5 @@\n+only one line', additions: 1, deletions: 0 });
    const info = await host.getPullRequest(ref);
    const change = await loadPullRequestChange(host, info);
    expect(change.files.map((f) => [f.path, f.content])).toEqual([['new.py', 'x = 1\n'], ['mod.py', 'a = 1\nb = 2\n']]);
    expect(change.changeSet.files.map((f) => [f.newPath, f.status])).toEqual([['new.py', 'added'], ['mod.py', 'modified'], ['gone.py', 'modified']]);
    expect(change.skipped).toEqual([{ path: 'broken.py', reason: 'patch from GitHub does not parse' }, { path: 'gone.py', reason: 'not readable at the head commit' }]);
    expect(change.gaps).toHaveLength(2);
  });
});
