import type { CodeHost, PullRequestRef } from '../../../ports/code-host.js';
import { readFindingId } from '../read-markers.js';
import { marker } from './marker.js';
import type { Command } from './parse-commands.js';

const idPattern = /^[A-Za-z0-9_-]{1,80}$/;

/**
 * `/indict ignore [finding-id]`: the id is the argument, or the one in the finding comment this replies to.
 * The dismissal is recorded where later reviews read it: a 👎 on the finding comment (and, for an issue
 * comment, the command itself, read back with the author's permission). No database.
 */
export async function runIgnore(host: CodeHost, pr: PullRequestRef, command: Command, comment: { author: string; inReplyTo?: number }): Promise<void> {
  const comments = await host.listReviewComments(pr);
  const parent = comment.inReplyTo ? comments.find((c) => c.id === comment.inReplyTo) : undefined;
  const id = command.argument.split(/\s+/)[0] || (parent ? readFindingId(parent.body) : null) || undefined;
  if (!id || !idPattern.test(id)) {
    await host.createIssueComment(pr, `@${comment.author} which finding? Reply \`/indict ignore\` to one of my finding comments, or write \`/indict ignore <finding-id>\`.\n\n${marker('ignore-help')}`);
    return;
  }
  const finding = comments.find((c) => !c.inReplyTo && readFindingId(c.body) === id);
  if (finding) await host.addReaction({ owner: pr.owner, repo: pr.repo }, { kind: 'review-comment', id: finding.id }, '-1');
  await host.createIssueComment(pr, `Finding \`${id}\` is ignored on this pull request (by @${comment.author}); indict will not raise it again.\n\n${marker(`ignored=${id}`)}`);
}
