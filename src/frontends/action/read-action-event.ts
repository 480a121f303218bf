import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { ActionError } from './action-error.js';
import { DispatchPayloadSchema, IssueCommentPayloadSchema, PullRequestPayloadSchema } from './action-event.schema.js';

export type ActionEvent =
  /** Review a pull request; `readOnly` when the token cannot write (a fork's `pull_request`). */
  | { kind: 'review'; number: number; readOnly: boolean }
  | { kind: 'comment'; number: number; comment: { id: number; author: string; body: string } }
  | { kind: 'skip'; reason: string };

function parse<T>(schema: z.ZodType<T>, payload: unknown, event: string): T {
  const parsed = schema.safeParse(payload);
  if (!parsed.success) throw new ActionError(`the ${event} event payload is not what GitHub sends: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

function dispatchNumber(payload: unknown): number {
  const inputs = parse(DispatchPayloadSchema, payload, 'workflow_dispatch').inputs ?? {};
  const raw = String(inputs.pr ?? inputs['pull-request'] ?? inputs.number ?? '').trim().replace(/^#/, '');
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new ActionError('workflow_dispatch needs an input `pr` with the pull request number');
  return Number(raw);
}

/** What this run is about, from GITHUB_EVENT_NAME and the payload at GITHUB_EVENT_PATH. */
export function toActionEvent(name: string, payload: unknown): ActionEvent {
  if (name === 'pull_request' || name === 'pull_request_target') {
    const { action, pull_request: pr } = parse(PullRequestPayloadSchema, payload, name);
    if (action === 'closed') return { kind: 'skip', reason: 'the pull request was closed' };
    const fork = !pr.head.repo || pr.head.repo.full_name !== pr.base.repo?.full_name;
    return { kind: 'review', number: pr.number, readOnly: name === 'pull_request' && fork };
  }
  if (name === 'issue_comment') {
    const { action, issue, comment } = parse(IssueCommentPayloadSchema, payload, name);
    if (action !== 'created') return { kind: 'skip', reason: `comment ${action}, not created` };
    if (!issue.pull_request) return { kind: 'skip', reason: 'the comment is on an issue, not a pull request' };
    if (!comment.user || comment.user.type === 'Bot') return { kind: 'skip', reason: 'the comment is from a bot' };
    return { kind: 'comment', number: issue.number, comment: { id: comment.id, author: comment.user.login, body: comment.body ?? '' } };
  }
  if (name === 'workflow_dispatch') return { kind: 'review', number: dispatchNumber(payload), readOnly: false };
  throw new ActionError(`indict does not handle the ${name || 'unknown'} event: run it on pull_request, issue_comment or workflow_dispatch`);
}

/** Reads and interprets the event file; a missing or unreadable one is an ActionError. */
export async function readActionEvent(name: string | undefined, path: string | undefined): Promise<ActionEvent> {
  if (!name || !path) throw new ActionError('GITHUB_EVENT_NAME and GITHUB_EVENT_PATH are not set: indict runs as a step of a GitHub Actions workflow');
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new ActionError(`cannot read the event payload ${path}: ${error.code ?? error.message}`);
  });
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    throw new ActionError(`the event payload ${path} is not JSON`);
  }
  return toActionEvent(name, payload);
}
