import { linesInScope } from '../../core/changed-lines.js';
import { filterToDiff, type DiffScope } from '../../core/filter-to-diff.js';
import { compareFindings } from '../../core/finding.schema.js';
import type { Review } from '../../core/review.js';
import type { LoadedPullRequest } from '../../adapters/github/load-pull-request-change.js';
import type { Carry } from './carry-marker.js';

/** Files the carried review covered (reviewed or skipped with a reason). */
export const coveredBy = (carry: Carry): Set<string> => new Set([...carry.reviewed, ...carry.skipped.map((s) => s.path)]);

/**
 * The review of the whole pull request: this run's review of the files it read, plus the carried findings and
 * coverage of the files it left unread (findings still on lines in scope of the current diff; stats are this run's).
 */
export function carryForward(fresh: Review, carry: Carry, change: LoadedPullRequest, scope: DiffScope): Review {
  const carried = new Set(change.unread);
  const carriedFindings = filterToDiff(carry.findings.filter((f) => carried.has(f.path)), linesInScope(change.changeSet, scope));
  const freshSkips = new Set(fresh.coverage.filesSkipped.map((s) => s.path));
  return {
    ...fresh,
    findings: [...fresh.findings, ...carriedFindings].sort(compareFindings),
    coverage: {
      filesReviewed: [...fresh.coverage.filesReviewed, ...carry.reviewed.filter((path) => carried.has(path))],
      filesSkipped: [...fresh.coverage.filesSkipped, ...carry.skipped.filter((s) => carried.has(s.path) && !freshSkips.has(s.path))],
    },
  };
}
