import { severities, type Finding } from '../../core/finding.schema.js';
import { code, escapeMarkdown } from '../../core/render-markdown.js';
import type { Review } from '../../core/review.js';
import { listedMarker, summaryMarker } from './read-markers.js';
import { renderFixDiff, severityIcon } from './render-finding-comment.js';

export interface SummaryInput {
  review: Review;
  headSha: string;
  /** Findings shown (dismissed ones left out), and where each one is. */
  findings: readonly Finding[];
  inline: ReadonlySet<string>;
  /** Findings listed here instead of inline, with why. */
  inSummary: readonly { finding: Finding; reason: string }[];
  fixed: readonly string[];
  dismissedCount: number;
  /** What limited the review (notices, coverage gaps, bad config). */
  limits: readonly string[];
  notes: readonly string[];
  contentOf: (path: string) => string | undefined;
  /** The carry marker (`renderCarryMarker`), when this review's results are carried forward. */
  carry?: string | null;
}

const maxBody = 60_000;
const maxRows = 150;

function countLine(findings: readonly Finding[]): string {
  const parts = severities.flatMap((s) => {
    const n = findings.filter((f) => f.severity === s).length;
    return n ? [`${severityIcon[s]} ${n} ${s}`] : [];
  });
  return `**${findings.length} finding${findings.length === 1 ? '' : 's'}**${parts.length ? `: ${parts.join(' · ')}` : ''}`;
}

function coverage(review: Review, limits: readonly string[]): string[] {
  const { filesReviewed, filesSkipped } = review.coverage;
  const out = [`**Coverage:** ${filesReviewed.length} file${filesReviewed.length === 1 ? '' : 's'} reviewed${limits.length ? ' (partly reviewed, see below)' : ''}, ${filesSkipped.length} skipped.`, ''];
  for (const limit of limits) out.push(`> ⚠️ ${escapeMarkdown(limit)}`, '');
  if (filesSkipped.length) {
    out.push('<details><summary>Skipped files and why</summary>', '');
    for (const s of filesSkipped.slice(0, 300)) out.push(`- ${code(s.path)}: ${escapeMarkdown(s.reason)}`);
    if (filesSkipped.length > 300) out.push(`- … and ${filesSkipped.length - 300} more`);
    out.push('', '</details>', '');
  }
  return out;
}

/** The one summary issue comment, edited in place: findings by severity, coverage, cost, markers last. */
export function renderSummaryComment(input: SummaryInput): string {
  const { review, findings } = input;
  const { stats } = review;
  const out = [`## indict review of ${input.headSha.slice(0, 7)}`, '', countLine(findings), ''];
  for (const note of input.notes) out.push(`> ${escapeMarkdown(note)}`, '');
  if (findings.length) {
    out.push('| severity | location | finding | CWE | where |', '| --- | --- | --- | --- | --- |');
    for (const f of findings.slice(0, maxRows)) {
      out.push(`| ${severityIcon[f.severity]} ${f.severity} | ${code(`${f.path}:${f.startLine}`)} | ${escapeMarkdown(f.title)} | ${f.cwe ?? '—'} | ${input.inline.has(f.id) ? 'inline' : 'below'} |`);
    }
    if (findings.length > maxRows) out.push(`| | | … and ${findings.length - maxRows} more in the check run's annotations | | |`);
    out.push('');
  }
  const details: string[] = [];
  for (const { finding: f, reason } of input.inSummary) {
    details.push(`### ${severityIcon[f.severity]} ${escapeMarkdown(f.title)}`, '', `${code(`${f.path}:${f.startLine}`)} · ${f.cwe ?? 'no CWE'} · ${code(f.ruleId)} · here because ${reason}`, '', escapeMarkdown(f.message), '');
    details.push(...renderFixDiff(f, input.contentOf(f.path)));
  }
  if (details.join('\n').length > maxBody / 2) out.push(`${input.inSummary.length} findings are listed without details (the comment would be too long); see the check run.`, '');
  else out.push(...details);
  if (input.fixed.length) out.push(`✅ ${input.fixed.length} earlier finding${input.fixed.length === 1 ? '' : 's'} fixed by this push.`, '');
  if (input.dismissedCount) out.push(`${input.dismissedCount} finding${input.dismissedCount === 1 ? '' : 's'} dismissed by maintainers (not raised again).`, '');
  out.push(...coverage(review, input.limits));
  out.push(`<sub>${stats.llmCalls} model calls · ${stats.promptTokens} prompt + ${stats.completionTokens} completion tokens · ${(stats.durationMs / 1000).toFixed(1)} s</sub>`, '');
  const markers = `${listedMarker(input.inSummary.slice(0, 1000).map((s) => s.finding.id))}\n${input.carry ? `${input.carry}\n` : ''}${summaryMarker(input.headSha)}`;
  const text = out.join('\n');
  const room = 65_000 - markers.length;
  return `${text.length > room ? `${text.slice(0, room - 40)}\n\n… (summary cut to GitHub's size limit)\n` : text}${markers}`;
}
