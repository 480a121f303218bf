import type { CodeHost } from '../../../ports/code-host.js';
import { readFindingId } from '../../shared/read-markers.js';
import { marker } from '../../shared/commands/marker.js';
import type { CommandJobData } from '../jobs/job-data.js';

const idPattern = /^[A-Za-z0-9_-]{1,80}$/;

/**
 * `/indict ignore [finding-id]`: the id is the argument, or the one in the finding comment this replies to.
 * The dismissal is recorded where later reviews read it: a 👎 on the finding comment (and, for an issue
 * comment, the command itself, read back with the author's permission). No database.
 */
export async function runIgnore(host: CodeHost, data: CommandJobData): Promise<void> {
  const pr = { owner: data.owner, repo: data.repo, number: data.number };
  const comments = await host.listReviewComments(pr);
  const parent = data.comment.inReplyTo ? comments.find((c) => c.id === data.comment.inReplyTo) : undefined;
  const id = data.command.argument.split(/\s+/)[0] || (parent ? readFindingId(parent.body) : null) || undefined;
  if (!id || !idPattern.test(id)) {
    await host.createIssueComment(pr, `@${data.comment.author} which finding? Reply \`/indict ignore\` to one of my finding comments, or write \`/indict ignore <finding-id>\`.\n\n${marker('ignore-help')}`);
    return;
  }
  const finding = comments.find((c) => !c.inReplyTo && readFindingId(c.body) === id);
  if (finding) await host.addReaction({ owner: pr.owner, repo: pr.repo }, { kind: 'review-comment', id: finding.id }, '-1');
  await host.createIssueComment(pr, `Finding \`${id}\` is ignored on this pull request (by @${data.comment.author}); indict will not raise it again.\n\n${marker(`ignored=${id}`)}`);
}
