import { escapeMarkdown, renderMarkdown } from '../../core/render-markdown.js';
import type { ActionReview } from './review-in-action.js';

/** The job summary: where the review went, what limited it, then the report (findings table, details, coverage, cost). */
export function renderJobSummary(result: ActionReview, extra: readonly string[] = []): string {
  const { pr, review, change } = result;
  const contents = new Map(change.files.map((f) => [f.path, f.content]));
  const head = [`> ${escapeMarkdown(result.where)}`, ''];
  for (const line of [...result.notes, ...result.limits, ...extra]) head.push(`> ${escapeMarkdown(line)}`, '');
  const report = renderMarkdown(review, { title: `indict review of #${pr.number} at ${pr.headSha.slice(0, 7)}`, contentOf: (path) => contents.get(path) });
  const [title = '', blank = '', ...rest] = report.split('\n');
  return [title, blank, ...head, ...rest].join('\n');
}
