import { z } from 'zod';

/**
 * `semgrep scan --json` output, after semgrep-interfaces `semgrep_output_v1.atd` (`cli_output`).
 * Strict on what indict reads, loose (unknown keys kept) everywhere else: the format grows often.
 */

export const semgrepSeverities = [
  'ERROR', 'WARNING', 'INFO', 'CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'EXPERIMENT', 'INVENTORY',
] as const;

/** `position`: line and col start at 1; offset (bytes from 0) was missing before semgrep 1.30. */
export const SemgrepPositionSchema = z.looseObject({
  line: z.number().int().positive(),
  col: z.number().int().nonnegative(),
  offset: z.number().int().optional(),
});
export type SemgrepPosition = z.infer<typeof SemgrepPositionSchema>;

const stringOrList = z.union([z.string(), z.array(z.string())]);

export const SemgrepMetadataSchema = z.looseObject({
  cwe: stringOrList.optional(),
  owasp: stringOrList.optional(),
  confidence: z.string().optional(),
  likelihood: z.string().optional(),
  impact: z.string().optional(),
  references: stringOrList.optional(),
  category: z.string().optional(),
});

export const SemgrepMatchSchema = z.looseObject({
  check_id: z.string().min(1),
  path: z.string().min(1),
  start: SemgrepPositionSchema,
  end: SemgrepPositionSchema,
  extra: z.looseObject({
    message: z.string(),
    // New severities keep appearing (CRITICAL… in 2024); an unknown one is mapped, not rejected.
    severity: z.union([z.enum(semgrepSeverities), z.string()]),
    metadata: z.union([SemgrepMetadataSchema, z.null()]).optional(),
    fix: z.string().optional(),
    lines: z.string().optional(),
    fingerprint: z.string().optional(),
    is_ignored: z.boolean().optional(),
  }),
});
export type SemgrepMatch = z.infer<typeof SemgrepMatchSchema>;

/** `cli_error`; `type` is a string, or `["PartialParsing", [...]]` for constructors with arguments. */
export const SemgrepErrorSchema = z.looseObject({
  code: z.number().int().optional(),
  level: z.string(),
  type: z.union([z.string(), z.tuple([z.string()], z.unknown())]),
  rule_id: z.string().optional(),
  message: z.string().optional(),
  path: z.string().optional(),
  short_msg: z.string().optional(),
  long_msg: z.string().optional(),
});
export type SemgrepError = z.infer<typeof SemgrepErrorSchema>;

export const SemgrepOutputSchema = z.looseObject({
  version: z.string().optional(),
  results: z.array(SemgrepMatchSchema),
  errors: z.array(SemgrepErrorSchema),
  paths: z.looseObject({ scanned: z.array(z.string()).optional() }).optional(),
});
export type SemgrepOutput = z.infer<typeof SemgrepOutputSchema>;
