import type { Fix, RawFinding } from '../core/finding.schema.js';

/** The rule id of the change a writer asked for with `/indict fix <request>` (not an analyzer finding). */
export const requestRuleId = 'indict.request';

/** What the actor's edit for the request becomes in the review: an informational finding carrying the checked edit. */
export function requestFinding(path: string, fix?: Fix & { explanation?: string }): RawFinding & { checkedFix?: Fix } {
  const lines = fix ? { startLine: fix.startLine, endLine: fix.endLine } : { startLine: 1, endLine: 1 };
  return {
    path, ...lines, severity: 'info', category: 'helpfulness', cwe: null, ruleId: requestRuleId, sources: ['critic'],
    title: 'Requested change (/indict fix)', message: fix?.explanation ?? '',
    ...(fix ? { checkedFix: { startLine: fix.startLine, endLine: fix.endLine, replacement: fix.replacement, verified: fix.verified, checks: fix.checks } } : {}),
  };
}
