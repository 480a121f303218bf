import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github/start-fake-github.js';
import { seedPullRequest } from '../../support/fake-github/seed-pull-request.js';
import { pyV1, sha1 } from '../../support/fake-github/create-test-host.js';

let gh: FakeGitHub;
const env = () => ({ GITHUB_TOKEN: 'test-token', GITHUB_API_URL: gh.url });
const writes = () => gh.state.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql');

beforeEach(async () => {
  gh = await startFakeGitHub();
  seedPullRequest(gh.state, { number: 7, headSha: sha1 }, [{ path: 'app.py', content: pyV1 }]);
});
afterEach(async () => {
  await gh.close();
});

describe('indict review --pr', () => {
  it('needs GITHUB_TOKEN: exit 2 with one error line', async () => {
    const run = await runCli(['review', '--pr', 'acme/shop#7'], { cwd: process.cwd(), env: { GITHUB_API_URL: gh.url } });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n').filter((l) => !l.startsWith('warning:'))).toEqual([expect.stringMatching(/^error: --pr needs GITHUB_TOKEN/)]);
  });

  it('reads the pull request and prints the report without writing anything', async () => {
    const run = await runCli(['review', '--pr', 'acme/shop#7', '--format', 'json'], { cwd: process.cwd(), env: env() });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { findings: { path: string; startLine: number }[]; coverage: { filesReviewed: string[] } };
    expect(report.coverage.filesReviewed).toEqual(['app.py']);
    expect(report.findings.map((f) => f.startLine).sort()).toEqual([5, 8]);
    expect(writes()).toEqual([]);
  });

  it('publishes with --post: one review, the summary, a completed check run; --fail-on sets the exit code', async () => {
    const run = await runCli(['review', '--pr', 'acme/shop#7', '--post', '--fail-on', 'high'], { cwd: process.cwd(), env: env() });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('app.py');
    expect(run.stderr).toMatch(/posted: 2 inline comment\(s\) on acme\/shop#7, check run failure/);
    expect(gh.state.reviews).toHaveLength(1);
    expect(gh.state.reviews[0]!.event).toBe('COMMENT');
    expect(gh.state.issueComments).toHaveLength(1);
    expect(gh.state.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
  });

  it('reports a missing pull request in one line (exit 2)', async () => {
    const run = await runCli(['review', '--pr', 'acme/shop#99'], { cwd: process.cwd(), env: env() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: github: read pull request #99 failed \(404\)/m);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
