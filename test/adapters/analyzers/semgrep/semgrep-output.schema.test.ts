import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SemgrepOutputSchema } from '../../../../src/adapters/analyzers/semgrep/semgrep-output.schema.js';

const fixtures = join(import.meta.dirname, '../../../../fixtures/semgrep');
const load = (name: string): unknown => JSON.parse(readFileSync(join(fixtures, name), 'utf8'));

describe('SemgrepOutputSchema', () => {
  for (const name of readdirSync(fixtures).filter((file) => file.endsWith('.json'))) {
    it(`accepts the recorded output ${name}`, () => {
      expect(SemgrepOutputSchema.safeParse(load(name)).success).toBe(true);
    });
  }

  it('keeps unknown keys and accepts list-typed errors (PartialParsing)', () => {
    const output = SemgrepOutputSchema.parse(load('errors.json'));
    expect(output.errors[1]?.type[0]).toBe('PartialParsing');
    expect(output).toHaveProperty('skipped_rules', []);
  });

  it('accepts a single-string cwe, a null metadata and a severity it does not know yet', () => {
    const output = load('fix.json') as { results: { extra: Record<string, unknown> }[] };
    output.results[0]!.extra.severity = 'SOMEDAY';
    expect(SemgrepOutputSchema.safeParse(output).success).toBe(true);
    output.results[0]!.extra.metadata = null;
    expect(SemgrepOutputSchema.safeParse(output).success).toBe(true);
  });

  it('rejects output without results, or a result without its position', () => {
    expect(SemgrepOutputSchema.safeParse({ errors: [] }).success).toBe(false);
    const output = load('fix.json') as { results: Record<string, unknown>[] };
    delete output.results[0]!.start;
    expect(SemgrepOutputSchema.safeParse(output).success).toBe(false);
  });
});
