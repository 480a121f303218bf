/**
 * Rule cost: how long each rule of the pack takes per 1,000 lines, per language, on real code (records of
 * ../shared/bench when present, else the rules' own test snippets). Finds the rules that make a review slow.
 *
 *   npm run bench:rules [-- --top 20] [--lang python]
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from '@ast-grep/napi';
import { loadRulePack } from '../src/adapters/analyzers/ast-grep/load-rule-pack.js';
import { napiLanguage } from '../src/adapters/analyzers/ast-grep/register-languages.js';
import type { Language } from '../src/core/detect-language.js';

const { values } = parseArgs({ options: { top: { type: 'string', default: '15' }, lang: { type: 'string' }, bench: { type: 'string', default: resolve(import.meta.dirname, '../../shared/bench') } } });
const rules = loadRulePack();
const languages = [...new Set(rules.flatMap((r) => r.languages))].filter((l) => !values.lang || l === values.lang).sort();

function corpus(language: Language): string[] {
  const fromBench = ['semgrep_fixtures.jsonl', 'cyberseceval_instruct.jsonl', 'owasp_benchmark_java.jsonl', 'sven_pairs.jsonl']
    .map((f) => resolve(values.bench!, f)).filter(existsSync)
    .flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { language: string; code: string }))
    .filter((r) => r.language === (language === 'tsx' ? 'typescript' : language)).map((r) => r.code);
  const snippets = fromBench.length ? fromBench : rules.filter((r) => r.languages.includes(language)).flatMap((r) => [...r.tests.vulnerable, ...r.tests.safe]);
  return snippets.slice(0, 200);
}

const rows: { language: string; id: string; msPerKLine: number }[] = [];
const totals: { language: string; lines: number; msPerKLine: number }[] = [];
for (const language of languages) {
  const files = corpus(language);
  const lines = files.reduce((n, f) => n + f.split('\n').length, 0);
  const roots = files.map((code) => parse(napiLanguage(language) as never, language === 'php' && !code.includes('<?') ? `<?php\n${code}` : code).root());
  let total = 0;
  for (const rule of rules.filter((r) => r.languages.includes(language))) {
    const started = performance.now();
    for (const root of roots) {
      try {
        root.findAll({ rule: rule.rule, constraints: rule.constraints, utils: rule.utils } as never);
      } catch {
        // a rule that fails on a record is a rule-pack test failure, not a cost
      }
    }
    const ms = ((performance.now() - started) * 1000) / Math.max(lines, 1);
    total += ms;
    rows.push({ language, id: rule.id, msPerKLine: ms });
  }
  totals.push({ language, lines, msPerKLine: total });
}

console.log('| language | corpus lines | all rules, ms per 1k lines (no prefilter) |\n| --- | --- | --- |');
for (const t of totals) console.log(`| ${t.language} | ${t.lines} | ${t.msPerKLine.toFixed(0)} |`);
console.log(`\n| slowest rules | ms per 1k lines |\n| --- | --- |`);
for (const r of rows.sort((a, b) => b.msPerKLine - a.msPerKLine).slice(0, Number(values.top))) console.log(`| ${r.language} ${r.id} | ${r.msPerKLine.toFixed(1)} |`);
