import type { Severity } from '../../../core/finding.schema.js';
import type { ReportingDescriptor, SarifResult } from './sarif-log.schema.js';

const byLevel: Record<string, Severity> = { error: 'high', warning: 'medium', note: 'low', none: 'info' };

function parseScore(value: unknown): number | undefined {
  const score = typeof value === 'number' ? value : typeof value === 'string' ? Number.parseFloat(value) : Number.NaN;
  return Number.isFinite(score) ? score : undefined;
}

/** The `security-severity` (CVSS-like 0–10) of the result, else of its rule, when there is one. */
export function readSecurityScore(result: SarifResult, rule: ReportingDescriptor | undefined): number | undefined {
  return parseScore(result.properties?.['security-severity']) ?? parseScore(rule?.properties?.['security-severity']);
}

/** Severity from `security-severity` (GitHub's CVSS bands), else from the SARIF level (default `warning`). */
export function readSarifSeverity(result: SarifResult, rule: ReportingDescriptor | undefined): Severity {
  const score = readSecurityScore(result, rule);
  if (score !== undefined) {
    if (score >= 9) return 'critical';
    if (score >= 7) return 'high';
    if (score >= 4) return 'medium';
    return score > 0 ? 'low' : 'info';
  }
  const failing = result.kind === undefined || result.kind === 'fail';
  const level = result.level ?? rule?.defaultConfiguration?.level ?? (failing ? 'warning' : 'none');
  return byLevel[level] ?? 'medium';
}
