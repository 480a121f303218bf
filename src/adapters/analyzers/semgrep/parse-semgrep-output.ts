import { prettifyError } from 'zod';
import { SemgrepOutputSchema, type SemgrepOutput } from './semgrep-output.schema.js';

/** Semgrep's stdout as validated output, or a one-line reason it is not usable. */
export function parseSemgrepOutput(stdout: string): { output: SemgrepOutput } | { problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(stdout);
  } catch {
    return { problem: stdout.trim() ? 'output is not JSON' : 'no output' };
  }
  const parsed = SemgrepOutputSchema.safeParse(json);
  if (parsed.success) return { output: parsed.data };
  return { problem: `unexpected output: ${prettifyError(parsed.error).split('\n').join(' ')}` };
}
