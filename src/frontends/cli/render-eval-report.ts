import type { RecordResult } from './score-record.js';
import type { EvalGroup } from './summarize-eval.js';

const rate = (n: number, of: number) => (of === 0 ? '—' : `${n}/${of} (${((100 * n) / of).toFixed(0)}%)`);

export interface EvalReport {
  mode: string;
  groups: EvalGroup[];
  results: RecordResult[];
  durationMs: number;
  skipped: { id: string; reason: string }[];
}

/** The eval as a markdown table per source and language. */
export function renderEvalMarkdown(report: EvalReport): string {
  const calls = report.results.reduce((n, r) => n + r.llmCalls, 0);
  const tokens = report.results.reduce((n, r) => n + r.promptTokens + r.completionTokens, 0);
  const out = [
    '## indict eval', '',
    `${report.results.length} record(s), ${report.mode}; ${calls} model call(s), ${tokens} token(s), ${(report.durationMs / 1000).toFixed(1)} s.`, '',
    '| source | language | flagged (recall) | false positives (safe) | fixed (of flagged) | silent on fixed (pairs) | pair accuracy |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const g of report.groups) {
    out.push(`| ${g.source} | ${g.language} | ${rate(g.flagged, g.vulnerable)} | ${rate(g.falsePositives, g.safe)} | ${rate(g.fixed, g.flagged)} | ${rate(g.silentOnFixed, g.pairs)} | ${rate(g.pairAccurate, g.pairs)} |`);
  }
  if (report.skipped.length) out.push('', `${report.skipped.length} record(s) skipped: ${report.skipped.slice(0, 5).map((s) => `${s.id} (${s.reason})`).join(', ')}${report.skipped.length > 5 ? ', …' : ''}`);
  out.push('', 'fixed = a verified fix exists and re-scanning the fixed code no longer flags the CWE; pair accuracy = flags the vulnerable version and stays silent on its fix.', '');
  return out.join('\n');
}

export function renderEvalJson(report: EvalReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
