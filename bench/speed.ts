/**
 * Speed benchmark: a synthetic change of 200 files / 100k lines across languages, reviewed by the whole
 * CLI process (built bin, tools-only). Prints wall time and peak RSS; targets: < 2 s, < 500 MB.
 *
 *   npm run bench:speed [-- --files 200 --lines 500 --runs 3]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { files: { type: 'string', default: '200' }, lines: { type: 'string', default: '500' }, runs: { type: 'string', default: '3' }, 'write-diff': { type: 'string' } } });
const fileCount = Number(values.files);
const linesPerFile = Number(values.lines);

/** One function body per language: ordinary code with an occasional risky call, so analyzers have work. */
const templates: Record<string, { ext: string; line: (i: number) => string }> = {
  python: { ext: 'py', line: (i) => (i % 97 === 0 ? `    os.system("job " + arg${i})` : i % 10 === 0 ? `def f${i}(arg${i}):` : `    total${i} = compute(arg${i % 10}, ${i}) + len(items)`) },
  javascript: { ext: 'js', line: (i) => (i % 97 === 0 ? `  el.innerHTML = req.query.v${i};` : i % 10 === 0 ? `function f${i}(a) {` : i % 10 === 9 ? '}' : `  const v${i} = compute(a, ${i}) + items.length;`) },
  typescript: { ext: 'ts', line: (i) => (i % 10 === 0 ? `export function f${i}(a: number): number {` : i % 10 === 9 ? '  return a;\n}' : `  a += Math.max(a, ${i});`) },
  java: { ext: 'java', line: (i) => (i === 0 ? 'class Gen {' : i % 10 === 1 ? `  int f${i}(int a) {` : i % 10 === 9 ? '  }' : `    a += Math.max(a, ${i});`) },
  go: { ext: 'go', line: (i) => (i === 0 ? 'package gen' : i % 10 === 1 ? `func f${i}(a int) int {` : i % 10 === 9 ? '\treturn a\n}' : `\ta += max(a, ${i})`) },
  c: { ext: 'c', line: (i) => (i % 10 === 0 ? `int f${i}(int a, char *s) {` : i % 10 === 9 ? '  return a;\n}' : i % 97 === 0 ? '  strcpy(buf, s);' : `  a += abs(a - ${i});`) },
  php: { ext: 'php', line: (i) => (i === 0 ? '<?php' : i % 10 === 1 ? `function f${i}($a) {` : i % 10 === 9 ? '  return $a;\n}' : `  $a += max($a, ${i});`) },
  rust: { ext: 'rs', line: (i) => (i % 10 === 0 ? `fn f${i}(mut a: i64) -> i64 {` : i % 10 === 9 ? '    a\n}' : `    a += (a - ${i}).abs();`) },
};

function synthesize(dir: string): string {
  const langs = Object.keys(templates);
  const parts: string[] = [];
  for (let f = 0; f < fileCount; f++) {
    const t = templates[langs[f % langs.length]!]!;
    const body = Array.from({ length: linesPerFile }, (_, i) => t.line(i)).join('\n').split('\n').slice(0, linesPerFile);
    const path = `src/gen${f}/file${f}.${t.ext}`;
    parts.push(`diff --git a/${path} b/${path}\nnew file mode 100644\n--- /dev/null\n+++ b/${path}\n@@ -0,0 +1,${body.length} @@\n${body.map((l) => `+${l}`).join('\n')}\n`);
  }
  const diffPath = join(dir, 'change.diff');
  writeFileSync(diffPath, parts.join(''));
  return diffPath;
}

const dir = mkdtempSync(join(tmpdir(), 'indict-speed-'));
try {
  const diff = synthesize(dir);
  if (values['write-diff']) {
    writeFileSync(values['write-diff'], readFileSync(diff));
    console.log(`wrote ${values['write-diff']}`);
    process.exit(0);
  }
  const hook = join(dir, 'rss-hook.mjs');
  writeFileSync(hook, "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(process.env.INDICT_RSS_FILE, String(process.resourceUsage().maxRSS)));\n");
  const bin = resolve(import.meta.dirname, '../bin/indict.js');
  const rows: { wall: number; rss: number; findings: number }[] = [];
  for (let run = 0; run < Number(values.runs); run++) {
    const rssFile = join(dir, `rss${run}`);
    const out = join(dir, `report${run}.json`);
    const started = performance.now();
    execFileSync(process.execPath, ['--import', hook, bin, 'review', '--diff', diff, '--root', dir, '--format', 'json', '--output', out], {
      env: { ...process.env, INDICT_RSS_FILE: rssFile, OPENAI_API_KEY: '', OPENAI_BASE_URL: '' }, stdio: ['ignore', 'ignore', 'ignore'],
    });
    const wall = performance.now() - started;
    const report = JSON.parse(readFileSync(out, 'utf8')) as { findings: unknown[] };
    rows.push({ wall, rss: Number(readFileSync(rssFile, 'utf8')) / 1024, findings: report.findings.length });
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`| files | lines | runs | wall median (ms) | wall max (ms) | peak RSS (MB) | findings | target |`);
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  const wall = median(rows.map((r) => r.wall));
  const rss = Math.max(...rows.map((r) => r.rss));
  console.log(`| ${fileCount} | ${fileCount * linesPerFile} | ${rows.length} | ${wall.toFixed(0)} | ${Math.max(...rows.map((r) => r.wall)).toFixed(0)} | ${rss.toFixed(0)} | ${rows[0]!.findings} | ${wall < 2000 && rss < 500 ? 'met' : 'MISSED'} (< 2000 ms, < 500 MB) |`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
