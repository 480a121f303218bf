import { completion, type ScriptedReply } from './fake-openai-server.js';

export type ScriptRole = 'safety' | 'helpfulness' | 'summarizer' | 'actor' | 'post-hoc';

/** Which role a chat request is for, read from its system prompt (as a real endpoint would see it). */
export function roleOf(body: Record<string, unknown>): ScriptRole {
  const system = String((body.messages as { content: string }[])[0]?.content ?? '');
  if (system.startsWith('You are the safety critic')) return 'safety';
  if (system.startsWith('You are the helpfulness critic')) return 'helpfulness';
  if (system.startsWith('You summarize')) return 'summarizer';
  if (system.startsWith('You are the actor')) return 'actor';
  return 'post-hoc';
}

export const critique = (issues: unknown[] = [], toolRequests: unknown[] = [], analysis = 'reviewed') => ({ analysis, issues, toolRequests });
export const summary = (s: { confirmed?: unknown[]; dismissed?: unknown[]; added?: unknown[] } = {}) => ({ confirmed: [], dismissed: [], added: [], ...s });
export const edits = (list: unknown[] = [], refused: string | null = null) => ({ refused, edits: list });

/**
 * A fake-server script that answers each role from its own queue (repeating the last reply when the queue
 * runs out) and records the order of roles it saw.
 */
export function scriptByRole(queues: Partial<Record<ScriptRole, (object | ScriptedReply)[]>>) {
  const seen: { role: ScriptRole; body: Record<string, unknown> }[] = [];
  const used: Partial<Record<ScriptRole, number>> = {};
  const reply = (body: Record<string, unknown>): ScriptedReply => {
    const role = roleOf(body);
    seen.push({ role, body });
    const queue = queues[role] ?? [role === 'summarizer' ? summary() : role === 'actor' ? edits() : critique()];
    const index = Math.min(used[role] ?? 0, queue.length - 1);
    used[role] = (used[role] ?? 0) + 1;
    const next = queue[index]!;
    return 'status' in next || 'delayMs' in next ? (next as ScriptedReply) : { body: completion(JSON.stringify(next)) };
  };
  return { reply, seen, userText: (i: number) => String((seen[i]?.body.messages as { content: string }[])[1]?.content ?? '') };
}
