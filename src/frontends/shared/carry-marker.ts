import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { z } from 'zod';
import { FindingSchema } from '../../core/finding.schema.js';

/**
 * What a complete review leaves in its summary comment for the next one: the findings and coverage of every
 * file, compressed in a hidden marker, so a push reviews only the files it changed and carries the rest
 * forward (no database). `key` names the configuration and indict version the results came from.
 */
export const CarrySchema = z.object({
  key: z.string(),
  findings: z.array(FindingSchema),
  reviewed: z.array(z.string()),
  skipped: z.array(z.object({ path: z.string(), reason: z.string() })),
});
export type Carry = z.infer<typeof CarrySchema>;

/** Room the marker may take in a summary comment (GitHub caps a comment at 65,536 characters). */
export const maxCarryChars = 30_000;
const pattern = /<!-- indict:carry=([A-Za-z0-9+/=]+) -->/;

/** The hidden marker, or null when the results do not fit (the next review is then a full one). */
export function renderCarryMarker(carry: Carry): string | null {
  const encoded = deflateRawSync(JSON.stringify(carry), { level: 9 }).toString('base64');
  return encoded.length > maxCarryChars ? null : `<!-- indict:carry=${encoded} -->`;
}

/** The carried results in a summary comment, or null when absent or unreadable. */
export function readCarry(body: string): Carry | null {
  const encoded = pattern.exec(body)?.[1];
  if (!encoded) return null;
  try {
    const parsed = CarrySchema.safeParse(JSON.parse(inflateRawSync(Buffer.from(encoded, 'base64'), { maxOutputLength: 4_000_000 }).toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
