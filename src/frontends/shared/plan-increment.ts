import type { CodeHost, PullRequestInfo } from '../../ports/code-host.js';
import type { Carry } from './carry-marker.js';
import type { PullRequestState } from './read-pull-request-state.js';

/** What this run reviews: everything, or only the files changed since the head the summary names. */
export type ReviewScope =
  | { kind: 'full'; /** Why an incremental review was not possible (for the summary), or null when none was due. */ why: string | null }
  | { kind: 'increment'; since: string; carry: Carry; changed: ReadonlySet<string> };

const full = (why: string | null): ReviewScope => ({ kind: 'full', why });

/**
 * Decides from the markers alone (no database): a later head that descends from the reviewed one, with the
 * same configuration and indict version, is reviewed incrementally; a first review, an incomplete previous
 * one, a rewritten branch or a comparison GitHub cuts short mean a full review.
 */
export async function planIncrement(host: CodeHost, pr: PullRequestInfo, state: PullRequestState, key: string, options: { full?: boolean } = {}): Promise<ReviewScope> {
  const since = state.summary?.head;
  if (options.full || !since) return full(null);
  const short = since.slice(0, 7);
  if (!state.carry) return full(`the review of ${short} was incomplete or too large to carry forward`);
  if (state.carry.key !== key) return full('the configuration or the indict version changed since the last review');
  if (since === pr.headSha) return { kind: 'increment', since, carry: state.carry, changed: new Set() };
  const comparison = await host.compareCommits(pr, since, pr.headSha).catch(() => undefined);
  if (comparison === undefined) return full(`GitHub could not compare ${short} with ${pr.headSha.slice(0, 7)}`);
  if (comparison === null || comparison.status !== 'ahead') return full(`the branch was rewritten since ${short} (force-push or rebase)`);
  if (comparison.truncated) return full(`too many files changed since ${short} to list`);
  return { kind: 'increment', since, carry: state.carry, changed: new Set(comparison.paths) };
}
