import { z } from 'zod';
import { SeveritySchema } from '../core/finding.schema.js';

/** Model-facing schemas: every field required (nullable when optional) so strict structured output accepts them. */

export const ToolRequestSchema = z
  .object({
    tool: z.enum(['scan', 'run', 'cwe']),
    /** scan: the file to scan (a path in the change). */
    path: z.string().nullable(),
    /** scan: an ad-hoc ast-grep pattern over `path`; null runs the rule pack. */
    pattern: z.string().nullable(),
    /** run / scan of a snippet: the language and the code. */
    language: z.string().nullable(),
    code: z.string().nullable(),
    stdin: z.string().nullable(),
    /** cwe: e.g. "CWE-89". */
    cweId: z.string().nullable(),
  })
  .strict();
export type ToolRequest = z.infer<typeof ToolRequestSchema>;

export const CriticIssueSchema = z
  .object({
    /** The analyzer finding this is about ("F1"), or null for a new issue. */
    ref: z.string().nullable(),
    verdict: z.enum(['confirmed', 'false-positive', 'new']),
    path: z.string(),
    startLine: z.number().int(),
    endLine: z.number().int(),
    severity: SeveritySchema,
    cwe: z.string().nullable(),
    title: z.string(),
    message: z.string(),
  })
  .strict();
export type CriticIssue = z.infer<typeof CriticIssueSchema>;

export const CriticReplySchema = z
  .object({
    analysis: z.string(),
    issues: z.array(CriticIssueSchema),
    toolRequests: z.array(ToolRequestSchema),
  })
  .strict();
export type CriticReply = z.infer<typeof CriticReplySchema>;

export const SummarySchema = z
  .object({
    confirmed: z.array(z.object({ ref: z.string(), reason: z.string() }).strict()),
    dismissed: z.array(z.object({ ref: z.string(), reason: z.string() }).strict()),
    added: z.array(
      z
        .object({
          path: z.string(),
          startLine: z.number().int(),
          endLine: z.number().int(),
          severity: SeveritySchema,
          category: z.enum(['safety', 'helpfulness']),
          cwe: z.string().nullable(),
          title: z.string(),
          message: z.string(),
        })
        .strict(),
    ),
  })
  .strict();
export type Summary = z.infer<typeof SummarySchema>;

export const ActorReplySchema = z
  .object({
    /** Why the request is refused (harmful), or null. */
    refused: z.string().nullable(),
    edits: z.array(
      z
        .object({
          /** The finding this edit fixes ("F1"), or "request" for a /indict fix request. */
          ref: z.string(),
          path: z.string(),
          startLine: z.number().int(),
          endLine: z.number().int(),
          replacement: z.string(),
          explanation: z.string(),
        })
        .strict(),
    ),
  })
  .strict();
export type ActorReply = z.infer<typeof ActorReplySchema>;
export type ActorEdit = ActorReply['edits'][number];
