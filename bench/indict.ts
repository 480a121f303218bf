/**
 * INDICT engine benchmark: the whole CLI (`indict review --diff`, tools-only analyzers real) against a local fake
 * OpenAI-compatible server that answers every role after `--latency-ms`. For changes of 1, 10, 50 and 200 files:
 * units, model calls, tokens, wall time, the dialogue's critical path (turns of the longest unit × latency) and
 * dialogue wall / critical path; then a re-run of each change on the same response cache (target: zero calls).
 * One warm-up review runs first and is not counted.
 *
 *   npm run bench:indict [-- --latency-ms 200 --sizes 1,10,50,200 --lines 40]
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { renderNewFileDiff } from '../src/core/render-new-file-diff.js';
import { main } from '../src/frontends/cli/main.js';
import { completion, startFakeOpenAi } from '../test/support/fake-openai-server.js';
import { roleOf } from '../test/support/scripted-critics.js';

const { values } = parseArgs({ options: { 'latency-ms': { type: 'string', default: '200' }, sizes: { type: 'string', default: '1,10,50,200' }, lines: { type: 'string', default: '40' } } });
const latency = Number(values['latency-ms']);
const sizes = values.sizes!.split(',').map(Number);
const linesPerFile = Number(values.lines);

/** One Python module per file: ordinary code and one shell call, so every file is a unit with analyzer evidence. */
function moduleText(index: number): string {
  const body = Array.from({ length: linesPerFile - 4 }, (_, i) => (i % 6 === 0 ? `def step_${index}_${i}(items):` : `    total_${i} = sum(x * ${i} for x in items) + len(items)`));
  return ['import os', '', `def run_${index}(name):`, `    os.system("convert " + name)`, ...body].join('\n') + '\n';
}

const cwe = { tool: 'cwe', path: null, pattern: null, language: null, code: null, stdin: null, cweId: 'CWE-78' };
/** Plausible replies per role: the safety critic asks for one tool, then confirms; the actor proposes nothing. */
function replyFor(role: ReturnType<typeof roleOf>, revised: boolean): unknown {
  if (role === 'safety') return { analysis: 'name reaches a shell', issues: [], toolRequests: revised ? [] : [cwe] };
  if (role === 'summarizer') return { confirmed: [{ ref: 'F1', reason: 'user input reaches os.system' }], dismissed: [], added: [] };
  if (role === 'actor') return { refused: null, edits: [] };
  return { analysis: 'no functional concern', issues: [], toolRequests: [] };
}

async function runCli(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  const sink = new PassThrough();
  sink.resume();
  return main(args, { stdin: Readable.from(['']), stdout: sink, stderr: sink, env, cwd });
}

const work = mkdtempSync(join(tmpdir(), 'indict-bench-'));
/** When each request reached the fake server: the dialogue's wall time is first arrival to last answer. */
let arrivals: number[] = [];
const server = await startFakeOpenAi((body) => {
  arrivals.push(performance.now());
  const messages = body.messages as { content: string }[];
  const role = roleOf(body);
  const content = JSON.stringify(replyFor(role, messages[1]!.content.includes('## Tool results')));
  const promptTokens = Math.ceil(messages.reduce((n, m) => n + m.content.length, 0) / 4);
  return { delayMs: latency, body: completion(content, { prompt_tokens: promptTokens, completion_tokens: Math.ceil(content.length / 4) }) };
});
writeFileSync(join(work, 'indict.yml'), 'budget:\n  calls: 2000\n  tokens: 50000000\n');
const rows: string[] = [];
try {
  // Warm-up, not counted: the first review in a process loads the SDK, the CWE catalogue and the schemas.
  const warm = join(work, 'warm-up.diff');
  writeFileSync(warm, renderNewFileDiff('warm/up.py', moduleText(-1)));
  await runCli(['review', '--diff', warm, '--root', work, '--semgrep', 'off', '--format', 'json'], { OPENAI_BASE_URL: server.baseURL, OPENAI_API_KEY: 'bench', INDICT_CACHE_DIR: join(work, 'cache-warm') }, work);
  const runs = [...sizes.map((n) => ({ n, rerun: false })), ...sizes.map((n) => ({ n, rerun: true }))];
  for (const { n, rerun } of runs) {
    const dir = join(work, `change-${n}`);
    const diff = join(work, `change-${n}.diff`);
    if (!rerun) mkdirSync(dir, { recursive: true });
    if (!rerun) writeFileSync(diff, Array.from({ length: n }, (_, i) => renderNewFileDiff(`svc/mod${i}/tasks_${i}.py`, moduleText(i))).join(''));
    const out = join(work, `report-${n}-${rerun}.json`);
    const trace = join(work, `trace-${n}-${rerun}.jsonl`);
    const env = { OPENAI_BASE_URL: server.baseURL, OPENAI_API_KEY: 'bench', INDICT_MODEL: 'fake', INDICT_CACHE_DIR: join(work, `cache-${n}`) };
    arrivals = [];
    const started = performance.now();
    const code = await runCli(['review', '--diff', diff, '--root', dir, '--config', join(work, 'indict.yml'), '--semgrep', 'off', '--format', 'json', '--output', out, '--trace', trace], env, work);
    const wall = performance.now() - started;
    if (code !== 0) throw new Error(`indict review exited ${code} on ${n} files`);
    const { stats } = JSON.parse(readFileSync(out, 'utf8')) as { stats: { llmCalls: number; promptTokens: number; completionTokens: number } };
    const turns = new Map<string, number>();
    for (const line of readFileSync(trace, 'utf8').split('\n').filter(Boolean)) {
      const event = JSON.parse(line) as { role: string; unit?: string; cached?: boolean };
      if (event.role !== 'tool' && event.unit) turns.set(event.unit, (turns.get(event.unit) ?? 0) + (event.cached ? 0 : 1));
    }
    const critical = Math.max(0, ...turns.values()) * latency;
    const dialogue = arrivals.length ? Math.max(...arrivals) + latency - Math.min(...arrivals) : 0;
    const ratio = critical ? (dialogue / critical).toFixed(2) : '—';
    rows.push(`| ${n}${rerun ? ' (re-run)' : ''} | ${n * linesPerFile} | ${turns.size} | ${stats.llmCalls} | ${stats.promptTokens} | ${stats.completionTokens} | ${wall.toFixed(0)} | ${dialogue.toFixed(0)} | ${Math.max(0, ...turns.values())} × ${latency} = ${critical} | ${ratio} |`);
    console.error(rows[rows.length - 1]);
  }
} finally {
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
console.log(`latency ${latency} ms per model call; units run concurrently (limit 8). "wall" is the whole CLI run (rule pack`);
console.log('load and analyzers included); "dialogue wall" is first model request to last answer, compared with the critical path.\n');
console.log('| files | lines | units | model calls | prompt tokens | completion tokens | wall (ms) | dialogue wall (ms) | critical path (turns × latency, ms) | dialogue wall / critical path |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
