import { repoOf } from './repo-of.js';
import type { CodeHost } from '../../ports/code-host.js';
import { callGitHub } from './call-github.js';
import type { IndictOctokit } from './create-octokit.js';

/** `/indict fix`: one commit on the head branch through the Git Data API (blobs, tree, commit, ref update, never forced). */
export function createOctokitGitData(octokit: IndictOctokit): Pick<CodeHost, 'commitFiles'> {
  return {
    commitFiles: (repo, commit) => callGitHub(`commit to ${commit.branch}`, async () => {
      const parent = (await octokit.rest.git.getCommit({ ...repoOf(repo), commit_sha: commit.parentSha })).data;
      const tree = [];
      for (const file of commit.files) {
        const blob = (await octokit.rest.git.createBlob({ ...repoOf(repo), content: Buffer.from(file.content, 'utf8').toString('base64'), encoding: 'base64' })).data;
        tree.push({ path: file.path, mode: '100644' as const, type: 'blob' as const, sha: blob.sha });
      }
      const newTree = (await octokit.rest.git.createTree({ ...repoOf(repo), base_tree: parent.tree.sha, tree })).data;
      const created = (await octokit.rest.git.createCommit({ ...repoOf(repo), message: commit.message, tree: newTree.sha, parents: [commit.parentSha] })).data;
      await octokit.rest.git.updateRef({ ...repoOf(repo), ref: `heads/${commit.branch}`, sha: created.sha, force: false });
      return created.sha;
    }),
  };
}
