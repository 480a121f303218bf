/**
 * App benchmark: the built server (`npm start`) against a fake GitHub (GHE layout) and a fake model that
 * takes 500 ms per call. 50 signed webhooks for 10 pull requests (opened, then 4 pushes each) are sent
 * within 5 s. Prints acknowledgement latency p50/p99 (target p99 < 100 ms), the time until every pull
 * request's latest head is reviewed, and duplicate comments (target 0).
 *
 *   npm run bench:app [-- --redis --prs 10 --pushes 5 --model-ms 500]
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fork, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { webhookExample } from '../test/frontends/probot/support/webhook-example.js';
import { startGheFront } from '../test/e2e/app/support/ghe-front.js';
import { startAppServer } from '../test/e2e/app/support/start-app-server.js';
import { startRedis } from '../test/support/start-redis.js';
import { startFakeOpenAi } from '../test/support/fake-openai-server.js';
import { createFakeGitHubState } from '../test/support/fake-github/fake-github-state.js';
import { seedPullRequest } from '../test/support/fake-github/seed-pull-request.js';
import { startFakeGitHub } from '../test/support/fake-github/start-fake-github.js';
import { scriptByRole } from '../test/support/scripted-critics.js';

const { values } = parseArgs({ options: { redis: { type: 'boolean', default: false }, prs: { type: 'string', default: '10' }, pushes: { type: 'string', default: '5' }, 'model-ms': { type: 'string', default: '500' } } });
const prs = Number(values.prs);
const pushes = Number(values.pushes);
const modelMs = Number(values['model-ms']);
const secret = 'e2e-secret';

const headOf = (pr: number, push: number) => `${pr.toString(16).padStart(2, '0')}${push.toString(16).padStart(2, '0')}`.padEnd(40, 'a');
const source = (push: number) => ['import os', 'import hashlib', '', 'def run(cmd):', '    os.system(cmd)', '', 'def h(data):', '    return hashlib.md5(data).hexdigest()', '', ...Array.from({ length: push }, (_, i) => `x${i} = eval(input())`), ''].join('\n');

function payload(pr: number, push: number) {
  return webhookExample('pull_request', push === 0 ? 'opened' : 'synchronize', (p) => {
    Object.assign(p.repository as object, { name: 'shop', full_name: 'acme/shop', owner: { ...(p.repository as { owner: object }).owner, login: 'acme' } });
    Object.assign(p.pull_request as object, { number: pr, draft: false });
    Object.assign((p.pull_request as { head: object }).head, { sha: headOf(pr, push) });
  });
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

const script = scriptByRole({});
const model = await startFakeOpenAi((body) => ({ ...script.reply(body), delayMs: modelMs }));
const fake = await startFakeGitHub(createFakeGitHubState('acme', 'shop'));
const front = await startGheFront(fake.url);
// --redis: the web server only queues (BullMQ), a separate worker process runs the reviews.
const redis = values.redis ? await startRedis() : undefined;
const server = await startAppServer(front.host, {
  ...(redis ? { REDIS_URL: redis.url, INDICT_RUN_JOBS: 'false' } : {}),
  OPENAI_BASE_URL: model.baseURL, OPENAI_API_KEY: 'bench', INDICT_MODEL: 'fake-model', LOG_LEVEL: 'warn',
  INDICT_CACHE_DIR: join(mkdtempSync(join(tmpdir(), 'indict-bench-')), 'cache'),
});
const worker = redis ? spawn(process.execPath, [fileURLToPath(new URL('../dist/frontends/probot/worker.js', import.meta.url))], { env: { ...server.env, INDICT_RUN_JOBS: 'true' }, stdio: 'inherit' }) : undefined;
try {
  // Seeding runs `git diff`: do it before the clock starts, then only swap the head while sending.
  const heads = Array.from({ length: pushes }, (_, push) => Array.from({ length: prs }, (_, i) =>
    seedPullRequest(fake.state, { number: i + 1, headSha: headOf(i + 1, push) }, [{ path: 'app.py', content: source(push) }])));
  const order = Array.from({ length: pushes * prs }, (_, i) => ({ push: Math.floor(i / prs), pr: (i % prs) + 1 }));
  const gap = Math.floor(4500 / order.length);
  const sender = fork(fileURLToPath(new URL('./app-sender.ts', import.meta.url)), { execArgv: ['--import', 'tsx'] });
  await new Promise((ok) => sender.once('message', ok)); // ready
  const startAt = Date.now() + 200;
  const sent = new Promise<{ results: { status: number; ms: number }[]; sentAt: number }>((ok, fail) => {
    sender.once('message', (m) => ok(m as never));
    sender.once('error', fail);
  });
  sender.send({ url: server.url, secret, payloads: order.map(({ pr, push }) => payload(pr, push)), startAt, gap });
  // The head moves on GitHub just before each push's webhook goes out.
  for (const [i, { pr, push }] of order.entries()) {
    const wait = startAt + i * gap - 2 - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    fake.state.pulls.set(pr, heads[push]![pr - 1]!);
  }
  const { results, sentAt } = await sent;
  if (results.some((r) => r.status !== 200)) throw new Error(`webhooks answered ${results.map((r) => r.status).join(',')}`);
  const latencies = results.map((r) => r.ms);
  const start = startAt;
  const sentIn = sentAt - startAt;
  const finalDone = () => Array.from({ length: prs }, (_, i) => i + 1).every((pr) =>
    fake.state.checkRuns.some((r) => r.headSha === headOf(pr, pushes - 1) && r.status === 'completed' && r.conclusion !== 'cancelled'));
  const open = () => fake.state.checkRuns.some((r) => r.status !== 'completed');
  while (!finalDone() || open()) {
    if (Date.now() - start > 300_000) throw new Error('reviews did not complete within 300 s');
    await new Promise((r) => setTimeout(r, 50));
  }
  const allDone = Date.now() - start;

  let duplicates = 0;
  for (let pr = 1; pr <= prs; pr++) {
    const ids = fake.state.reviewComments.filter((c) => c.pull === pr && !c.inReplyTo).map((c) => /indict:finding=([\w-]+)/.exec(c.body)?.[1]).filter(Boolean);
    duplicates += ids.length - new Set(ids).size;
    duplicates += Math.max(0, fake.state.issueComments.filter((c) => c.pull === pr && c.body.includes('indict:summary')).length - 1);
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  const runs = fake.state.checkRuns;
  console.log(`${redis ? 'web + worker processes, BullMQ on redis-server' : 'one process, in-process queue'}`);
  console.log(`webhooks: ${latencies.length} for ${prs} PRs sent in ${(sentIn / 1000).toFixed(2)} s; fake model ${modelMs} ms per call`);
  console.log(`ack latency: p50 ${pct(sorted, 50).toFixed(1)} ms, p99 ${pct(sorted, 99).toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms (target p99 < 100 ms)`);
  const slowest = latencies.map((ms, i) => ({ i, ms })).sort((a, b) => b.ms - a.ms).slice(0, 5);
  console.log(`slowest acks (webhook #: ms): ${slowest.map(({ i, ms }) => `${i}: ${ms.toFixed(0)}`).join(', ')}`);
  console.log(`all reviews complete: ${(allDone / 1000).toFixed(1)} s after the first webhook`);
  console.log(`check runs: ${runs.length} (${runs.filter((r) => r.conclusion === 'cancelled').length} cancelled as superseded); model calls: ${model.requests.length}`);
  const conclusions = runs.reduce<Record<string, number>>((acc, r) => ({ ...acc, [String(r.conclusion)]: (acc[String(r.conclusion)] ?? 0) + 1 }), {});
  console.log(`conclusions: ${JSON.stringify(conclusions)}`);
  console.log(`review comments: ${fake.state.reviewComments.length}, reviews: ${fake.state.reviews.length}; duplicate comments: ${duplicates} (target 0)`);
} finally {
  worker?.kill('SIGTERM');
  await server.stop();
  await redis?.stop();
  await front.close();
  await fake.close();
  await model.close();
}
