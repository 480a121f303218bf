import { z } from 'zod';

const Repo = z.object({ full_name: z.string() }).nullable();

/** The parts of the webhook payloads (GITHUB_EVENT_PATH) the action reads; everything else passes through. */
export const PullRequestPayloadSchema = z.object({
  action: z.string().optional(),
  pull_request: z.object({ number: z.number().int().positive(), head: z.object({ repo: Repo }), base: z.object({ repo: Repo }) }),
});

export const IssueCommentPayloadSchema = z.object({
  action: z.string(),
  issue: z.object({ number: z.number().int().positive(), pull_request: z.unknown().optional() }),
  comment: z.object({ id: z.number().int(), body: z.string().nullable().default(''), user: z.object({ login: z.string(), type: z.string().optional() }).nullable() }),
});

export const DispatchPayloadSchema = z.object({
  inputs: z.record(z.string(), z.unknown()).nullable().optional(),
});
