import type { Context } from 'probot';
import type { ReviewQueue } from '../../../adapters/queue/review-queue.js';
import { parseCommands } from '../../shared/commands/parse-commands.js';
import { commandJob } from '../jobs/job-data.js';
import { isBotComment } from './is-bot-comment.js';

interface CommentEvent {
  installationId: number;
  owner: string;
  repo: string;
  number: number;
  comment: { id: number; kind: 'issue' | 'review'; author: string; body: string; inReplyTo?: number };
}

/** Queues the first `/indict` command of a comment (one command per comment). */
async function enqueueCommand(queue: ReviewQueue, event: CommentEvent): Promise<void> {
  const [command] = parseCommands(event.comment.body);
  if (!command) return;
  const { body: _body, ...comment } = event.comment;
  await queue.add(commandJob({ kind: 'command', installationId: event.installationId, owner: event.owner, repo: event.repo, number: event.number, command, comment }));
}

export async function onIssueComment(queue: ReviewQueue, context: Context<'issue_comment.created'>): Promise<void> {
  const { comment, issue, repository, installation, sender } = context.payload;
  if (!installation || !issue.pull_request || isBotComment(comment, sender)) return;
  await enqueueCommand(queue, {
    installationId: installation.id, owner: repository.owner.login, repo: repository.name, number: issue.number,
    comment: { id: comment.id, kind: 'issue', author: comment.user?.login ?? '', body: comment.body },
  });
}

export async function onReviewComment(queue: ReviewQueue, context: Context<'pull_request_review_comment.created'>): Promise<void> {
  const { comment, pull_request: pr, repository, installation, sender } = context.payload;
  if (!installation || isBotComment(comment, sender)) return;
  await enqueueCommand(queue, {
    installationId: installation.id, owner: repository.owner.login, repo: repository.name, number: pr.number,
    comment: { id: comment.id, kind: 'review', author: comment.user?.login ?? '', body: comment.body, inReplyTo: comment.in_reply_to_id },
  });
}
