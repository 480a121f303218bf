import { z } from 'zod';

export const FailOnSchema = z.enum(['critical', 'high', 'medium', 'low', 'none']);
export type FailOn = z.infer<typeof FailOnSchema>;

/** `indict review` flags after commander parsed them; exactly one change source. */
export const ReviewOptionsSchema = z
  .object({
    diff: z.string().min(1).optional(),
    base: z.string().min(1).optional(),
    pr: z.string().regex(/^[\w.-]+\/[\w.-]+#\d+$/, 'expected <owner>/<repo>#<number>').optional(),
    post: z.boolean().default(false),
    root: z.string().min(1),
    format: z.enum(['markdown', 'json', 'sarif']),
    output: z.string().min(1).optional(),
    llm: z.boolean(),
    failOn: FailOnSchema.optional(),
    config: z.string().min(1).optional(),
    trace: z.string().min(1).optional(),
    sarif: z.array(z.string().min(1)),
    semgrep: z.enum(['auto', 'on', 'off']).optional(),
    semgrepConfig: z.array(z.string().min(1)),
    scope: z.enum(['added', 'context']).optional(),
  })
  .refine((o) => [o.diff, o.base, o.pr].filter(Boolean).length === 1, { message: 'give exactly one of --diff, --base or --pr' })
  .refine((o) => !o.post || o.pr, { message: '--post needs --pr' });

export type ReviewOptions = z.infer<typeof ReviewOptionsSchema>;
