/**
 * Sandbox benchmark: start-up overhead of a trivial Python and Node run (sandboxed minus a direct run of
 * the same program, paired and interleaved so machine load hits both alike), and throughput of 100 short
 * snippets. Prints a markdown table.
 *
 *   npx tsx bench/sandbox.ts [--runs 30] [--snippets 100] [--concurrency 2] [--cgroup auto|off]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createBubblewrapSandbox } from '../src/adapters/sandbox/bubblewrap-sandbox.js';
import type { SandboxLanguage } from '../src/ports/sandbox.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '30' }, snippets: { type: 'string', default: '100' },
    concurrency: { type: 'string', default: String(availableParallelism()) }, cgroup: { type: 'string', default: 'auto' },
  },
});
const runs = Number(values.runs);
const sandbox = createBubblewrapSandbox({ path: process.env.PATH, nodePath: process.execPath, cgroup: values.cgroup === 'off' ? 'off' : 'auto' });
const status = await sandbox.available();
if (!status.ok) {
  console.log(`bench:sandbox skipped: ${status.reason}`);
  process.exit(0);
}

const quantile = (xs: readonly number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const dir = mkdtempSync(join(tmpdir(), 'indict-bench-'));
const direct: Record<'python' | 'javascript', { file: string; code: string; argv: (file: string) => [string, string[]] }> = {
  python: { file: 'main.py', code: 'pass\n', argv: (f) => ['/usr/bin/python3', ['-I', '-B', f]] },
  javascript: { file: 'main.js', code: '\n', argv: (f) => [process.execPath, ['--max-old-space-size=512', f]] },
};

async function timeIt(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function measure(language: 'python' | 'javascript') {
  const { file, code, argv } = direct[language];
  const path = join(dir, file);
  writeFileSync(path, code);
  const [command, args] = argv(path);
  const sandboxed: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < runs + 3; i += 1) {
    const s = await timeIt(async () => {
      const r = await sandbox.run({ language, code });
      if (r.kind !== 'exited' || r.code !== 0) throw new Error(`sandboxed ${language} run failed: ${JSON.stringify(r)}`);
    });
    const d = await timeIt(() => execFileSync(command, args, { env: {}, stdio: 'ignore' }));
    if (i < 3) continue; // the first three warm caches
    sandboxed.push(s);
    plain.push(d);
  }
  const overhead = sandboxed.map((s, i) => s - plain[i]!);
  return { language, sandboxed, plain, overhead };
}

async function throughput(language: SandboxLanguage, count: number, concurrency: number) {
  let next = 0;
  let failures = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const r = await sandbox.run({ language, code: `print(sum(range(${i} * 1000)))` });
      if (r.kind !== 'exited' || r.code !== 0) failures += 1;
    }
  };
  const total = await timeIt(() => Promise.all(Array.from({ length: concurrency }, worker)));
  return { total, failures };
}

const loadBefore = loadavg()[0]!;
const rows = [await measure('python'), await measure('javascript')];
const count = Number(values.snippets);
const concurrency = Number(values.concurrency);
const tp = await throughput('python', count, concurrency);
rmSync(dir, { recursive: true, force: true });

const load = `load average ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`;
console.log(`\n### Sandbox benchmark (${runs} runs each, cgroup ${values.cgroup}, ${availableParallelism()} cores, ${load})\n`);
console.log('| program | direct p50 | sandboxed p50 | overhead p50 | overhead p95 |');
console.log('| --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(`| trivial ${r.language} | ${ms(quantile(r.plain, 0.5))} | ${ms(quantile(r.sandboxed, 0.5))} | ${ms(quantile(r.overhead, 0.5))} | ${ms(quantile(r.overhead, 0.95))} |`);
}
console.log(`\n| throughput | snippets | concurrency | wall time | snippets/s | failures |`);
console.log('| --- | --- | --- | --- | --- | --- |');
console.log(`| short Python snippets | ${count} | ${concurrency} | ${(tp.total / 1000).toFixed(2)} s | ${(count / (tp.total / 1000)).toFixed(1)} | ${tp.failures} |`);
