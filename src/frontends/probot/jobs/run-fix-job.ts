import { commitFixes } from '../../shared/commands/commit-fixes.js';
import { marker } from '../../shared/commands/marker.js';
import type { JobContext } from './job-context.js';
import type { FixJobData } from './job-data.js';

const plural = (n: number) => `${n} verified fix${n === 1 ? '' : 'es'}`;

/**
 * `/indict fix`: review the head the command saw (the review carries suggestions for verified fixes), then
 * commit those fixes to the head branch when the app may push there, or point to the suggestions.
 */
export async function runFixJob(ctx: JobContext, data: FixJobData, signal: AbortSignal): Promise<void> {
  const host = await ctx.host(data.installationId);
  const pr = { owner: data.owner, repo: data.repo, number: data.number };
  const { review } = await ctx.deps.reviewPullRequest(
    { host, env: ctx.deps.env, now: ctx.deps.now, log: (line) => ctx.log.info(line) },
    { ...pr, headSha: data.headSha },
    { signal },
  );
  signal.throwIfAborted();
  const verified = review.findings.filter((f) => f.fix?.verified);
  const request = data.request ? '\n\nYour request was noted; for now indict commits only the verified fixes of its own findings.' : '';
  const answer = async (text: string) => { await host.createIssueComment(pr, `@${data.requestedBy} ${text}${request}\n\n${marker('fix')}`); };
  if (verified.length === 0) return answer('I found no fix that passed its checks, so nothing was committed.');
  if (!data.push) {
    return answer(`I may not push to this branch (a fork that does not allow edits from maintainers), so the ${plural(verified.length)} are suggestions in my review instead.`);
  }
  const message = `indict: apply ${plural(verified.length)}\n\nRequested by @${data.requestedBy} with /indict fix.`;
  const sha = await commitFixes(host, { ...data.push, headSha: data.headSha }, verified, message);
  await answer(sha ? `I pushed ${plural(verified.length)} in ${sha}.` : 'the verified fixes are already applied; nothing was committed.');
}
