import { createHash } from 'node:crypto';
import type { RawFinding } from './finding.schema.js';

/** Whitespace-insensitive text of the lines a finding covers: what the id is made of, not the line number. */
function anchorText(lines: readonly string[], finding: RawFinding): string {
  return lines
    .slice(finding.startLine - 1, finding.endLine)
    .map((line) => line.replace(/\s+/g, ''))
    .join('\n');
}

/**
 * Stable ids: a hash of path, rule and the flagged code, plus the occurrence index among identical
 * (path, rule, code) triples. Edits above the finding move it but do not change its id.
 */
export function fingerprintFindings<T extends RawFinding>(findings: readonly T[], contentOf: (path: string) => string | undefined): (T & { id: string })[] {
  const linesByPath = new Map<string, string[]>();
  const occurrences = new Map<string, number>();
  const ordered = [...findings].sort((a, b) => a.path.localeCompare(b.path) || a.startLine - b.startLine || a.ruleId.localeCompare(b.ruleId));
  return ordered.map((finding) => {
    let lines = linesByPath.get(finding.path);
    if (!lines) linesByPath.set(finding.path, (lines = (contentOf(finding.path) ?? '').split('\n')));
    const key = `${finding.path}\0${finding.ruleId}\0${anchorText(lines, finding)}`;
    const seen = occurrences.get(key) ?? 0;
    occurrences.set(key, seen + 1);
    const id = createHash('sha256').update(`${key}\0${seen}`).digest('hex').slice(0, 16);
    return { ...finding, id };
  });
}
