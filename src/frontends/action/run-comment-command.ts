import { describeRequestOutcome } from '../shared/commands/describe-request-outcome.js';
import { helpText } from '../shared/commands/help-text.js';
import { marker } from '../shared/commands/marker.js';
import { mayRunCommand } from '../shared/commands/may-run-command.js';
import { parseCommands } from '../shared/commands/parse-commands.js';
import { refusalText } from '../shared/commands/refusal-text.js';
import { runIgnore } from '../shared/commands/run-ignore.js';
import { isModelConfigured } from '../shared/model-env.js';
import type { ActionDeps } from './action-deps.js';
import { answerOnPullRequest } from './answer-on-pull-request.js';
import { commitOrSuggest } from './commit-or-suggest.js';
import { reviewInAction, type ActionReview } from './review-in-action.js';

export interface CommentEvent {
  number: number;
  comment: { id: number; author: string; body: string };
}

/**
 * An `/indict` command in a PR comment, as the App runs it: 1 the command, 2 👀, 3 who may run it, asked of the
 * API (anyone else gets a polite refusal and nothing changes), 4 help, ignore, a full review, or a full review
 * with the request and the verified fixes committed or suggested, 5 the answer. Null when nothing was reviewed.
 */
export async function runCommentCommand(deps: ActionDeps, event: CommentEvent): Promise<ActionReview | null> {
  const { host, io, repo } = deps;
  const pr = { ...repo, number: event.number };
  const command = parseCommands(event.comment.body)[0];
  if (!command) {
    io.info('indict: no /indict command in this comment');
    return null;
  }
  await host.addReaction(repo, { kind: 'issue-comment', id: event.comment.id }, 'eyes')
    .catch((error: Error) => io.info(`indict: could not react to the comment: ${error.message}`));
  const author = event.comment.author;
  if (command.name === 'help') {
    await answerOnPullRequest(deps, pr, helpText());
    return null;
  }
  const prAuthor = command.name === 'review' ? (await host.getPullRequest(pr)).author : undefined;
  if (!(await mayRunCommand(host, repo, command.name, author, prAuthor))) {
    io.info(`indict: refused /indict ${command.name} by ${author}`);
    await answerOnPullRequest(deps, pr, refusalText(command.name, author));
    return null;
  }
  if (command.name === 'ignore') {
    await runIgnore(host, pr, command, { author });
    return null;
  }
  if (command.name === 'review') {
    const result = await reviewInAction(deps, pr, { readOnly: false, full: true });
    return { ...result, where: `${result.where}; /indict review by @${author}` };
  }
  const result = await reviewInAction(deps, pr, { readOnly: false, full: true, request: command.argument });
  const verified = result.review.findings.filter((f) => f.fix?.verified);
  const text = await commitOrSuggest(deps, result.pr, verified, author, command.argument);
  const request = describeRequestOutcome(result.review, command.argument, isModelConfigured(deps.env));
  await answerOnPullRequest(deps, pr, `@${author} ${text}${request ? `\n\n${request}` : ''}\n\n${marker('fix')}`);
  return { ...result, where: `${result.where}; /indict fix by @${author}: ${text}` };
}
