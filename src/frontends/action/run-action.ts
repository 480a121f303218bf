import { createOctokitCodeHost } from '../../adapters/github/octokit-code-host.js';
import { createExecution } from '../shared/create-execution.js';
import { ActionError } from './action-error.js';
import type { ActionDeps } from './action-deps.js';
import type { ActionIo } from './action-io.js';
import { readActionEvent } from './read-action-event.js';
import { readActionInputs } from './read-action-inputs.js';
import { reportActionResults } from './report-action-results.js';
import { reviewInAction } from './review-in-action.js';
import { runCommentCommand } from './run-comment-command.js';

type Env = Record<string, string | undefined>;

function readRepo(env: Env) {
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || rest.length) throw new ActionError('GITHUB_REPOSITORY is not set to owner/repo: indict runs as a step of a GitHub Actions workflow');
  return { owner, repo };
}

/**
 * The action: 1 inputs, 2 event, 3 the CodeHost on the workflow token and GITHUB_API_URL, 4 the review (a
 * pull_request or workflow_dispatch) or an `/indict` command (an issue_comment), 5 SARIF, summary and outputs.
 * Returns the failure line when `fail-on` is exceeded by a review, else null.
 */
export async function runAction(env: Env, io: ActionIo): Promise<string | null> {
  const inputs = readActionInputs(env);
  const event = await readActionEvent(env.GITHUB_EVENT_NAME, env.GITHUB_EVENT_PATH);
  if (event.kind === 'skip') {
    io.info(`indict: nothing to do (${event.reason})`);
    io.setOutput('findings-count', '0');
    return null;
  }
  const deps: ActionDeps = {
    host: createOctokitCodeHost({ token: inputs.githubToken, baseUrl: env.GITHUB_API_URL || 'https://api.github.com', log: (line) => io.info(line) }),
    env: { apiKey: inputs.openaiApiKey, baseURL: inputs.openaiBaseUrl, model: inputs.model, criticModel: env.INDICT_CRITIC_MODEL || undefined, cacheDir: inputs.cacheDir },
    execution: await createExecution(env.PATH),
    io, inputs, repo: readRepo(env), workspace: env.GITHUB_WORKSPACE || process.cwd(), now: () => performance.now(),
  };
  if (event.kind === 'comment') {
    const result = await runCommentCommand(deps, event);
    if (result) await reportActionResults(deps, result);
    else io.setOutput('findings-count', '0');
    return null;
  }
  return reportActionResults(deps, await reviewInAction(deps, { ...deps.repo, number: event.number }, { readOnly: event.readOnly }));
}
