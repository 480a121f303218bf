import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completion, startFakeOpenAi, type FakeOpenAi } from '../../support/fake-openai-server.js';
import { runCli } from '../../support/run-cli.js';
import { critique, roleOf, summary } from '../../support/scripted-critics.js';

const repo = resolve(import.meta.dirname, '../../..');
const bench = 'fixtures/eval/sample.jsonl';
const fixes: [RegExp, string][] = [
  [/os\.system\(/, '    subprocess.run(["tar", "czf", "out.tgz", name], check=True)'],
  [/cursor\.execute\(/, '    cursor.execute("SELECT * FROM users WHERE id = %s", (uid,))'],
  [/res\.send\(/, "app.get('/hi', (req, res) => res.json({ greeting: 'Hello', name: String(req.query.name) }));"],
];

/** The actor fixes the flagged line it is shown; the critics confirm the first analyzer finding. */
function answer(body: Record<string, unknown>) {
  const user = String((body.messages as { content: string }[])[1]?.content ?? '');
  const role = roleOf(body);
  if (role === 'summarizer') return summary({ confirmed: /\bF1\b/.test(user) ? [{ ref: 'F1', reason: 'input reaches the sink' }] : [] });
  if (role !== 'actor') return critique();
  const path = /file: (\S+) \(/.exec(user)?.[1];
  const ref = /## Findings to fix[\s\S]*?\b(F\d+):/.exec(user)?.[1];
  const edits = user.split('\n').flatMap((line) => {
    const numbered = /^\s*(\d+)\| (.*)$/.exec(line);
    const fix = numbered && fixes.find(([pattern]) => pattern.test(numbered[2]!));
    return fix && path && ref ? [{ ref, path, startLine: Number(numbered[1]), endLine: Number(numbered[1]), replacement: fix[1], explanation: 'no string building' }] : [];
  });
  return { refused: null, edits: edits.slice(0, 1) };
}

let server: FakeOpenAi;
let cache: string;
beforeAll(async () => {
  server = await startFakeOpenAi((body) => ({ body: completion(JSON.stringify(answer(body))) }));
  cache = mkdtempSync(join(tmpdir(), 'indict-eval-cache-'));
});
afterAll(async () => server.close());

const env = () => ({ OPENAI_BASE_URL: server.baseURL, OPENAI_API_KEY: 'k', INDICT_MODEL: 'fake', INDICT_CACHE_DIR: cache });

describe('indict eval --bench', () => {
  it('reports recall, false positives, verified fixes and pairs per source and language, with the critics and actor', async () => {
    const run = await runCli(['eval', '--bench', bench, '--format', 'json', '--semgrep', 'off'], { cwd: repo, env: env() });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.mode).toMatch(/critics and actor/);
    expect(report.skipped).toEqual([{ id: 'sample:kt-hello', reason: 'no analyzer for language kotlin' }]);
    expect(report.groups).toEqual([
      expect.objectContaining({ source: 'sample-a', language: 'python', vulnerable: 2, flagged: 2, safe: 2, falsePositives: 0, fixed: 2, pairs: 2, silentOnFixed: 2, pairAccurate: 2 }),
      expect.objectContaining({ source: 'sample-b', language: 'javascript', vulnerable: 1, flagged: 1, safe: 1, falsePositives: 0, fixed: 1, pairs: 0 }),
    ]);
    expect(report.results.reduce((n: number, r: { llmCalls: number }) => n + r.llmCalls, 0)).toBeGreaterThan(0);
    expect(server.requests.some((r) => roleOf(r.body) === 'actor')).toBe(true);
  });

  it('makes no model call on a re-run (response cache), and prints the markdown table', async () => {
    const before = server.requests.length;
    const run = await runCli(['eval', '--bench', bench, '--semgrep', 'off'], { cwd: repo, env: env() });
    expect(server.requests.length).toBe(before);
    expect(run.stdout).toContain('| sample-a | python | 2/2 (100%) | 0/2 (0%) | 2/2 (100%) | 2/2 (100%) | 2/2 (100%) |');
    expect(run.stdout).toContain('0 model call(s)');
  });

  it('filters by source and language, limits, and runs tools-only without a model', async () => {
    const run = await runCli(['eval', '--bench', bench, '--source', 'sample-a', '--language', 'python', '--limit', '2', '--format', 'json', '--semgrep', 'off'], { cwd: repo });
    expect(run.stderr).toContain('warning: no model configured: tools-only evaluation');
    const report = JSON.parse(run.stdout);
    expect(report.results.map((r: { id: string }) => r.id)).toEqual(['sample:py-shell-archive', 'sample:py-shell-archive-fixed']);
    expect(report.groups[0]).toMatchObject({ vulnerable: 1, flagged: 1, pairs: 1, pairAccurate: 1 });
  });

  it('exits 2 with one line on a bad record', async () => {
    const run = await runCli(['eval', '--bench', 'package.json'], { cwd: repo });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n').filter((l) => l.startsWith('error: '))).toEqual([expect.stringMatching(/^error: .*package\.json:1: not a JSON object/)]);
  });
});
