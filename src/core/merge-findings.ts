import { severityRank, type RawFinding } from './finding.schema.js';

function sameLocation(a: RawFinding, b: RawFinding): boolean {
  if (a.path !== b.path) return false;
  if (a.startLine > b.endLine || b.startLine > a.endLine) return false;
  return a.cwe === b.cwe || a.cwe === null || b.cwe === null;
}

function combine(kept: RawFinding, other: RawFinding): RawFinding {
  const [first, second] = severityRank(other.severity) > severityRank(kept.severity) ? [other, kept] : [kept, other];
  return {
    ...first,
    startLine: Math.min(first.startLine, second.startLine),
    endLine: Math.max(first.endLine, second.endLine),
    cwe: first.cwe ?? second.cwe,
    sources: [...new Set([...first.sources, ...second.sources])],
    proposedFix: first.proposedFix ?? second.proposedFix,
  };
}

/**
 * One finding per location across tools and rules: overlapping ranges in one file that name the same
 * weakness (or leave it open) merge, keeping the highest severity and every source.
 */
export function mergeFindings(findings: readonly RawFinding[]): RawFinding[] {
  const sorted = [...findings].sort((a, b) => a.path.localeCompare(b.path) || a.startLine - b.startLine || a.endLine - b.endLine);
  const byPath = new Map<string, RawFinding[]>();
  for (const finding of sorted) {
    const merged = byPath.get(finding.path) ?? [];
    byPath.set(finding.path, merged);
    const index = merged.findIndex((kept) => sameLocation(kept, finding));
    if (index === -1) merged.push(finding);
    else merged[index] = combine(merged[index]!, finding);
  }
  return [...byPath.values()].flat();
}
