import { CweSchema, type RawFinding } from '../core/finding.schema.js';
import type { ReviewUnit } from './build-units.js';
import type { Summary } from './indict.schema.js';
import { isGuardFinding } from './is-guard-finding.js';
import type { FixTarget } from './run-actor.js';

export interface FoldedSummary {
  dismissed: { finding: RawFinding; reason: string }[];
  added: RawFinding[];
  /** Confirmed analyzer findings without a rule fix, and new findings: what the actor is asked to fix. */
  toFix: FixTarget[];
  rejected: string[];
}

/** Checks the summarizer's output against the unit (refs exist, paths and lines are in it) and folds it in. */
export function summaryToFindings(summary: Summary, unit: ReviewUnit): FoldedSummary {
  const byRef = new Map(unit.findings.map((f) => [f.ref, f.finding]));
  const rejected: string[] = [];
  const dismissed = summary.dismissed.flatMap(({ ref, reason }) => {
    const finding = byRef.get(ref);
    if (!finding) rejected.push(`summary dismissed unknown finding ${ref}`);
    else if (isGuardFinding(finding)) rejected.push(`summary tried to dismiss ${ref} (${finding.ruleId}), which only a maintainer can dismiss`);
    return finding && !isGuardFinding(finding) ? [{ finding, reason }] : [];
  });
  const dismissedRefs = new Set(dismissed.map((d) => unit.findings.find((f) => f.finding === d.finding)!.ref));
  const added: RawFinding[] = [];
  for (const issue of summary.added) {
    const inUnit = unit.segments.some((s) => s.path === issue.path && issue.startLine >= s.startLine && issue.startLine <= s.endLine && issue.endLine >= issue.startLine);
    if (!inUnit) {
      rejected.push(`summary named ${issue.path}:${issue.startLine}, outside the reviewed code`);
      continue;
    }
    const segment = unit.segments.find((s) => s.path === issue.path)!;
    added.push({
      path: issue.path, startLine: issue.startLine, endLine: Math.min(issue.endLine, segment.endLine), severity: issue.severity, category: issue.category,
      cwe: CweSchema.safeParse(issue.cwe).success ? issue.cwe : null, ruleId: `indict.critic.${issue.category}`, sources: ['critic'], title: issue.title, message: issue.message,
    });
  }
  const toFix: FixTarget[] = [
    ...unit.findings.filter(({ ref, finding }) => !dismissedRefs.has(ref) && !finding.proposedFix),
    ...added.map((finding, index) => ({ ref: `N${index + 1}`, finding })),
  ];
  return { dismissed, added, toFix, rejected };
}
