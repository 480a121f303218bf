import { severities, type Finding, type Severity } from './finding.schema.js';
import type { Review, UnitDialogue } from './review.js';

const icon: Record<Severity, string> = { critical: '🔴', high: '🟠', medium: '🟡', low: '🔵', info: '⚪' };

/** Escapes text that came from code or a tool so it cannot break out of a table cell or inject markup. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\|[\]]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=\w)/g, '@\u200b')
    .replace(/\r?\n/g, ' ');
}

/** An inline code span that holds any text (paths, rule ids), one line. */
export function code(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}

function fence(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(longest + 1);
}

function countLine(findings: readonly Finding[]): string {
  const parts = severities.flatMap((s) => {
    const n = findings.filter((f) => f.severity === s).length;
    return n ? [`${n} ${s}`] : [];
  });
  return `**${findings.length} finding${findings.length === 1 ? '' : 's'}**${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

function fixStatus(finding: Finding): string {
  if (!finding.fix) return '—';
  return finding.fix.verified ? 'verified fix' : 'unverified fix';
}

function renderFix(finding: Finding, contentOf?: (path: string) => string | undefined): string[] {
  const fix = finding.fix;
  if (!fix) return [];
  const checks = fix.checks.map((c) => `${c.name} ${c.passed ? '✓' : `✗ (${escapeMarkdown(c.detail)})`}`).join(', ');
  const old = contentOf?.(finding.path)?.split('\n').slice(fix.startLine - 1, fix.endLine) ?? [];
  const body = [...old.map((l) => `-${l.replace(/\r$/, '')}`), ...fix.replacement.split('\n').map((l) => `+${l}`)].join('\n');
  const f = fence(body);
  const label = fix.verified ? `Suggested fix, checked: ${checks}` : `Possible fix, **not verified**: ${checks}`;
  return [`${label}`, '', `${f}diff`, body, f, ''];
}

const speaker: Record<UnitDialogue['turns'][number]['role'], string> = {
  'safety-critic': '🛡️ safety critic', 'helpfulness-critic': '🔧 helpfulness critic', summarizer: '📝 summarizer', actor: '✍️ actor', tool: '⚙️ tool',
};

/** The critics' dialogue on one unit, collapsed: who said what, tool calls and their results, in short. */
function renderDialogue(dialogue: UnitDialogue): string[] {
  const where = dialogue.segments.map(escapeMarkdown).join(', ');
  const out = [`<details><summary>Critic dialogue on ${escapeMarkdown(dialogue.unit)} (${where}): ${dialogue.turns.length} turn${dialogue.turns.length === 1 ? '' : 's'}</summary>`, ''];
  for (const turn of dialogue.turns) out.push(`- **${speaker[turn.role]}**: ${escapeMarkdown(turn.text)}`);
  return [...out, '', '</details>', ''];
}

export interface MarkdownOptions {
  contentOf?: (path: string) => string | undefined;
  title?: string;
}

/** The review as markdown: a terminal report and a PR comment body alike. */
export function renderMarkdown(review: Review, options: MarkdownOptions = {}): string {
  const { findings, coverage, stats } = review;
  const out: string[] = [`## ${options.title ?? 'indict review'}`, ''];
  out.push(`${countLine(findings)} in ${coverage.filesReviewed.length} file${coverage.filesReviewed.length === 1 ? '' : 's'} reviewed` +
    (coverage.filesSkipped.length ? `, ${coverage.filesSkipped.length} skipped` : '') + '.', '');
  for (const notice of review.notices) out.push(`> ${escapeMarkdown(notice)}`, '');
  if (findings.length) {
    out.push('| severity | location | finding | CWE | fix |', '| --- | --- | --- | --- | --- |');
    for (const f of findings) {
      out.push(`| ${icon[f.severity]} ${f.severity} | ${code(`${f.path}:${f.startLine}`)} | ${escapeMarkdown(f.title)} | ${f.cwe ?? '—'} | ${fixStatus(f)} |`);
    }
    out.push('');
    for (const f of findings) {
      out.push(`### ${icon[f.severity]} ${escapeMarkdown(f.title)}`, '');
      out.push(`${code(f.path)} line${f.endLine > f.startLine ? `s ${f.startLine}–${f.endLine}` : ` ${f.startLine}`} · ${f.severity} · ${f.cwe ?? 'no CWE'} · ${code(f.ruleId)} (${f.sources.map(escapeMarkdown).join(', ')})`, '');
      out.push(escapeMarkdown(f.message), '');
      out.push(...renderFix(f, options.contentOf));
    }
  }
  if (review.dismissed?.length) {
    out.push(`<details><summary>${review.dismissed.length} analyzer finding(s) dismissed by the critics</summary>`, '');
    for (const d of review.dismissed) out.push(`- ${code(`${d.path}:${d.startLine}`)} ${code(d.ruleId)}: ${escapeMarkdown(d.reason)}`);
    out.push('', '</details>', '');
  }
  for (const dialogue of review.dialogue ?? []) out.push(...renderDialogue(dialogue));
  if (coverage.filesSkipped.length) {
    out.push('<details><summary>Skipped files</summary>', '');
    for (const s of coverage.filesSkipped) out.push(`- ${code(s.path)}: ${escapeMarkdown(s.reason)}`);
    out.push('', '</details>', '');
  }
  out.push(`<sub>${coverage.filesReviewed.length} reviewed · ${stats.llmCalls} model calls · ${stats.promptTokens + stats.completionTokens} tokens · ${(stats.durationMs / 1000).toFixed(2)} s</sub>`, '');
  return out.join('\n');
}
