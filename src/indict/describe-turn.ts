import type { DialogueTurn } from '../core/review.js';
import type { TraceEvent } from '../ports/trace.js';
import type { ActorReply, CriticReply, Summary, ToolRequest } from './indict.schema.js';

const clip = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

function criticText(reply: CriticReply): string {
  const issues = reply.issues.map((i) => `${i.ref ?? 'new'} ${i.verdict} ${i.path}:${i.startLine}${i.cwe ? ` ${i.cwe}` : ''} ${i.severity}: ${clip(i.title, 80)}`);
  const tools = reply.toolRequests.map((t) => `asks ${describeRequest(t)}`);
  return [clip(reply.analysis, 300), ...issues, ...tools].filter(Boolean).join(' · ');
}

function describeRequest(request: ToolRequest): string {
  if (request.tool === 'cwe') return `cwe ${request.cweId ?? ''}`;
  if (request.tool === 'run') return `run ${request.language ?? ''} snippet`;
  return `scan ${request.path ?? 'snippet'}${request.pattern ? ` for ${clip(request.pattern, 60)}` : ''}`;
}

function summaryText(s: Summary): string {
  return [
    ...s.confirmed.map((c) => `confirmed ${c.ref}: ${clip(c.reason, 120)}`),
    ...s.dismissed.map((d) => `dismissed ${d.ref}: ${clip(d.reason, 120)}`),
    ...s.added.map((a) => `added ${a.path}:${a.startLine}${a.cwe ? ` ${a.cwe}` : ''}: ${clip(a.title, 80)}`),
  ].join(' · ') || 'nothing to report';
}

function actorText(reply: ActorReply, attempt: unknown): string {
  const edits = reply.edits.map((e) => `${e.ref} → ${e.path}:${e.startLine}-${e.endLine} (${clip(e.explanation, 80)})`);
  return [`attempt ${Number(attempt) + 1}`, ...(reply.refused ? [`refused: ${clip(reply.refused, 160)}`] : []), ...(edits.length ? edits : ['no edit'])].join(' · ');
}

function toolText(event: TraceEvent): string {
  if (event.tool === 'post-hoc-checks') {
    const checks = (event.checks as { name: string; passed: boolean }[]).map((c) => `${c.name} ${c.passed ? 'passed' : 'FAILED'}`);
    return `post-hoc checks of ${String(event.ref)}: ${checks.join(', ')}`;
  }
  const request = event.request as ToolRequest | undefined;
  const output = typeof event.output === 'string' ? event.output.split('\n')[0] ?? '' : '';
  return `${request ? describeRequest(request) : String(event.tool)} → ${clip(output, 160)}`;
}

/** One trace event as a short line for the report: who said what, tool calls and their results. */
export function describeTurn(event: TraceEvent): DialogueTurn {
  const cached = event.cached ? ' (cached)' : '';
  const phase = event.phase === 'post-hoc' ? 'post-hoc: ' : '';
  switch (event.role) {
    case 'safety-critic':
    case 'helpfulness-critic':
      return { role: event.role, text: `${phase}${criticText(event.reply as CriticReply)}${cached}` };
    case 'summarizer':
      return { role: event.role, text: `${summaryText(event.reply as Summary)}${cached}` };
    case 'actor':
      return { role: event.role, text: `${actorText(event.reply as ActorReply, event.attempt)}${cached}` };
    case 'tool':
      return { role: event.role, text: toolText(event) };
  }
}
