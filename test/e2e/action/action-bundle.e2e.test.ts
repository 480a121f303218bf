import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildAction } from '../../../scripts/build-action.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github/start-fake-github.js';
import { seedPullRequest } from '../../support/fake-github/seed-pull-request.js';
import { pyV1, sha1 } from '../../support/fake-github/create-test-host.js';
import { issueCommentPayload, pullRequestPayload } from './payloads.js';
import { runActionBundle } from './run-action-bundle.js';

let bundle: string;
let gh: FakeGitHub;
const writes = () => gh.state.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql');
const readOnlyToken = () => {
  for (const method of ['POST', 'PATCH', 'PUT', 'DELETE']) gh.state.faults.push({ method, path: /^\/repos\//, status: 403, times: 1000, message: 'Resource not accessible by integration' });
};
const run = (event: string, payload: unknown, inputs: Record<string, string> = {}) =>
  runActionBundle(join(bundle, 'index.js'), { apiUrl: gh.url, event, payload, inputs: { 'fail-on': 'none', ...inputs } });

// A fresh build outside the repository: no node_modules to fall back on, as in a checkout of the action at a tag.
beforeAll(async () => {
  bundle = await mkdtemp(join(tmpdir(), 'indict-action-bundle-'));
  await buildAction(bundle);
}, 120_000);
afterAll(async () => {
  await rm(bundle, { recursive: true, force: true });
});
beforeEach(async () => {
  gh = await startFakeGitHub();
  seedPullRequest(gh.state, { number: 7, headSha: sha1 }, [{ path: 'app.py', content: pyV1 }]);
});
afterEach(async () => {
  await gh.close();
});

describe('the action bundle on pull_request', () => {
  it('reviews a same-repo PR like the App: one COMMENT review, the summary comment, the check run, outputs, job summary, SARIF', async () => {
    const r = await run('pull_request', pullRequestPayload(7));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(gh.state.reviews).toEqual([expect.objectContaining({ pull: 7, event: 'COMMENT', commitId: sha1, comments: 2 })]);
    expect(gh.state.issueComments).toHaveLength(1);
    expect(gh.state.issueComments[0]!.body).toMatch(/<!-- indict:summary head=1{40} -->$/);
    expect(gh.state.checkRuns).toEqual([expect.objectContaining({ name: 'indict', headSha: sha1, status: 'completed', conclusion: 'success' })]);
    expect(r.outputs).toEqual({ 'findings-count': '2', 'sarif-file': join(r.dir, 'indict.sarif') });
    expect(r.summary).toContain('## indict review of #7 at 1111111');
    expect(r.summary).toMatch(/published on #7: 2 inline comment\(s\), check run success/);
    expect(r.summary).toMatch(/\| severity \| location \| finding \| CWE \| fix \|/);
    expect(r.summary).toMatch(/model calls/);
    const sarif = JSON.parse(await readFile(join(r.dir, 'indict.sarif'), 'utf8')) as { version: string; runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual(['app.py', 'app.py']);
    expect(r.stdout).not.toMatch(/::warning/);
  }, 90_000);

  it('falls back to annotations and the job summary on a fork PR with a read-only token, and succeeds', async () => {
    readOnlyToken();
    const r = await run('pull_request', pullRequestPayload(7, 'mallory/shop'));
    expect(r.code).toBe(0);
    expect(writes()).toEqual([]);
    const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::warning '));
    expect(annotations).toHaveLength(2);
    expect(annotations[0]).toMatch(/file=app\.py,line=5,endLine=5/);
    expect(r.summary).toMatch(/read-only token/);
    expect(r.outputs['findings-count']).toBe('2');
  }, 90_000);

  it('falls back the same way on a 403 at the first write (a workflow without write permissions)', async () => {
    readOnlyToken();
    const r = await run('pull_request', pullRequestPayload(7));
    expect(r.code).toBe(0);
    expect(writes()).toEqual([expect.objectContaining({ method: 'POST', status: 403 })]);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::warning ')).length).toBe(2);
    expect(r.summary).toMatch(/read-only token/);
  }, 90_000);

  it('falls back when only the review is refused (no pull-requests: write), and closes the check run with the annotations', async () => {
    gh.state.faults.push({ method: 'POST', path: /\/pulls\/\d+\/reviews$/, status: 403, times: 10, message: 'Resource not accessible by integration' });
    const r = await run('pull_request', pullRequestPayload(7));
    expect(r.code).toBe(0);
    expect(gh.state.reviews).toEqual([]);
    expect(gh.state.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'neutral', output: { title: 'Not published on the pull request' } });
    expect(gh.state.checkRuns[0]!.annotations).toHaveLength(2);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::warning ')).length).toBe(2);
  }, 90_000);

  it('fails the step when a finding is at or above fail-on, with one line', async () => {
    const r = await run('pull_request', pullRequestPayload(7), { 'fail-on': 'high' });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::error::'))).toEqual([expect.stringMatching(/^::error::indict: \d finding\(s\) at or above high \(fail-on\); see the job summary$/)]);
    expect(gh.state.checkRuns[0]).toMatchObject({ conclusion: 'failure' });
    expect(r.outputs['findings-count']).toBe('2');
  }, 90_000);

  it('reads config-path from the default branch; a bad file is reported, not fatal', async () => {
    gh.state.contents.set('default:ci/indict.yml', 'failOn: sometimes\n');
    const r = await run('pull_request', pullRequestPayload(7), { 'config-path': 'ci/indict.yml' });
    expect(r.code).toBe(0);
    expect(gh.state.requests.some((q) => q.path.startsWith('/repos/acme/shop/contents/ci%2Findict.yml'))).toBe(true);
    expect(gh.state.checkRuns[0]).toMatchObject({ conclusion: 'neutral' });
    expect(r.summary).toMatch(/bad config, reviewed with defaults/);
  }, 90_000);

  it('reviews the PR named by a workflow_dispatch input', async () => {
    const r = await run('workflow_dispatch', { inputs: { pr: '7' } });
    expect(r.code).toBe(0);
    expect(gh.state.reviews).toHaveLength(1);
  }, 90_000);

  it('turns a bad input into one setFailed line', async () => {
    const r = await run('pull_request', pullRequestPayload(7), { 'fail-on': 'severe' });
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toEqual(['::error::indict: input fail-on must be one of critical, high, medium, low, none']);
    expect(gh.state.requests).toEqual([]);
  }, 90_000);
});

describe('the action bundle on /indict commands', () => {
  const comment = (login: string, body = '/indict fix') => {
    gh.state.issueComments.push({ id: 4242, pull: 7, body, user: login, reactions: [] });
    return issueCommentPayload(7, login, body);
  };

  it('reviews and commits the verified fixes for a writer, and answers', async () => {
    gh.state.permissions.set('alice', 'write');
    const r = await run('issue_comment', comment('alice'));
    expect(r.code).toBe(0);
    expect(gh.state.requests.some((q) => q.path.endsWith('/collaborators/alice/permission'))).toBe(true);
    expect(gh.state.reviews).toHaveLength(1);
    const answer = gh.state.issueComments.find((c) => c.body.includes('<!-- indict:fix -->'));
    expect(answer?.body).toMatch(/^@alice I pushed 1 verified fix in [0-9a-f]+\./);
    expect(gh.state.refs.get('heads/feature')).toBe(gh.state.commits[0]!.sha);
    expect([...gh.state.commits[0]!.files.keys()]).toEqual(['app.py']);
    expect(r.outputs['findings-count']).toBe('2');
  }, 90_000);

  it('refuses a reader politely and changes nothing', async () => {
    gh.state.permissions.set('bob', 'read');
    const r = await run('issue_comment', comment('bob'));
    expect(r.code).toBe(0);
    expect(gh.state.reviews).toEqual([]);
    expect(gh.state.checkRuns).toEqual([]);
    expect(gh.state.commits).toEqual([]);
    const refusal = gh.state.issueComments.find((c) => c.id !== 4242);
    expect(refusal?.body).toMatch(/^Sorry @bob, `\/indict fix` can only be run by someone with write, maintain or admin access/);
    expect(r.outputs['findings-count']).toBe('0');
  }, 90_000);

  it('answers /indict help for anyone, and reviews everything again on /indict review by the PR author', async () => {
    const help = await run('issue_comment', comment('mallory', '/indict help'));
    expect(help.code).toBe(0);
    expect(gh.state.issueComments.find((c) => c.body.includes('<!-- indict:help -->'))?.body).toContain('/indict fix [request]');
    expect(gh.state.reviews).toEqual([]);
    gh.state.permissions.set('alice', 'read');
    const review = await run('issue_comment', comment('alice', '/indict review'));
    expect(review.code).toBe(0);
    expect(gh.state.reviews).toHaveLength(1);
    expect(gh.state.checkRuns.at(-1)).toMatchObject({ status: 'completed', conclusion: 'success' });
    expect(review.outputs['findings-count']).toBe('2');
  }, 90_000);

  it('ignores comments without the command', async () => {
    const r = await run('issue_comment', comment('alice', 'looks good to me'));
    expect(r.code).toBe(0);
    expect(writes()).toEqual([]);
  }, 90_000);
});
