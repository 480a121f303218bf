import type { ExistingComment, PullRequestFile, PullRequestInfo, PullRequestRef } from '../../ports/code-host.js';

interface PullLike {
  title: string;
  body: string | null;
  user: { login: string } | null;
  draft?: boolean;
  base: { sha: string };
  head: { sha: string; ref: string; repo: { full_name: string } | null };
  maintainer_can_modify: boolean;
  changed_files?: number;
}

export function mapPullRequest(ref: PullRequestRef, pull: PullLike): PullRequestInfo {
  return {
    ...ref,
    title: pull.title,
    body: pull.body ?? '',
    author: pull.user?.login ?? '',
    draft: pull.draft ?? false,
    baseSha: pull.base.sha,
    headSha: pull.head.sha,
    headRef: pull.head.ref,
    headRepoFullName: pull.head.repo?.full_name ?? '',
    maintainerCanModify: pull.maintainer_can_modify,
    changedFiles: pull.changed_files ?? 0,
  };
}

interface FileLike {
  filename: string;
  previous_filename?: string;
  status: string;
  patch?: string;
  additions: number;
  deletions: number;
}

export function mapPullRequestFile(file: FileLike): PullRequestFile {
  return {
    path: file.filename,
    ...(file.previous_filename ? { previousPath: file.previous_filename } : {}),
    status: file.status as PullRequestFile['status'],
    ...(file.patch !== undefined ? { patch: file.patch } : {}),
    additions: file.additions,
    deletions: file.deletions,
  };
}

interface CommentLike {
  id: number;
  body?: string;
  user: { login: string; type?: string } | null;
  path?: string;
  line?: number | null;
  in_reply_to_id?: number;
  reactions?: { '-1': number };
}

export function mapComment(kind: ExistingComment['kind'], comment: CommentLike): ExistingComment {
  return {
    id: comment.id,
    kind,
    body: comment.body ?? '',
    author: comment.user?.login ?? '',
    authorIsBot: comment.user?.type === 'Bot',
    ...(comment.path ? { path: comment.path } : {}),
    ...(typeof comment.line === 'number' ? { line: comment.line } : {}),
    ...(comment.in_reply_to_id ? { inReplyTo: comment.in_reply_to_id } : {}),
    thumbsDown: comment.reactions?.['-1'] ?? 0,
  };
}
