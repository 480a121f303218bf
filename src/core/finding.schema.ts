import { z } from 'zod';

export const severities = ['critical', 'high', 'medium', 'low', 'info'] as const;
export const SeveritySchema = z.enum(severities);
export type Severity = z.infer<typeof SeveritySchema>;

export const CheckNameSchema = z.enum(['rescan', 'parse', 'compile', 'run', 'tests']);

export const CheckSchema = z.object({
  name: CheckNameSchema,
  passed: z.boolean(),
  detail: z.string(),
});
export type Check = z.infer<typeof CheckSchema>;

export const FixSchema = z.object({
  startLine: z.number().int().positive(),
  endLine: z.number().int().positive(),
  replacement: z.string(),
  verified: z.boolean(),
  checks: z.array(CheckSchema),
});
export type Fix = z.infer<typeof FixSchema>;

export const CweSchema = z.string().regex(/^CWE-\d+$/);

/** The one normalized finding every analyzer and critic produces (contract: DESIGN.md, JSON report). */
export const FindingSchema = z.object({
  id: z.string().min(1),
  path: z.string().min(1),
  startLine: z.number().int().positive(),
  endLine: z.number().int().positive(),
  severity: SeveritySchema,
  category: z.enum(['safety', 'helpfulness']),
  cwe: CweSchema.nullable(),
  ruleId: z.string().min(1),
  sources: z.array(z.string().min(1)).min(1),
  title: z.string().min(1),
  message: z.string(),
  fix: FixSchema.nullable(),
});
export type Finding = z.infer<typeof FindingSchema>;

/** What an analyzer reports before fingerprinting and merging: no id yet, fix not yet checked. */
export const RawFindingSchema = FindingSchema.omit({ id: true, fix: true }).extend({
  startColumn: z.number().int().nonnegative().optional(),
  endColumn: z.number().int().nonnegative().optional(),
  /** A proposed edit (whole lines, 1-based, inclusive) awaiting the post-hoc gate. */
  proposedFix: z
    .object({ startLine: z.number().int().positive(), endLine: z.number().int().positive(), replacement: z.string() })
    .optional(),
});
export type RawFinding = z.infer<typeof RawFindingSchema>;

/** Report order: most severe first, then by path and line. */
export function compareFindings(a: RawFinding, b: RawFinding): number {
  return severityRank(b.severity) - severityRank(a.severity) || a.path.localeCompare(b.path) || a.startLine - b.startLine;
}

export function severityRank(severity: Severity): number {
  return severities.length - severities.indexOf(severity);
}
