import type { RepoPermission } from '../../ports/code-host.js';
import { parseCommands } from '../shared/commands/parse-commands.js';
import { refusalText } from '../shared/commands/refusal-text.js';
import { describeRequestOutcome } from '../shared/commands/describe-request-outcome.js';
import { marker } from '../shared/commands/marker.js';
import { isModelConfigured } from '../shared/create-critics.js';
import type { ActionDeps } from './action-deps.js';
import { answerOnPullRequest } from './answer-on-pull-request.js';
import { commitOrSuggest } from './commit-or-suggest.js';
import { reviewInAction, type ActionReview } from './review-in-action.js';

const writers: readonly RepoPermission[] = ['admin', 'maintain', 'write'];

export interface CommentEvent {
  number: number;
  comment: { id: number; author: string; body: string };
}

/**
 * `/indict fix` in a PR comment: 1 the command (others are the App's), 2 👀, 3 the author's permission asked of
 * the API (write, maintain, admin; anyone else gets a polite refusal and nothing changes), 4 the review,
 * published as on a push, 5 the verified fixes committed or suggested, 6 the answer. Null when nothing was reviewed.
 */
export async function runFixCommand(deps: ActionDeps, event: CommentEvent): Promise<ActionReview | null> {
  const { host, io, repo } = deps;
  const pr = { ...repo, number: event.number };
  const command = parseCommands(event.comment.body)[0];
  if (command?.name !== 'fix') {
    io.info(command ? `indict: /indict ${command.name} is handled by the indict App; the Action runs /indict fix` : 'indict: no /indict command in this comment');
    return null;
  }
  await host.addReaction(repo, { kind: 'issue-comment', id: event.comment.id }, 'eyes')
    .catch((error: Error) => io.info(`indict: could not react to the comment: ${error.message}`));
  const author = event.comment.author;
  if (!writers.includes(await host.getPermission(repo, author))) {
    io.info(`indict: refused /indict fix by ${author} (needs write, maintain or admin)`);
    await answerOnPullRequest(deps, pr, refusalText('fix', author));
    return null;
  }
  const result = await reviewInAction(deps, pr, { readOnly: false, full: true, request: command.argument });
  const verified = result.review.findings.filter((f) => f.fix?.verified);
  const text = await commitOrSuggest(deps, result.pr, verified, author, command.argument);
  const request = describeRequestOutcome(result.review, command.argument, isModelConfigured(deps.env));
  await answerOnPullRequest(deps, pr, `@${author} ${text}${request ? `\n\n${request}` : ''}\n\n${marker('fix')}`);
  return { ...result, where: `${result.where}; /indict fix by @${author}: ${text}` };
}
