import { applyLineEdit } from '../../../core/apply-line-edit.js';
import type { Finding } from '../../../core/finding.schema.js';

/** Applies the verified fixes of one file, bottom-up so line numbers hold; of overlapping fixes the lower wins. */
export function applyFixes(content: string, findings: readonly Finding[]): string {
  const edits = findings.flatMap((f) => (f.fix?.verified ? [f.fix] : [])).sort((a, b) => b.startLine - a.startLine);
  let result = content;
  let floor = Number.POSITIVE_INFINITY;
  for (const edit of edits) {
    if (edit.endLine >= floor) continue;
    result = applyLineEdit(result, edit);
    floor = edit.startLine;
  }
  return result;
}

/** Groups verified fixes by file. */
export function fixesByPath(findings: readonly Finding[]): Map<string, Finding[]> {
  const byPath = new Map<string, Finding[]>();
  for (const f of findings) if (f.fix?.verified) byPath.set(f.path, [...(byPath.get(f.path) ?? []), f]);
  return byPath;
}
