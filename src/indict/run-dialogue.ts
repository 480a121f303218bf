import type { ChatFailure, ChatMessage, ChatModel } from '../ports/chat-model.js';
import type { TraceSink } from '../ports/trace.js';
import { runToolRequests, type CriticToolPorts } from './critic-tools.js';
import { fenceUntrusted } from './fence-untrusted.js';
import { CriticReplySchema, SummarySchema, type CriticReply, type Summary } from './indict.schema.js';
import { helpfulnessCriticPrompt, safetyCriticPrompt, summarizerPrompt } from './prompts.js';

export interface DialoguePorts {
  model: ChatModel;
  tools: CriticToolPorts;
  trace?: TraceSink;
}

type Critic = 'safety-critic' | 'helpfulness-critic';
export type DialogueResult = { ok: true; summary: Summary; critiques: { role: Critic; reply: CriticReply }[] } | { ok: false; failure: ChatFailure };

const critiqueText = (role: Critic, reply: CriticReply, nonce: string) =>
  `### ${role}\n${fenceUntrusted('critique', JSON.stringify({ analysis: reply.analysis, issues: reply.issues }), nonce)}`;

async function criticTurn(role: Critic, context: string, earlier: string[], ports: DialoguePorts, unitId: string, round: number, nonce: string) {
  const ask = async (extra: string[]) => {
    const messages: ChatMessage[] = [
      { role: 'system', content: role === 'safety-critic' ? safetyCriticPrompt : helpfulnessCriticPrompt },
      { role: 'user', content: [context, ...(earlier.length ? ['## Critiques so far', ...earlier] : []), ...extra].join('\n\n') },
    ];
    const result = await ports.model.complete({ role: 'critic', messages, schema: CriticReplySchema, schemaName: 'critique' });
    if (result.ok) ports.trace?.({ role, unit: unitId, round, reply: result.value, cached: result.cached });
    return result;
  };
  const first = await ask([]);
  if (!first.ok || first.value.toolRequests.length === 0) return first;
  const results = await runToolRequests(first.value.toolRequests, ports.tools, ports.trace, { unit: unitId, round, for: role });
  const toolText = results.map(({ request, output }) => fenceUntrusted('tool-output', `${request.tool} ${JSON.stringify({ ...request, tool: undefined })}\n${output}`, nonce));
  return ask([critiqueText(role, first.value, nonce), '## Tool results (your requests, executed)', ...toolText, 'Revise your critique with these results. Do not request the same tools again.']);
}

/**
 * The INDICT dialogue on one unit: the safety critic speaks first, the helpfulness critic answers with the
 * safety critique in view, each grounded by tools, for `rounds` rounds; then the summarizer.
 */
export async function runDialogue(context: string, unitId: string, rounds: number, nonce: string, ports: DialoguePorts): Promise<DialogueResult> {
  const critiques: { role: Critic; reply: CriticReply }[] = [];
  for (let round = 1; round <= rounds; round++) {
    for (const role of ['safety-critic', 'helpfulness-critic'] as const) {
      const result = await criticTurn(role, context, critiques.map((c) => critiqueText(c.role, c.reply, nonce)), ports, unitId, round, nonce);
      if (!result.ok) return result;
      critiques.push({ role, reply: result.value });
    }
  }
  const messages: ChatMessage[] = [
    { role: 'system', content: summarizerPrompt },
    { role: 'user', content: [context, '## Critic dialogue', ...critiques.map((c) => critiqueText(c.role, c.reply, nonce))].join('\n\n') },
  ];
  const summary = await ports.model.complete({ role: 'summarizer', messages, schema: SummarySchema, schemaName: 'summary' });
  if (!summary.ok) return summary;
  ports.trace?.({ role: 'summarizer', unit: unitId, reply: summary.value, cached: summary.cached });
  return { ok: true, summary: summary.value, critiques };
}
