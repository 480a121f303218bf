import { repoOf } from './repo-of.js';
import type { CodeHost, RepoPermission, RepoRef } from '../../ports/code-host.js';
import { callGitHub, callGitHubOrNull } from './call-github.js';
import { createOctokit, type IndictOctokit, type OctokitOptions } from './create-octokit.js';
import { mapComment, mapPullRequest, mapPullRequestFile } from './map-pull-request.js';
import { createOctokitCheckRuns } from './octokit-check-runs.js';
import { createOctokitGitData } from './octokit-git-data.js';
import { createOctokitReviewThreads } from './octokit-review-threads.js';

/** GitHub lists at most this many files of a pull request. */
export const maxListedFiles = 3000;
/** …and at most this many of a comparison of two commits. */
export const maxComparedFiles = 300;

const permissions: readonly RepoPermission[] = ['admin', 'maintain', 'write', 'triage', 'read', 'none'];

async function readRaw(octokit: IndictOctokit, repo: RepoRef, path: string, ref: string | undefined): Promise<string | null> {
  const found = await callGitHubOrNull(`read ${path}`, () =>
    octokit.rest.repos.getContent({ ...repoOf(repo), path, ...(ref ? { ref } : {}), mediaType: { format: 'raw' } }));
  return found && typeof found.data === 'string' ? found.data : null;
}

/** The CodeHost on `@octokit/rest` (retry + throttling); pass an Octokit (Probot's) or the options to build one. */
export function createOctokitCodeHost(source: IndictOctokit | OctokitOptions): CodeHost {
  const octokit = 'rest' in source ? source : createOctokit(source);
  return {
    getPullRequest: (ref) => callGitHub(`read pull request #${ref.number}`, async () =>
      mapPullRequest(ref, (await octokit.rest.pulls.get({ owner: ref.owner, repo: ref.repo, pull_number: ref.number })).data)),

    listPullRequestFiles: (ref) => callGitHub(`list files of #${ref.number}`, async () => {
      const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner: ref.owner, repo: ref.repo, pull_number: ref.number, per_page: 100 });
      return { files: files.map(mapPullRequestFile), truncated: files.length >= maxListedFiles };
    }),

    readFile: (repo, path, ref) => readRaw(octokit, repo, path, ref),

    compareCommits: async (repo, base, head) => {
      const found = await callGitHubOrNull(`compare ${base.slice(0, 7)}...${head.slice(0, 7)}`, () =>
        octokit.rest.repos.compareCommitsWithBasehead({ ...repoOf(repo), basehead: `${base}...${head}`, per_page: 1 }));
      if (!found) return null;
      const files = found.data.files ?? [];
      const paths = files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]));
      return { status: found.data.status, paths, truncated: files.length >= maxComparedFiles };
    },
    readRepoConfig: (repo, path = '.github/indict.yml') => readRaw(octokit, repo, path, undefined),

    ...createOctokitCheckRuns(octokit),

    createReview: (ref, draft) => callGitHub(`create review on #${ref.number}`, async () => {
      const { data } = await octokit.rest.pulls.createReview({
        owner: ref.owner, repo: ref.repo, pull_number: ref.number, commit_id: draft.commitId, body: draft.body, event: draft.event,
        comments: draft.comments.map((c) => ({
          path: c.path, body: c.body, line: c.line, side: 'RIGHT',
          ...(c.startLine !== undefined && c.startLine < c.line ? { start_line: c.startLine, start_side: 'RIGHT' } : {}),
        })),
        request: { retries: 0 },
      });
      return { id: data.id };
    }),

    listReviewComments: (ref) => callGitHub('list review comments', async () =>
      (await octokit.paginate(octokit.rest.pulls.listReviewComments, { owner: ref.owner, repo: ref.repo, pull_number: ref.number, per_page: 100 }))
        .map((c) => mapComment('review-comment', c))),

    replyToReviewComment: (ref, commentId, body) => callGitHub('reply to review comment', async () =>
      (await octokit.rest.pulls.createReplyForReviewComment({ owner: ref.owner, repo: ref.repo, pull_number: ref.number, comment_id: commentId, body })).data.id),

    listIssueComments: (ref) => callGitHub('list issue comments', async () =>
      (await octokit.paginate(octokit.rest.issues.listComments, { owner: ref.owner, repo: ref.repo, issue_number: ref.number, per_page: 100 }))
        .map((c) => mapComment('issue-comment', c))),

    createIssueComment: (ref, body) => callGitHub('create issue comment', async () =>
      (await octokit.rest.issues.createComment({ owner: ref.owner, repo: ref.repo, issue_number: ref.number, body })).data.id),

    updateIssueComment: (repo, id, body) => callGitHub('update issue comment', async () => {
      await octokit.rest.issues.updateComment({ ...repoOf(repo), comment_id: id, body });
    }),

    addReaction: (repo, target, content) => callGitHub('add reaction', async () => {
      if (target.kind === 'issue-comment') await octokit.rest.reactions.createForIssueComment({ ...repoOf(repo), comment_id: target.id, content });
      else await octokit.rest.reactions.createForPullRequestReviewComment({ ...repoOf(repo), comment_id: target.id, content });
    }),

    listReactionUsers: (repo, target, content) => callGitHub('list reactions', async () => {
      const list = target.kind === 'issue-comment'
        ? await octokit.paginate(octokit.rest.reactions.listForIssueComment, { ...repoOf(repo), comment_id: target.id, content, per_page: 100 })
        : await octokit.paginate(octokit.rest.reactions.listForPullRequestReviewComment, { ...repoOf(repo), comment_id: target.id, content, per_page: 100 });
      return list.flatMap((r) => (r.user ? [r.user.login] : []));
    }),

    getSelfLogin: async () => {
      try {
        return (await octokit.rest.users.getAuthenticated()).data.login;
      } catch {
        return null;
      }
    },

    getPermission: async (repo, username) => {
      const found = await callGitHubOrNull(`read permission of ${username}`, () =>
        octokit.rest.repos.getCollaboratorPermissionLevel({ ...repoOf(repo), username }));
      if (!found) return 'none';
      const role = (found.data as { role_name?: string }).role_name as RepoPermission | undefined;
      if (role && permissions.includes(role)) return role;
      return permissions.includes(found.data.permission as RepoPermission) ? (found.data.permission as RepoPermission) : 'none';
    },

    ...createOctokitReviewThreads(octokit),
    ...createOctokitGitData(octokit),
  };
}
