import type { SemgrepError } from './semgrep-output.schema.js';

const maxListed = 5;

function firstLine(text: string): string {
  return text.split('\n').map((line) => line.trim()).find(Boolean) ?? '';
}

function errorType(error: SemgrepError): string {
  return typeof error.type === 'string' ? error.type : error.type[0];
}

/** One warning line per Semgrep `errors[]` entry (capped; the rest summed up in a last line). */
export function describeSemgrepErrors(errors: readonly SemgrepError[], toReviewPath: (path: string) => string): string[] {
  const lines = errors.slice(0, maxListed).map((error) => {
    const where = error.path ? ` in ${toReviewPath(error.path)}` : error.rule_id ? ` in rule ${error.rule_id}` : '';
    const detail = firstLine(error.short_msg ?? error.message ?? error.long_msg ?? '');
    return `semgrep: ${errorType(error)}${where}${detail ? `: ${detail}` : ''}`;
  });
  if (errors.length > maxListed) lines.push(`semgrep: ${errors.length - maxListed} more errors not shown`);
  return lines;
}
