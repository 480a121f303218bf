import type { CodeHost, RepoRef } from '../../ports/code-host.js';
import type { ModelEnv } from '../shared/model-env.js';
import type { Execution } from '../shared/create-execution.js';
import type { ActionInputs } from './action-inputs.schema.js';
import type { ActionIo } from './action-io.js';

/** What every step of the action runs with, built once by run-action.ts. */
export interface ActionDeps {
  host: CodeHost;
  env: ModelEnv;
  /** The sandbox for compile checks and the critics' run tool, or a notice that it is off. */
  execution: Execution;
  io: ActionIo;
  inputs: ActionInputs;
  repo: RepoRef;
  /** GITHUB_WORKSPACE: the SARIF root, so code scanning finds the files. */
  workspace: string;
  now: () => number;
}
