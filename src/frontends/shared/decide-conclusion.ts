import { severityRank, type Finding } from '../../core/finding.schema.js';
import type { CheckConclusion } from '../../ports/code-host.js';

export type FailOn = 'critical' | 'high' | 'medium' | 'low' | 'none';

export function isAtOrAbove(finding: Finding, failOn: FailOn): boolean {
  return failOn !== 'none' && severityRank(finding.severity) >= severityRank(failOn);
}

/**
 * The check-run conclusion (contract: DESIGN.md, failOn): `failure` when a finding is at or above failOn;
 * `neutral` when coverage is incomplete, a tool or the model was unavailable, or the config was bad; else `success`.
 */
export function decideConclusion(findings: readonly Finding[], failOn: FailOn, limits: readonly string[]): CheckConclusion {
  if (findings.some((finding) => isAtOrAbove(finding, failOn))) return 'failure';
  return limits.length > 0 ? 'neutral' : 'success';
}
