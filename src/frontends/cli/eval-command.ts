import { resolve } from 'node:path';
import pLimit from 'p-limit';
import type { Review } from '../../core/review.js';
import { createAnalyzers } from '../shared/create-analyzers.js';
import { isModelConfigured, readModelEnv } from '../shared/model-env.js';
import type { BenchRecord, EvalOptions } from './bench-record.schema.js';
import type { CliIo } from './review-command.js';
import { loadCliConfig } from './load-cli-config.js';
import { readBenchRecords } from './read-bench-records.js';
import { renderEvalJson, renderEvalMarkdown, type EvalReport } from './render-eval-report.js';
import { recordPath, reviewRecord, type RecordReviewSetup } from './review-record.js';
import { scoreRecord, type RecordResult } from './score-record.js';
import { summarizeEval } from './summarize-eval.js';
import { writeOutput } from './write-output.js';

/** Unpaired vulnerable records with a fix are also reviewed on the fixed code: does the review stay silent there? */
function needsFixedReview(record: BenchRecord, records: readonly BenchRecord[]): boolean {
  if (record.label !== 'vulnerable' || record.fixed_code === undefined) return false;
  return !record.pair_id || !records.some((r) => r.pair_id === record.pair_id && r.label === 'safe');
}

async function evaluate(record: BenchRecord, records: readonly BenchRecord[], setup: RecordReviewSetup): Promise<RecordResult | { id: string; reason: string }> {
  const path = recordPath(record.id, record.language);
  if (!path) return { id: record.id, reason: `no analyzer for language ${record.language}` };
  const review = await reviewRecord(path, record.language, record.code, setup);
  const fixedReview: Review | null = needsFixedReview(record, records) ? await reviewRecord(path, record.language, record.fixed_code!, setup) : null;
  const file = { path, content: record.code, language: record.language };
  return scoreRecord(record, review, file, setup.analyzers.fixChecks, fixedReview);
}

/** `indict eval --bench <jsonl>`: 1 read records, 2 build the analyzers (and model), 3 review each record as a new-file PR, 4 score, 5 report. */
export async function evalCommand(options: EvalOptions, io: CliIo): Promise<number> {
  const started = performance.now();
  const records = await readBenchRecords(resolve(io.cwd, options.bench), options);
  const config = await loadCliConfig(options.config, io.cwd, io.cwd);
  const modelEnv = readModelEnv(io.env);
  const useModel = options.llm && isModelConfigured(modelEnv);
  if (!useModel) io.stderr.write(`warning: ${options.llm ? 'no model configured' : 'model disabled (--no-llm)'}: tools-only evaluation\n`);
  const setup: RecordReviewSetup = { analyzers: await createAnalyzers({ config, root: io.cwd, semgrep: options.semgrep }), config, ...(useModel ? { modelEnv } : {}) };

  const limit = pLimit(useModel ? 4 : 1);
  let done = 0;
  const outcomes = await Promise.all(records.map((record) => limit(async () => {
    const outcome = await evaluate(record, records, setup);
    if (++done % 100 === 0) io.stderr.write(`eval: ${done}/${records.length}\n`);
    return outcome;
  })));
  const results = outcomes.filter((o): o is RecordResult => 'flagged' in o);
  const report: EvalReport = {
    mode: useModel ? `tools, critics and actor (${modelEnv.model ?? config.model ?? 'default model'})` : 'tools only',
    groups: summarizeEval(results), results, durationMs: Math.round(performance.now() - started),
    skipped: outcomes.filter((o): o is { id: string; reason: string } => !('flagged' in o)),
  };
  await writeOutput(options.format === 'json' ? renderEvalJson(report) : renderEvalMarkdown(report), options.output && resolve(io.cwd, options.output), io.stdout);
  return 0;
}
