import { z } from 'zod';
import { FindingSchema } from './finding.schema.js';
import type { Review } from './review.js';

export const JsonReportSchema = z.object({
  version: z.literal(1),
  findings: z.array(FindingSchema),
  coverage: z.object({
    filesReviewed: z.array(z.string()),
    filesSkipped: z.array(z.object({ path: z.string(), reason: z.string() })),
  }),
  stats: z.object({
    llmCalls: z.number().int().nonnegative(),
    promptTokens: z.number().int().nonnegative(),
    completionTokens: z.number().int().nonnegative(),
    durationMs: z.number().nonnegative(),
  }),
});
export type JsonReport = z.infer<typeof JsonReportSchema>;

/** The JSON report exactly as the contract says; validated so a bug cannot ship a malformed report. */
export function renderJson(review: Review): string {
  const report = JsonReportSchema.parse({
    version: 1,
    findings: review.findings,
    coverage: review.coverage,
    stats: review.stats,
  });
  return `${JSON.stringify(report, null, 2)}\n`;
}
