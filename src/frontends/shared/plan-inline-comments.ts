import type { ChangeSet, FileChange } from '../../core/change-set.js';
import { addedLines, isInOneHunk, visibleLines } from '../../core/changed-lines.js';
import type { Finding } from '../../core/finding.schema.js';
import type { ReviewCommentDraft } from '../../ports/code-host.js';
import { renderFindingComment } from './render-finding-comment.js';

export interface PlannedComment {
  finding: Finding;
  draft: ReviewCommentDraft;
  /** On an added line, single-line: the form GitHub is least likely to reject. */
  safe: boolean;
}

export interface CommentPlan {
  inline: PlannedComment[];
  /** Findings that go to the summary instead, with why. */
  summary: { finding: Finding; reason: string }[];
}

/** True when every line of start..end is on the RIGHT side of one hunk (where a multi-line comment may sit). */
function isVisibleRange(file: FileChange, visible: Set<number>, start: number, end: number): boolean {
  if (!isInOneHunk(file, start, end)) return false;
  for (let line = start; line <= end; line++) if (!visible.has(line)) return false;
  return true;
}

/** Where a finding's comment goes: its fix range (for a suggestion), its own range, its first line, or nowhere. */
function placeComment(finding: Finding, file: FileChange): { startLine: number; line: number; suggest: boolean } | null {
  const visible = visibleLines(file);
  const fix = finding.fix;
  if (fix?.verified && isVisibleRange(file, visible, fix.startLine, fix.endLine)) return { startLine: fix.startLine, line: fix.endLine, suggest: true };
  if (isVisibleRange(file, visible, finding.startLine, finding.endLine)) return { startLine: finding.startLine, line: finding.endLine, suggest: false };
  if (visible.has(finding.startLine)) return { startLine: finding.startLine, line: finding.startLine, suggest: false };
  return null;
}

/**
 * Splits new findings into inline comments (lines visible on the RIGHT side of the diff, at most `maxComments`)
 * and findings for the summary. A ```suggestion``` block only for a verified fix whose range lies in one hunk.
 */
export function planInlineComments(findings: readonly Finding[], changeSet: ChangeSet, options: { maxComments: number; contentOf: (path: string) => string | undefined }): CommentPlan {
  const byPath = new Map(changeSet.files.filter((f) => f.newPath).map((f) => [f.newPath!, f]));
  const plan: CommentPlan = { inline: [], summary: [] };
  for (const finding of findings) {
    const file = byPath.get(finding.path);
    const place = file ? placeComment(finding, file) : null;
    if (!file || !place) {
      plan.summary.push({ finding, reason: 'not on a line shown in the diff' });
      continue;
    }
    if (plan.inline.length >= options.maxComments) {
      plan.summary.push({ finding, reason: `over the limit of ${options.maxComments} inline comments` });
      continue;
    }
    const body = renderFindingComment(finding, { suggest: place.suggest, content: options.contentOf(finding.path) });
    const draft: ReviewCommentDraft = { path: finding.path, body, line: place.line, ...(place.startLine < place.line ? { startLine: place.startLine } : {}) };
    plan.inline.push({ finding, draft, safe: place.startLine === place.line && addedLines(file).has(place.line) });
  }
  return plan;
}
