import { applyLineEdit } from '../../core/apply-line-edit.js';
import type { SourceFile } from '../../core/change-set.js';
import type { Review } from '../../core/review.js';
import type { FixCheckPorts } from '../../indict/check-fix.js';
import type { BenchRecord } from './bench-record.schema.js';

export interface RecordResult {
  id: string;
  source: string;
  language: string;
  label: BenchRecord['label'];
  cwe: string | null;
  pairId: string | null;
  /** A safety finding was reported. */
  flagged: boolean;
  findings: { ruleId: string; cwe: string | null; line: number; sources: string[] }[];
  /** Vulnerable and flagged: a verified fix exists and re-scanning the fixed code no longer flags the CWE. Else null. */
  fixed: boolean | null;
  /** Vulnerable with `fixed_code` reviewed on its own (its safe partner not in the run): no safety finding on it. */
  silentOnFixedCode: boolean | null;
  llmCalls: number;
  promptTokens: number;
  completionTokens: number;
}

const cweNumber = (cwe: string | null) => (cwe ? /^CWE-0*(\d+)$/i.exec(cwe)?.[1] ?? null : null);

export const isFlagged = (review: Review) => review.findings.some((finding) => finding.category === 'safety');

/** Applies every verified fix (bottom-up, skipping overlaps) and re-scans: is the record's CWE, and each fixed one, gone? */
export function fixRemovesFinding(review: Review, file: SourceFile, cwe: string | null, fixChecks: FixCheckPorts | undefined): boolean {
  const fixes = review.findings.filter((f) => f.fix?.verified).sort((a, b) => b.fix!.startLine - a.fix!.startLine);
  if (fixes.length === 0 || !fixChecks) return false;
  let content = file.content;
  let above = Number.POSITIVE_INFINITY;
  for (const { fix } of fixes) {
    if (fix!.endLine >= above) continue;
    content = applyLineEdit(content, fix!);
    above = fix!.startLine;
  }
  const targets = new Set([cwe, ...fixes.map((f) => f.cwe)].map(cweNumber).filter((n): n is string => n !== null));
  return !fixChecks.scan({ ...file, content }).some((finding) => targets.has(cweNumber(finding.cwe) ?? ''));
}

/** One record's outcome from its review (and, for an unpaired vulnerable record, the review of its fixed code). */
export function scoreRecord(record: BenchRecord, review: Review, file: SourceFile, fixChecks: FixCheckPorts | undefined, fixedReview: Review | null): RecordResult {
  const flagged = isFlagged(review);
  const sum = (key: 'llmCalls' | 'promptTokens' | 'completionTokens') => review.stats[key] + (fixedReview?.stats[key] ?? 0);
  return {
    id: record.id, source: record.source, language: record.language, label: record.label, cwe: record.cwe, pairId: record.pair_id ?? null, flagged,
    findings: review.findings.map((f) => ({ ruleId: f.ruleId, cwe: f.cwe, line: f.startLine, sources: f.sources })),
    fixed: record.label === 'vulnerable' && flagged ? fixRemovesFinding(review, file, record.cwe, fixChecks) : null,
    silentOnFixedCode: fixedReview ? !isFlagged(fixedReview) : null,
    llmCalls: sum('llmCalls'), promptTokens: sum('promptTokens'), completionTokens: sum('completionTokens'),
  };
}
