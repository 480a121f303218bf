import type { ProbotOctokit } from 'probot';

/** An installation-authenticated Probot octokit (retry and throttling on in production). */
export type Octokit = InstanceType<typeof ProbotOctokit>;

export interface RepoRef {
  owner: string;
  repo: string;
}
