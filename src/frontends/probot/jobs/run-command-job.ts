import { helpText } from '../../shared/commands/help-text.js';
import { mayRunCommand } from '../../shared/commands/may-run-command.js';
import { refusalText } from '../../shared/commands/refusal-text.js';
import { runIgnore } from '../../shared/commands/run-ignore.js';
import type { JobContext } from './job-context.js';
import { fixJob, reviewJob, type CommandJobData } from './job-data.js';

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
  if (!(await mayRunCommand(host, repo, command.name, comment.author, pull?.author))) {
    ctx.log.info(`indict: refused /indict ${command.name} by ${comment.author} on ${data.owner}/${data.repo}#${data.number}`);
    await host.createIssueComment(pr, refusalText(command.name, comment.author));
    return;
  }
  const target = { installationId: data.installationId, ...pr };
  if (command.name === 'review') {
    await ctx.deps.queue.add(reviewJob({ kind: 'review', ...target, draft: false, full: true, trigger: `/indict review by ${comment.author}` }));
  } else if (command.name === 'fix' && pull) {
    const sameRepo = pull.headRepoFullName === `${data.owner}/${data.repo}`;
    const [owner = '', name = ''] = pull.headRepoFullName.split('/');
    const push = sameRepo || pull.maintainerCanModify ? { owner, repo: name, branch: pull.headRef } : undefined;
    await ctx.deps.queue.add(fixJob({ kind: 'fix', ...target, request: command.argument, requestedBy: comment.author, headSha: pull.headSha, push }));
  } else {
    await runIgnore(host, pr, command, comment);
  }
}
