import type { CodeHost, ReviewThread } from '../../ports/code-host.js';
import { callGitHub } from './call-github.js';
import type { IndictOctokit } from './create-octokit.js';

const threadsQuery = `query($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $repo) { pullRequest(number: $number) { reviewThreads(first: 100, after: $cursor) {
    nodes { id isResolved comments(first: 1) { nodes { databaseId } } }
    pageInfo { hasNextPage endCursor } } } } }`;

const resolveMutation = `mutation($id: ID!) { resolveReviewThread(input: { threadId: $id }) { thread { id isResolved } } }`;

interface ThreadsPage {
  repository: { pullRequest: { reviewThreads: {
    nodes: { id: string; isResolved: boolean; comments: { nodes: { databaseId: number | null }[] } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  } } | null } | null;
}

/** Review threads through GraphQL (REST has no thread ids): list them, resolve one. */
export function createOctokitReviewThreads(octokit: IndictOctokit): Pick<CodeHost, 'listReviewThreads' | 'resolveReviewThread'> {
  return {
    listReviewThreads: (ref) => callGitHub('list review threads', async () => {
      const threads: ReviewThread[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < 50; page++) {
        const data: ThreadsPage = await octokit.graphql<ThreadsPage>(threadsQuery, { owner: ref.owner, repo: ref.repo, number: ref.number, cursor });
        const list = data.repository?.pullRequest?.reviewThreads;
        if (!list) break;
        for (const node of list.nodes) threads.push({ id: node.id, isResolved: node.isResolved, firstCommentId: node.comments.nodes[0]?.databaseId ?? null });
        if (!list.pageInfo.hasNextPage) break;
        cursor = list.pageInfo.endCursor;
      }
      return threads;
    }),
    resolveReviewThread: (threadId) => callGitHub('resolve review thread', async () => {
      await octokit.graphql(resolveMutation, { id: threadId });
    }),
  };
}
