import type { ReviewUnit } from './build-units.js';
import { fenceUntrusted } from './fence-untrusted.js';

export interface PullRequestTask {
  title: string;
  body: string;
  /** `/indict fix <request>`: the change the user asked for, if any. */
  request?: string;
  /** Review comments and PR conversation, oldest first (untrusted, like everything here). */
  comments?: string[];
}

export interface UnitContext {
  task: PullRequestTask;
  unit: ReviewUnit;
  /** Redacted content of a file in the change. */
  contentOf(path: string): string;
  /** Per-review fence boundary. */
  nonce: string;
}

function numbered(content: string, start: number, end: number): string {
  const lines = content.split('\n');
  const width = String(end).length;
  const out: string[] = [];
  for (let line = start; line <= end; line++) out.push(`${String(line).padStart(width + 2)}| ${(lines[line - 1] ?? '').replace(/\r$/, '')}`);
  return out.join('\n');
}

/** The shared part of every prompt for a unit: the task, the code and the analyzer evidence, all fenced. */
export function renderUnitContext(context: UnitContext): string {
  const { task, unit, nonce } = context;
  const parts = ['## Pull request', fenceUntrusted('pr-title', task.title, nonce), fenceUntrusted('pr-body', task.body || '(empty)', nonce)];
  for (const comment of task.comments ?? []) parts.push(fenceUntrusted('pr-comment', comment, nonce));
  if (task.request) parts.push('## Change requested with /indict fix', fenceUntrusted('fix-request', task.request, nonce));
  parts.push('## Code under review');
  for (const segment of unit.segments) {
    const header = `file: ${segment.path} (${segment.language ?? 'unknown language'}), lines ${segment.startLine}-${segment.endLine}`;
    parts.push(fenceUntrusted('code', `${header}\n${numbered(context.contentOf(segment.path), segment.startLine, segment.endLine)}`, nonce));
  }
  parts.push('## Analyzer findings (evidence)');
  if (unit.findings.length === 0) parts.push('(none)');
  for (const { ref, finding } of unit.findings) {
    const where = `${finding.path}:${finding.startLine}-${finding.endLine} ${finding.ruleId} ${finding.cwe ?? 'no CWE'} ${finding.severity} (${finding.sources.join(', ')})`;
    parts.push(`${ref}: ${fenceUntrusted('finding', `${where}: ${finding.title}`, nonce)}`);
  }
  return parts.join('\n\n');
}
