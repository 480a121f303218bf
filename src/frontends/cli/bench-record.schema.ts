import { z } from 'zod';

/** One record of a detection benchmark JSONL file (the format of ../shared/bench; extra fields allowed). */
export const BenchRecordSchema = z.looseObject({
  id: z.string().min(1),
  source: z.string().min(1),
  language: z.string().min(1),
  cwe: z.string().nullable(),
  label: z.enum(['vulnerable', 'safe']),
  code: z.string(),
  fixed_code: z.string().optional(),
  lines: z.array(z.number().int().positive()).optional(),
  pair_id: z.string().optional(),
});
export type BenchRecord = z.infer<typeof BenchRecordSchema>;

/** `indict eval` flags after commander parsed them. */
export const EvalOptionsSchema = z.object({
  bench: z.string().min(1),
  limit: z.coerce.number().int().positive().optional(),
  source: z.string().min(1).optional(),
  language: z.string().min(1).optional(),
  format: z.enum(['markdown', 'json']),
  output: z.string().min(1).optional(),
  llm: z.boolean(),
  config: z.string().min(1).optional(),
  semgrep: z.enum(['auto', 'on', 'off']).optional(),
});
export type EvalOptions = z.infer<typeof EvalOptionsSchema>;
