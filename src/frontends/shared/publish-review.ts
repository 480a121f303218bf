import type { ChangeSet, SourceFile } from '../../core/change-set.js';
import { severities, type Finding } from '../../core/finding.schema.js';
import type { Review } from '../../core/review.js';
import { requestRuleId } from '../../indict/request-finding.js';
import type { CheckConclusion, CodeHost, PullRequestInfo } from '../../ports/code-host.js';
import { buildAnnotations } from './build-annotations.js';
import { renderCarryMarker } from './carry-marker.js';
import { decideConclusion, type FailOn } from './decide-conclusion.js';
import { planInlineComments } from './plan-inline-comments.js';
import { postReview } from './post-review.js';
import { readPullRequestState, type PullRequestState } from './read-pull-request-state.js';
import { renderSummaryComment } from './render-summary-comment.js';
import { resolveFixedFindings } from './resolve-fixed-findings.js';

export interface PublishOptions {
  failOn: FailOn;
  /** Inline comments per review (config `maxComments`, default 30). */
  maxComments: number;
  /** The `indict` check run, when the caller opened it already (in_progress). */
  checkRunId?: number;
  /** What made the review incomplete besides `review.notices` (coverage gaps, a bad config): the check is then neutral. */
  limits?: readonly string[];
  /** Informational lines for the summary (e.g. "no model configured: tools-only review"). */
  notes?: readonly string[];
  state?: PullRequestState;
  /** `carryKey(config)`: a complete review then carries its results forward in the summary, for incremental reviews. */
  carryKey?: string;
  /** The login a personal token posts as (CLI); App and Actions comments are recognised as bots. */
  selfLogin?: string | null;
  signal?: AbortSignal;
}

export interface PublishResult {
  conclusion: CheckConclusion;
  /** Inline comments that landed. */
  posted: number;
  fixed: string[];
}

function checkTitle(findings: readonly Finding[], conclusion: CheckConclusion): string {
  const counts = severities.flatMap((s) => { const n = findings.filter((f) => f.severity === s).length; return n ? [`${n} ${s}`] : []; });
  const head = findings.length ? `${findings.length} finding${findings.length === 1 ? '' : 's'} (${counts.join(', ')})` : 'No findings';
  return conclusion === 'neutral' ? `${head}; review incomplete` : head;
}

/**
 * Publishes one review of one PR head (shared by the App, the Action and `--pr --post`): new findings as inline
 * comments in one COMMENT review, the rest in the summary comment (edited in place), fixed findings answered and
 * resolved, dismissed ones left out, and the `indict` check run completed with batched annotations.
 */
export async function publishReview(host: CodeHost, pr: PullRequestInfo, review: Review, change: { changeSet: ChangeSet; files: readonly SourceFile[] }, options: PublishOptions): Promise<PublishResult> {
  const contents = new Map(change.files.map((f) => [f.path, f.content]));
  const contentOf = (path: string) => contents.get(path);
  const checkRunId = options.checkRunId ?? (await host.createCheckRun(pr, { name: 'indict', headSha: pr.headSha }));
  const state = options.state ?? (await readPullRequestState(host, pr, { selfLogin: options.selfLogin }));
  const findings = review.findings.filter((f) => !state.dismissed.has(f.id));
  const sameHead = state.summary?.head === pr.headSha;
  const fresh = findings.filter((f) => !state.posted.has(f.id) && !state.listed.has(f.id));
  const plan = sameHead
    ? { inline: [], summary: fresh.map((finding) => ({ finding, reason: 'found on a re-run of an already reviewed head' })) }
    : planInlineComments(fresh, change.changeSet, { maxComments: options.maxComments, contentOf });
  const earlier = findings.filter((f) => state.listed.has(f.id) && !state.posted.has(f.id)).map((finding) => ({ finding, reason: 'listed in an earlier summary' }));

  options.signal?.throwIfAborted();
  const body = `indict: ${plan.inline.length} new finding${plan.inline.length === 1 ? '' : 's'} on ${pr.headSha.slice(0, 7)}; the summary comment has the full report.`;
  const { posted, rejected } = plan.inline.length ? await postReview(host, pr, body, plan.inline) : { posted: [], rejected: [] };
  options.signal?.throwIfAborted();
  const fixed = await resolveFixedFindings(host, pr, review, state);

  const limits = [...review.notices, ...(options.limits ?? [])];
  const conclusion = decideConclusion(findings, options.failOn, limits);
  const carry = options.carryKey && limits.length === 0 ? renderCarryMarker({
    key: options.carryKey, findings: review.findings.filter((f) => f.ruleId !== requestRuleId),
    reviewed: review.coverage.filesReviewed, skipped: review.coverage.filesSkipped,
  }) : null;
  const inline = new Set([...state.posted.keys(), ...posted.map((p) => p.finding.id)]);
  const inSummary = [...earlier, ...plan.summary, ...rejected.map(({ finding }) => ({ finding, reason: 'GitHub rejected the inline comment' }))];
  const summary = renderSummaryComment({
    review, headSha: pr.headSha, findings, inline, inSummary, fixed, dismissedCount: review.findings.length - findings.length,
    limits, notes: [...(options.notes ?? []), ...(review.notes ?? [])], contentOf, carry,
  });
  options.signal?.throwIfAborted();
  if (state.summary) await host.updateIssueComment(pr, state.summary.id, summary);
  else await host.createIssueComment(pr, summary);
  await host.completeCheckRun(pr, checkRunId, {
    conclusion,
    output: { title: checkTitle(findings, conclusion), summary: summary.replace(/<!-- indict:[^>]*-->/g, '').trim() },
    annotations: buildAnnotations(findings, options.failOn),
  });
  return { conclusion, posted: posted.length, fixed };
}
