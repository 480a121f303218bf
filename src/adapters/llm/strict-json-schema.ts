import { z } from 'zod';

type Json = { [key: string]: unknown };

/** Converted once per schema: every request (and its cache key) needs it. */
const converted = new WeakMap<z.ZodType, Json>();

/**
 * A JSON Schema that OpenAI's strict structured outputs accept: every object closed and every property
 * required (optional data is modelled as nullable in our schemas).
 */
export function toStrictJsonSchema(schema: z.ZodType): Json {
  const known = converted.get(schema);
  if (known) return known;
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (!node || typeof node !== 'object') return node;
    const out: Json = {};
    for (const [key, value] of Object.entries(node)) if (key !== '$schema') out[key] = visit(value);
    if (out.type === 'object' && out.properties && typeof out.properties === 'object') {
      out.required = Object.keys(out.properties);
      out.additionalProperties = false;
    }
    return out;
  };
  const json = visit(z.toJSONSchema(schema, { target: 'draft-7', unrepresentable: 'any' })) as Json;
  converted.set(schema, json);
  return json;
}
