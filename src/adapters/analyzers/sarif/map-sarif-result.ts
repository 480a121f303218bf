import type { RawFinding } from '../../../core/finding.schema.js';
import { summarizeMessage } from '../summarize-message.js';
import { findRuleDescriptor } from './find-rule-descriptor.js';
import { readSarifCwe } from './read-sarif-cwe.js';
import { readSarifSeverity, readSecurityScore } from './read-sarif-severity.js';
import { resolveArtifactPath } from './resolve-artifact-path.js';
import type { ReportingDescriptor, SarifResult, SarifRun } from './sarif-log.schema.js';

export type MappedResult = { finding: RawFinding } | { dropped: 'outside-root'; uri: string } | { dropped: 'no-location' | 'not-a-finding' };

/** Results that are not open problems: passing checks, suppressed, or gone since the baseline. */
function isNotAFinding(result: SarifResult): boolean {
  if (result.kind === 'pass' || result.kind === 'notApplicable') return true;
  if (result.baselineState === 'absent') return true;
  const suppressions = result.suppressions ?? [];
  return suppressions.length > 0 && suppressions.every((suppression) => (suppression.status ?? 'accepted') === 'accepted');
}

function readMessage(result: SarifResult, rule: ReportingDescriptor | undefined): string {
  const { text, id, arguments: args = [] } = result.message;
  if (text !== undefined) return text;
  const template = id !== undefined ? rule?.messageStrings?.[id]?.text : undefined;
  return (template ?? '').replace(/\{(\d+)\}/g, (whole, index: string) => args[Number(index)] ?? whole);
}

function readTitle(rule: ReportingDescriptor | undefined, ruleId: string, message: string): string {
  const short = rule?.shortDescription?.text?.trim();
  // Semgrep's shortDescription is a placeholder ("Semgrep Finding: <rule id>"): use the message then.
  const usable = short && !short.includes(ruleId) ? short : message;
  return summarizeMessage(usable, ruleId);
}

/** One SARIF result as a RawFinding from `source` (`sarif:<tool>`), or why it was left out. */
export function mapSarifResult(result: SarifResult, run: SarifRun, root: string, source: string): MappedResult {
  if (isNotAFinding(result)) return { dropped: 'not-a-finding' };
  const physical = result.locations?.[0]?.physicalLocation;
  const resolved = physical?.artifactLocation ? resolveArtifactPath(physical.artifactLocation, run, root) : null;
  if (resolved === null) return { dropped: 'no-location' };
  if ('outside' in resolved) return { dropped: 'outside-root', uri: resolved.outside };

  const rule = findRuleDescriptor(result, run);
  const ruleId = result.ruleId ?? result.rule?.id ?? rule?.id ?? 'unknown';
  const message = readMessage(result, rule).trim();
  const cwe = readSarifCwe(result, rule);
  const tags = [...(rule?.properties?.tags ?? []), ...(result.properties?.tags ?? [])];
  const security = cwe !== null || readSecurityScore(result, rule) !== undefined || tags.includes('security');
  const region = physical?.region;
  const startLine = region?.startLine ?? 1;
  const finding: RawFinding = {
    path: resolved.path,
    startLine,
    endLine: Math.max(region?.endLine ?? startLine, startLine),
    severity: readSarifSeverity(result, rule),
    category: security ? 'safety' : 'helpfulness',
    cwe,
    ruleId,
    sources: [source],
    title: readTitle(rule, ruleId, message),
    message,
  };
  if (region?.startColumn !== undefined) finding.startColumn = region.startColumn - 1;
  if (region?.endColumn !== undefined) finding.endColumn = region.endColumn - 1;
  return { finding };
}
