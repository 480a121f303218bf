import type { RepoPermission } from '../../../ports/code-host.js';
import { helpText } from '../commands/help-text.js';
import { refusalText } from '../../shared/commands/refusal-text.js';
import { runIgnore } from '../commands/run-ignore.js';
import type { JobContext } from './job-context.js';
import { fixJob, reviewJob, type CommandJobData } from './job-data.js';

const writers: readonly RepoPermission[] = ['admin', 'maintain', 'write'];

/**
 * One command: 👀, then who may run it (help: anyone; review: the author or a writer; fix and ignore:
 * write, maintain or admin, asked of the API), then the work, or a polite refusal that changes nothing.
 */
export async function runCommandJob(ctx: JobContext, data: CommandJobData): Promise<void> {
  const host = await ctx.host(data.installationId);
  const repo = { owner: data.owner, repo: data.repo };
  const pr = { ...repo, number: data.number };
  const { command, comment } = data;
  await host.addReaction(repo, { kind: comment.kind === 'issue' ? 'issue-comment' : 'review-comment', id: comment.id }, 'eyes');
  if (command.name === 'help') {
    await host.createIssueComment(pr, helpText());
    return;
  }
  const pull = command.name === 'ignore' ? undefined : await host.getPullRequest(pr);
  const isAuthor = command.name === 'review' && pull?.author === comment.author;
  if (!isAuthor && !writers.includes(await host.getPermission(repo, comment.author))) {
    ctx.log.info(`indict: refused /indict ${command.name} by ${comment.author} on ${data.owner}/${data.repo}#${data.number}`);
    await host.createIssueComment(pr, refusalText(command.name, comment.author));
    return;
  }
  const target = { installationId: data.installationId, ...pr };
  if (command.name === 'review') {
    await ctx.deps.queue.add(reviewJob({ kind: 'review', ...target, draft: false, trigger: `/indict review by ${comment.author}` }));
  } else if (command.name === 'fix' && pull) {
    const sameRepo = pull.headRepoFullName === `${data.owner}/${data.repo}`;
    const [owner = '', name = ''] = pull.headRepoFullName.split('/');
    const push = sameRepo || pull.maintainerCanModify ? { owner, repo: name, branch: pull.headRef } : undefined;
    await ctx.deps.queue.add(fixJob({ kind: 'fix', ...target, request: command.argument, requestedBy: comment.author, headSha: pull.headSha, push }));
  } else {
    await runIgnore(host, data);
  }
}
