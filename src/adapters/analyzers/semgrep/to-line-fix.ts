import type { RawFinding } from '../../../core/finding.schema.js';
import type { SemgrepPosition } from './semgrep-output.schema.js';

type LineFix = NonNullable<RawFinding['proposedFix']>;

/**
 * Turns Semgrep's `extra.fix` (text for the matched range) into a whole-line edit: the matched
 * lines with the range replaced. Columns are 1-based; Semgrep counts them in bytes, so slice bytes.
 */
export function toLineFix(content: string, start: SemgrepPosition, end: SemgrepPosition, fix: string): LineFix | null {
  const lines = content.split('\n').map((line) => line.replace(/\r$/, ''));
  const first = lines[start.line - 1];
  const last = lines[end.line - 1];
  if (first === undefined || last === undefined || end.line < start.line) return null;
  const firstBytes = Buffer.from(first);
  const lastBytes = Buffer.from(last);
  if (start.col < 1 || start.col - 1 > firstBytes.length || end.col < 1 || end.col - 1 > lastBytes.length) return null;
  const before = firstBytes.subarray(0, start.col - 1).toString();
  const after = lastBytes.subarray(end.col - 1).toString();
  return { startLine: start.line, endLine: end.line, replacement: before + fix + after };
}
