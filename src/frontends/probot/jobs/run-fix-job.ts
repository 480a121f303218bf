import { isCodeHostError } from '../../../ports/code-host-error.js';
import { commitFixes, fixCommitMessage, verifiedFixes as plural } from '../../shared/commands/commit-fixes.js';
import { describeRequestOutcome } from '../../shared/commands/describe-request-outcome.js';
import { marker } from '../../shared/commands/marker.js';
import { isModelConfigured } from '../../shared/model-env.js';
import type { JobContext } from './job-context.js';
import type { FixJobData } from './job-data.js';

/**
 * `/indict fix [request]`: a full review of the current head with the request handed to the actor (the review
 * carries suggestions for verified fixes), then those fixes committed to the head branch when the app may push
 * there, or pointed to as suggestions. A push between the command and the job does not drop it.
 */
export async function runFixJob(ctx: JobContext, data: FixJobData, signal: AbortSignal): Promise<void> {
  const host = await ctx.host(data.installationId);
  const pr = { owner: data.owner, repo: data.repo, number: data.number };
  const { review, headSha } = await ctx.deps.reviewPullRequest(
    { host, env: ctx.deps.env, now: ctx.deps.now, log: (line) => ctx.log.info(line) },
    pr,
    { signal, full: true, request: data.request },
  );
  signal.throwIfAborted();
  const verified = review.findings.filter((f) => f.fix?.verified);
  const request = describeRequestOutcome(review, data.request, isModelConfigured(ctx.deps.env));
  const answer = async (text: string) => { await host.createIssueComment(pr, `@${data.requestedBy} ${text}${request ? `\n\n${request}` : ''}\n\n${marker('fix')}`); };
  if (verified.length === 0) return answer('I found no fix that passed its checks, so nothing was committed.');
  if (!data.push) {
    return answer(`I may not push to this branch (a fork that does not allow edits from maintainers), so the ${plural(verified.length)} are suggestions in my review instead.`);
  }
  const message = fixCommitMessage(verified.length, data.requestedBy, data.request);
  try {
    const sha = await commitFixes(host, { ...data.push, headSha }, verified, message);
    await answer(sha ? `I pushed ${plural(verified.length)} in ${sha}.` : 'the verified fixes are already applied; nothing was committed.');
  } catch (error) {
    if (!isCodeHostError(error, 409) && !isCodeHostError(error, 422)) throw error;
    await answer(`the branch moved while I was working (${error.message}), so the ${plural(verified.length)} are suggestions in my review instead; comment \`/indict fix\` again to commit them on the new head.`);
  }
}
