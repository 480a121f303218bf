import * as core from '@actions/core';
import type { ActionIo } from './action-io.js';

/** The ActionIo on @actions/core: outputs to GITHUB_OUTPUT, the summary to GITHUB_STEP_SUMMARY, annotations as workflow commands. */
export function createCoreIo(): ActionIo {
  return {
    info: (line) => core.info(line),
    warning: (message, place) => core.warning(message, place && { file: place.file, startLine: place.startLine, endLine: place.endLine, title: place.title }),
    setOutput: (name, value) => core.setOutput(name, value),
    appendSummary: async (markdown) => { await core.summary.addRaw(markdown, true).write(); },
  };
}
