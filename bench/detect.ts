/**
 * Detection benchmark over ../shared/bench (skipped cleanly when absent).
 * Each record is reviewed as a new-code PR: the whole snippet is added, the tools-only analyzers run on it.
 *
 *   npm run bench:detect [-- --source semgrep-rules] [--lang python] [--show fn|fp|tp] [--limit 20] [--json out.json]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createAstGrepAnalyzer } from '../src/adapters/analyzers/ast-grep/ast-grep-analyzer.js';
import { loadRulePack } from '../src/adapters/analyzers/ast-grep/load-rule-pack.js';
import type { RawFinding } from '../src/core/finding.schema.js';

interface BenchRecord {
  id: string; source: string; language: string; cwe: string | null; label: 'vulnerable' | 'safe';
  code: string; fixed_code?: string; lines?: number[]; pair_id?: string; meta?: Record<string, unknown>;
}

const { values } = parseArgs({
  options: {
    bench: { type: 'string', default: resolve(import.meta.dirname, '../../shared/bench') },
    source: { type: 'string' }, lang: { type: 'string' }, show: { type: 'string' },
    limit: { type: 'string', default: '15' }, json: { type: 'string' }, rule: { type: 'string' },
  },
});

const benchDir = values.bench!;
if (!existsSync(benchDir)) {
  console.log(`bench:detect skipped: ${benchDir} not found`);
  process.exit(0);
}

const files = ['semgrep_fixtures.jsonl', 'cyberseceval_instruct.jsonl', 'sven_pairs.jsonl', 'owasp_benchmark_java.jsonl'];
const records: BenchRecord[] = files
  .filter((f) => existsSync(resolve(benchDir, f)))
  .flatMap((f) => readFileSync(resolve(benchDir, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as BenchRecord))
  .filter((r) => (!values.source || r.source === values.source) && (!values.lang || r.language === values.lang));

const ext: Record<string, string> = { c: 'c', cpp: 'cpp', csharp: 'cs', go: 'go', java: 'java', javascript: 'js', typescript: 'ts', php: 'php', python: 'py', rust: 'rs', ruby: 'rb' };
const analyzer = createAstGrepAnalyzer(loadRulePack());

function scan(record: BenchRecord, code: string): RawFinding[] {
  let language = record.language;
  if (language === 'typescript' && /<[A-Za-z][^>]*\/?>/.test(code) && !analyzer.parses({ path: 'x.ts', content: code, language }).ok) language = 'tsx';
  const findings = analyzer.scanFile({ path: `record.${ext[record.language] ?? 'txt'}`, content: code, language });
  return values.rule ? findings.filter((f) => f.ruleId.includes(values.rule!)) : findings;
}

interface Cell { tp: number; fp: number; fn: number; tn: number; lineHits: number; withLines: number; pairs: number; pairOk: number }
const cells = new Map<string, Cell>();
const cell = (key: string): Cell => {
  let c = cells.get(key);
  if (!c) cells.set(key, (c = { tp: 0, fp: 0, fn: 0, tn: 0, lineHits: 0, withLines: 0, pairs: 0, pairOk: 0 }));
  return c;
};

const started = performance.now();
const shown: string[] = [];
const flaggedById = new Map<string, boolean>();
for (const record of records) {
  const findings = scan(record, record.code);
  const flagged = findings.length > 0;
  flaggedById.set(record.id, flagged);
  const c = cell(`${record.source}\t${record.language}`);
  const vulnerable = record.label === 'vulnerable';
  if (vulnerable && flagged) c.tp++;
  else if (vulnerable) c.fn++;
  else if (flagged) c.fp++;
  else c.tn++;
  if (vulnerable && record.lines?.length) {
    c.withLines++;
    if (findings.some((f) => record.lines!.some((l) => l >= f.startLine && l <= f.endLine))) c.lineHits++;
  }
  const kind = vulnerable ? (flagged ? 'tp' : 'fn') : flagged ? 'fp' : 'tn';
  if (values.show === kind && shown.length < Number(values.limit)) {
    shown.push(`--- ${record.id} ${record.cwe ?? ''} ${kind} ${JSON.stringify(record.meta?.rules ?? record.meta?.icd_pattern_id ?? '')} lines=${record.lines?.join(',') ?? ''}\n${findings.map((f) => `  > ${f.ruleId} @${f.startLine}`).join('\n')}\n${record.code}`);
  }
}
// pairs: vulnerable flagged and its fixed version quiet
const byPair = new Map<string, BenchRecord[]>();
for (const r of records) if (r.pair_id) byPair.set(r.pair_id, [...(byPair.get(r.pair_id) ?? []), r]);
for (const pair of byPair.values()) {
  const vuln = pair.find((r) => r.label === 'vulnerable');
  const safe = pair.find((r) => r.label === 'safe');
  if (!vuln || !safe) continue;
  const c = cell(`${vuln.source}\t${vuln.language}`);
  c.pairs++;
  if (flaggedById.get(vuln.id) && !flaggedById.get(safe.id)) c.pairOk++;
}
const wallMs = performance.now() - started;

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}`);
const rows = [...cells.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, c]) => {
  const [source, language] = key.split('\t');
  const precision = c.tp + c.fp === 0 ? NaN : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? NaN : c.tp / (c.tp + c.fn);
  const f1 = 2 * precision * recall / (precision + recall);
  const fpr = c.fp + c.tn === 0 ? NaN : c.fp / (c.fp + c.tn);
  const f = (x: number) => (Number.isNaN(x) ? '—' : (100 * x).toFixed(1));
  return {
    source, language, records: c.tp + c.fp + c.fn + c.tn, vulnerable: c.tp + c.fn, safe: c.fp + c.tn,
    precision: f(precision), recall: f(recall), f1: f(f1), fpr: f(fpr),
    youden: Number.isNaN(recall) || Number.isNaN(fpr) ? '—' : (100 * (recall - fpr)).toFixed(1),
    lineHit: pct(c.lineHits, c.withLines), pairAcc: pct(c.pairOk, c.pairs),
  };
});

if (shown.length) console.log(shown.join('\n\n') + '\n');
const header = ['source', 'language', 'records', 'vuln', 'safe', 'P %', 'R %', 'F1', 'FPR %', 'J (TPR-FPR)', 'line hit %', 'pair acc %'];
console.log(`| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
for (const r of rows) {
  console.log(`| ${[r.source, r.language, r.records, r.vulnerable, r.safe, r.precision, r.recall, r.f1, r.fpr, r.youden, r.lineHit, r.pairAcc].join(' | ')} |`);
}
console.log(`\n${records.length} records, ${wallMs.toFixed(0)} ms wall (${(wallMs / Math.max(records.length, 1)).toFixed(2)} ms/record), ${analyzer.name} with ${loadRulePack().length} rules`);
if (values.json) writeFileSync(values.json, JSON.stringify({ rows, wallMs, records: records.length }, null, 2));
