import { repoOf } from './repo-of.js';
import type { CheckAnnotation, CodeHost } from '../../ports/code-host.js';
import { callGitHub } from './call-github.js';
import type { IndictOctokit } from './create-octokit.js';

/** GitHub takes at most 50 annotations per request. */
export const annotationBatch = 50;

const toApi = (a: CheckAnnotation) => ({
  path: a.path, start_line: a.startLine, end_line: a.endLine, annotation_level: a.level,
  title: a.title.slice(0, 255), message: a.message.slice(0, 64_000) || a.title,
});

const clip = (text: string) => (text.length > 65_000 ? `${text.slice(0, 64_900)}\n\n… (truncated)` : text);

/** Check-run operations of the CodeHost: create in progress, update the output, complete with batched annotations. */
export function createOctokitCheckRuns(octokit: IndictOctokit): Pick<CodeHost, 'createCheckRun' | 'updateCheckRun' | 'completeCheckRun'> {
  return {
    createCheckRun: (repo, { name, headSha }) => callGitHub('create check run', async () =>
      (await octokit.rest.checks.create({ ...repoOf(repo), name, head_sha: headSha, status: 'in_progress', started_at: new Date().toISOString() })).data.id),

    updateCheckRun: (repo, id, output) => callGitHub('update check run', async () => {
      await octokit.rest.checks.update({ ...repoOf(repo), check_run_id: id, output: { title: output.title, summary: clip(output.summary), ...(output.text ? { text: clip(output.text) } : {}) } });
    }),

    completeCheckRun: (repo, id, { conclusion, output, annotations }) => callGitHub('complete check run', async () => {
      const base = { title: output.title, summary: clip(output.summary), ...(output.text ? { text: clip(output.text) } : {}) };
      const batches: CheckAnnotation[][] = [];
      for (let at = 0; at < annotations.length; at += annotationBatch) batches.push(annotations.slice(at, at + annotationBatch));
      for (const batch of batches.slice(0, -1)) {
        await octokit.rest.checks.update({ ...repoOf(repo), check_run_id: id, output: { ...base, annotations: batch.map(toApi) } });
      }
      const last = batches[batches.length - 1];
      await octokit.rest.checks.update({
        ...repoOf(repo), check_run_id: id, status: 'completed', conclusion, completed_at: new Date().toISOString(),
        output: { ...base, ...(last ? { annotations: last.map(toApi) } : {}) },
      });
    }),
  };
}
