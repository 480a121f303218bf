import type { Finding, Severity } from '../../core/finding.schema.js';
import { code, escapeMarkdown } from '../../core/render-markdown.js';
import { findingMarker } from './read-markers.js';

export const severityIcon: Record<Severity, string> = { critical: '🔴', high: '🟠', medium: '🟡', low: '🔵', info: '⚪' };

/** A fence longer than any backtick run in `text`. */
export function fenceFor(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(longest + 1);
}

function checksLine(finding: Finding): string {
  return (finding.fix?.checks ?? []).map((c) => `${c.name} ${c.passed ? '✓' : '✗'}`).join(', ') || 'no checks';
}

/** The fix as a fenced diff (old lines from the head content), for fixes that cannot be a one-click suggestion. */
export function renderFixDiff(finding: Finding, content: string | undefined): string[] {
  const fix = finding.fix;
  if (!fix) return [];
  const old = content?.split('\n').slice(fix.startLine - 1, fix.endLine) ?? [];
  const body = [...old.map((l) => `-${l.replace(/\r$/, '')}`), ...fix.replacement.split('\n').map((l) => `+${l}`)].join('\n');
  const fence = fenceFor(body);
  const label = fix.verified ? `Fix (checked: ${checksLine(finding)}; spans more than the diff shows, so not a one-click suggestion):` : `Possible fix, **not verified** (${checksLine(finding)}):`;
  return [label, '', `${fence}diff`, body, fence, ''];
}

/** One inline review comment: title, message, the fix (suggestion block when `suggest`), the hidden marker last. */
export function renderFindingComment(finding: Finding, options: { suggest: boolean; content?: string }): string {
  const out = [
    `**${severityIcon[finding.severity]} ${finding.severity}: ${escapeMarkdown(finding.title)}**${finding.cwe ? ` · ${finding.cwe}` : ''} · ${code(finding.ruleId)}`,
    '',
    escapeMarkdown(finding.message),
    '',
  ];
  if (finding.fix && options.suggest) {
    const fence = fenceFor(finding.fix.replacement);
    out.push(`Suggested fix (checked: ${checksLine(finding)}):`, '', `${fence}suggestion`, finding.fix.replacement, fence, '');
  } else out.push(...renderFixDiff(finding, options.content));
  out.push(`<sub>indict · ${finding.sources.map(escapeMarkdown).join(', ')} · react 👎 to dismiss</sub>`, '', findingMarker(finding.id));
  return out.join('\n');
}
