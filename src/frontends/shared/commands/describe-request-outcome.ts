import type { Review } from '../../../core/review.js';
import { requestRuleId } from '../../../indict/request-finding.js';

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The request of `/indict fix <request>`, as one line for a commit message or an answer. */
export const requestLine = (request: string) => clip(request.replace(/\s+/g, ' ').trim(), 200);

/**
 * The sentence about the `/indict fix <request>` part of a fix answer: implemented (its checked edits ride
 * with the fixes), refused, not possible without a model, or attempted without an edit that passed its checks.
 */
export function describeRequestOutcome(review: Review, request: string, modelConfigured: boolean): string {
  if (!request.trim()) return '';
  if (!modelConfigured) return 'Your request needs a model and none is configured, so I only looked at fixes for my own findings.';
  if (review.refusedRequest) return `I did not implement your request: ${clip(review.refusedRequest, 300)}`;
  const edits = review.findings.filter((f) => f.ruleId === requestRuleId);
  const verified = edits.filter((f) => f.fix?.verified).length;
  if (verified > 0) return `Your request is implemented in ${verified} checked edit${verified === 1 ? '' : 's'}, counted among the verified fixes above.`;
  if (edits.length > 0) return `I drafted ${edits.length} edit${edits.length === 1 ? '' : 's'} for your request, but none passed its checks, so none is committed; see the review for what failed.`;
  return 'I could not find a change for your request within the lines this pull request changes.';
}
