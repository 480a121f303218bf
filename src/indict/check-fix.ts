import type { SourceFile } from '../core/change-set.js';
import type { Check, Fix, RawFinding } from '../core/finding.schema.js';
import { applyLineEdit, lineDelta, type LineEdit } from '../core/apply-line-edit.js';

/** What the post-hoc gate needs: an in-memory re-scan, a parser, and optionally a sandboxed compile. */
export interface FixCheckPorts {
  scan(file: SourceFile): RawFinding[];
  parses(file: SourceFile): { ok: true } | { ok: false; detail: string };
  /** Sandboxed compile / syntax check of the fixed file (given the original to compare with). */
  compile?(file: SourceFile, original?: SourceFile): Promise<Check | null>;
}

/** Where a line of the original sits after the edit: shifted below it, the whole edited range inside it. */
function mapRange(finding: RawFinding, edit: LineEdit, editedEnd: number): [number, number] {
  const delta = lineDelta(edit);
  if (finding.startLine > edit.endLine) return [finding.startLine + delta, finding.endLine + delta];
  if (finding.endLine < edit.startLine) return [finding.startLine, finding.endLine];
  return [Math.min(finding.startLine, edit.startLine), Math.max(editedEnd, finding.endLine > edit.endLine ? finding.endLine + delta : editedEnd)];
}

function rescan(file: SourceFile, fixed: SourceFile, finding: RawFinding, edit: LineEdit, ports: FixCheckPorts): Check {
  const editedEnd = edit.endLine + lineDelta(edit);
  const after = ports.scan(fixed);
  const still = after.find((f) => f.ruleId === finding.ruleId && f.startLine <= editedEnd && f.endLine >= edit.startLine);
  if (still) return { name: 'rescan', passed: false, detail: `still flagged by ${still.ruleId} at line ${still.startLine}` };
  const before = ports.scan(file).map((f) => ({ ruleId: f.ruleId, range: mapRange(f, edit, editedEnd), used: false }));
  for (const f of after) {
    const match = before.find((b) => !b.used && b.ruleId === f.ruleId && b.range[0] <= f.endLine && b.range[1] >= f.startLine);
    if (!match) return { name: 'rescan', passed: false, detail: `new finding ${f.ruleId} at line ${f.startLine}` };
    match.used = true;
  }
  return { name: 'rescan', passed: true, detail: 'finding gone, nothing new' };
}

function parse(file: SourceFile, fixed: SourceFile, ports: FixCheckPorts): Check {
  const before = ports.parses(file);
  if (!before.ok) return { name: 'parse', passed: false, detail: `the file did not parse before the fix (${before.detail}); cannot verify` };
  const after = ports.parses(fixed);
  return after.ok ? { name: 'parse', passed: true, detail: 'parses' } : { name: 'parse', passed: false, detail: after.detail };
}

/** Applies a proposed edit in memory and runs the post-hoc checks; `verified` only when every check passed. */
export async function checkFix(file: SourceFile, finding: RawFinding, edit: LineEdit, ports: FixCheckPorts): Promise<Fix> {
  const fixed: SourceFile = { ...file, content: applyLineEdit(file.content, edit) };
  const checks: Check[] = [rescan(file, fixed, finding, edit, ports), parse(file, fixed, ports)];
  const compiled = await ports.compile?.(fixed, file);
  if (compiled) checks.push(compiled);
  return { ...edit, verified: checks.every((check) => check.passed), checks };
}
