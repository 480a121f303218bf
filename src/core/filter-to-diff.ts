import type { RawFinding } from './finding.schema.js';

export type DiffScope = 'added' | 'context';

/** Keeps findings whose line range touches a line in `lines` (added lines, or everything visible in the diff). */
export function filterToDiff<T extends RawFinding>(findings: readonly T[], linesByPath: ReadonlyMap<string, ReadonlySet<number>>): T[] {
  return findings.filter((finding) => {
    const lines = linesByPath.get(finding.path);
    if (!lines) return false;
    for (let line = finding.startLine; line <= finding.endLine; line++) if (lines.has(line)) return true;
    return false;
  });
}
