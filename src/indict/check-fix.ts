import type { SourceFile } from '../core/change-set.js';
import type { Check, Fix, RawFinding } from '../core/finding.schema.js';
import { applyLineEdit, lineDelta, type LineEdit } from '../core/apply-line-edit.js';

/** What the post-hoc gate needs: an in-memory re-scan, a parser, and optionally a sandboxed compile. */
export interface FixCheckPorts {
  scan(file: SourceFile): RawFinding[];
  parses(file: SourceFile): { ok: true } | { ok: false; detail: string };
  compile?(file: SourceFile): Promise<Check | null>;
}

const keyOf = (finding: RawFinding, lines: readonly string[]) =>
  `${finding.ruleId}\0${lines.slice(finding.startLine - 1, finding.endLine).join('\n').replace(/\s+/g, '')}`;

function countKeys(findings: readonly RawFinding[], content: string): Map<string, number> {
  const lines = content.split('\n');
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(keyOf(finding, lines), (counts.get(keyOf(finding, lines)) ?? 0) + 1);
  return counts;
}

function rescan(file: SourceFile, fixed: SourceFile, finding: RawFinding, edit: LineEdit, ports: FixCheckPorts): Check {
  const before = ports.scan(file);
  const after = ports.scan(fixed);
  const editedEnd = edit.endLine + lineDelta(edit);
  const still = after.find((f) => f.ruleId === finding.ruleId && f.startLine <= editedEnd && f.endLine >= edit.startLine);
  if (still) return { name: 'rescan', passed: false, detail: `still flagged by ${still.ruleId} at line ${still.startLine}` };
  const beforeCounts = countKeys(before, file.content);
  const fixedLines = fixed.content.split('\n');
  const seen = new Map<string, number>();
  for (const f of after) {
    const key = keyOf(f, fixedLines);
    seen.set(key, (seen.get(key) ?? 0) + 1);
    if ((seen.get(key) ?? 0) > (beforeCounts.get(key) ?? 0)) {
      return { name: 'rescan', passed: false, detail: `new finding ${f.ruleId} at line ${f.startLine}` };
    }
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
  const compiled = await ports.compile?.(fixed);
  if (compiled) checks.push(compiled);
  return { ...edit, verified: checks.every((check) => check.passed), checks };
}
