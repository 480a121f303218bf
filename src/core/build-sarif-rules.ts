import type { ReportingDescriptor } from 'sarif';
import { severityRank, type Finding, type Severity } from './finding.schema.js';

type Level = 'error' | 'warning' | 'note';

/** SARIF level of an indict severity. */
export function toSarifLevel(severity: Severity): Level {
  if (severity === 'critical' || severity === 'high') return 'error';
  return severity === 'medium' ? 'warning' : 'note';
}

/** A `security-severity` inside GitHub's CVSS band for each severity. */
const securitySeverity: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0', info: '0.0' };

function cweNumber(cwe: string | null): number | null {
  return cwe ? Number(cwe.slice('CWE-'.length)) : null;
}

function buildRule(findings: readonly Finding[]): ReportingDescriptor {
  const [first] = findings as [Finding, ...Finding[]];
  const worst = findings.reduce((a, b) => (severityRank(b.severity) > severityRank(a.severity) ? b : a)).severity;
  const security = findings.some((finding) => finding.category === 'safety');
  const cwe = cweNumber(findings.find((finding) => finding.cwe !== null)?.cwe ?? null);
  const tags = security ? ['security'] : ['correctness'];
  if (cwe !== null) tags.push(`external/cwe/cwe-${cwe}`);
  const description = first.message || first.title;
  const cweLink = cwe === null ? '' : `\n\n[CWE-${cwe}](https://cwe.mitre.org/data/definitions/${cwe}.html)`;
  return {
    id: first.ruleId,
    name: first.ruleId,
    shortDescription: { text: first.title },
    fullDescription: { text: description },
    help: { text: description, markdown: `**${first.title}**\n\n${description}${cweLink}` },
    defaultConfiguration: { level: toSarifLevel(worst) },
    properties: { tags, ...(security ? { 'security-severity': securitySeverity[worst] } : {}) },
  };
}

/** One reporting descriptor per ruleId, in order of first appearance, and each ruleId's index. */
export function buildSarifRules(findings: readonly Finding[]): { rules: ReportingDescriptor[]; indexOf: Map<string, number> } {
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
  const rules = [...byRule.values()].map(buildRule);
  return { rules, indexOf: new Map(rules.map((rule, index) => [rule.id, index])) };
}
