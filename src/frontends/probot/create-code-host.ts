import { createOctokitCodeHost } from '../../adapters/github/octokit-code-host.js';
import type { IndictOctokit } from '../../adapters/github/create-octokit.js';
import type { CodeHost } from '../../ports/code-host.js';
import type { Octokit } from './github/octokit.js';

/** The CodeHost over Probot's installation octokit (it carries the same REST methods as @octokit/rest). */
export const createCodeHost = (octokit: Octokit): CodeHost => createOctokitCodeHost(octokit as unknown as IndictOctokit);
