import type { JobContext } from './job-context.js';
import type { ReviewJobData } from './job-data.js';
import { readDraftsSetting } from './read-drafts-setting.js';

/** One review of one pull request head (drafts only when the repository opts in). */
export async function runReviewJob(ctx: JobContext, data: ReviewJobData, signal: AbortSignal): Promise<void> {
  const where = `${data.owner}/${data.repo}#${data.number}`;
  const host = await ctx.host(data.installationId);
  if (data.draft && !(await readDraftsSetting(host, { owner: data.owner, repo: data.repo }))) {
    ctx.log.info(`indict: ${where} is a draft, skipped (drafts: true in .github/indict.yml reviews drafts)`);
    return;
  }
  const { conclusion, posted } = await ctx.deps.reviewPullRequest(
    { host, env: ctx.deps.env, now: ctx.deps.now, log: (line) => ctx.log.info(line) },
    { owner: data.owner, repo: data.repo, number: data.number, headSha: data.headSha },
    { signal, full: data.full },
  );
  ctx.log.info(`indict: ${where} reviewed (${data.trigger}): ${conclusion}, ${posted} comment(s) posted`);
}
