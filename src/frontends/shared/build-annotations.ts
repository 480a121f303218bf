import { severityRank, type Finding } from '../../core/finding.schema.js';
import type { CheckAnnotation } from '../../ports/code-host.js';
import { isAtOrAbove, type FailOn } from './decide-conclusion.js';

/** One check-run annotation per finding: `failure` at or above failOn, `warning` from medium, else `notice`. */
export function buildAnnotations(findings: readonly Finding[], failOn: FailOn): CheckAnnotation[] {
  return findings.map((finding) => ({
    path: finding.path,
    startLine: finding.startLine,
    endLine: finding.endLine,
    level: isAtOrAbove(finding, failOn) ? 'failure' : severityRank(finding.severity) >= severityRank('medium') ? 'warning' : 'notice',
    title: `${finding.severity}: ${finding.title}${finding.cwe ? ` (${finding.cwe})` : ''}`,
    message: finding.message || finding.title,
  }));
}
