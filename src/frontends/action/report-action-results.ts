import { isAtOrAbove } from '../shared/decide-conclusion.js';
import { buildAnnotations } from '../shared/build-annotations.js';
import type { ActionDeps } from './action-deps.js';
import { renderJobSummary } from './render-job-summary.js';
import type { ActionReview } from './review-in-action.js';
import { writeSarifFile } from './write-sarif-file.js';

/** Annotations GitHub shows per step are few; past this many the summary has the rest. */
const maxAnnotations = 50;

/**
 * What every review leaves in the run: the SARIF file, annotations when the review could not be published, the
 * job summary, the outputs. Returns the failure line when a finding is at or above `fail-on`, else null.
 */
export async function reportActionResults(deps: ActionDeps, result: ActionReview, extra: readonly string[] = []): Promise<string | null> {
  const { io, inputs } = deps;
  const { findings } = result.review;
  await writeSarifFile(result.review, inputs.sarifOutput, deps.workspace);
  if (!result.published) {
    for (const a of buildAnnotations(findings.slice(0, maxAnnotations), inputs.failOn)) {
      io.warning(a.message, { file: a.path, startLine: a.startLine, endLine: a.endLine, title: a.title });
    }
  }
  const more = !result.published && findings.length > maxAnnotations ? [`${findings.length - maxAnnotations} findings are not annotated (limit ${maxAnnotations}); all are listed here.`] : [];
  await io.appendSummary(renderJobSummary(result, [...extra, ...more]));
  io.setOutput('findings-count', String(findings.length));
  io.setOutput('sarif-file', inputs.sarifOutput);
  io.info(`indict: ${findings.length} finding(s) on #${result.pr.number}; ${result.where}; SARIF at ${inputs.sarifOutput}`);
  const failing = findings.filter((f) => isAtOrAbove(f, inputs.failOn));
  return failing.length ? `indict: ${failing.length} finding(s) at or above ${inputs.failOn} (fail-on); see the job summary` : null;
}
