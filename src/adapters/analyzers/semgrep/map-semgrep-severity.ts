import type { Severity } from '../../../core/finding.schema.js';

const explicit: Record<string, Severity> = { CRITICAL: 'critical', HIGH: 'high', MEDIUM: 'medium', LOW: 'low' };
const legacy: Record<string, Severity> = { ERROR: 'high', WARNING: 'medium', INFO: 'low' };

/**
 * Semgrep's newer severities (CRITICAL…LOW) are taken as they are; for the legacy ones
 * (ERROR/WARNING/INFO) the rule's `impact` metadata, when present, is the better signal.
 * EXPERIMENT, INVENTORY and anything unknown become `info`.
 */
export function mapSemgrepSeverity(severity: string, impact?: string): Severity {
  const upper = severity.toUpperCase();
  const direct = explicit[upper];
  if (direct) return direct;
  const fromLegacy = legacy[upper];
  if (!fromLegacy) return 'info';
  const fromImpact = impact ? explicit[impact.toUpperCase()] : undefined;
  return fromImpact ?? fromLegacy;
}
