import { prettifyError, type z } from 'zod';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

/** Reads a model reply as JSON (tolerating a ```json fence) and validates it. */
export function parseStructuredReply<T>(content: string | null | undefined, schema: z.ZodType<T>): Parsed<T> {
  if (!content) return { ok: false, problem: 'the reply was empty' };
  const unfenced = content.trim().replace(/^```(?:json)?\s*\n([\s\S]*?)\n```$/, '$1');
  let json: unknown;
  try {
    json = JSON.parse(unfenced);
  } catch (error) {
    return { ok: false, problem: `the reply is not JSON (${(error as Error).message})` };
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problem: prettifyError(parsed.error).replace(/\s*\n\s*/g, '; ') };
}
