/**
 * The CodeHost port: what indict needs from GitHub (or GitHub Enterprise), as a record of small functions.
 * The octokit adapter implements it; tests drive it against a fake GitHub API server that follows GitHub's
 * OpenAPI description.
 */
export interface RepoRef {
  owner: string;
  repo: string;
}

export interface PullRequestRef extends RepoRef {
  number: number;
}

export interface PullRequestInfo extends PullRequestRef {
  title: string;
  body: string;
  author: string;
  draft: boolean;
  baseSha: string;
  headSha: string;
  headRef: string;
  /** owner/repo of the head branch (differs from the base repository for forks). */
  headRepoFullName: string;
  maintainerCanModify: boolean;
  /** Files GitHub says the PR changes (the files list stops at 3,000). */
  changedFiles: number;
}

/** One entry of the PR's files list. `patch` is missing for binary files and diffs GitHub will not show. */
export interface PullRequestFile {
  path: string;
  previousPath?: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  patch?: string;
  additions: number;
  deletions: number;
}

/** How `head` relates to `base` (GitHub's compare), and the files between them. */
export interface Comparison {
  /** `ahead`: head descends from base (no force-push in between); `identical`: the same commit. */
  status: 'ahead' | 'behind' | 'diverged' | 'identical';
  /** Paths changed from base to head (both paths of a rename). */
  paths: string[];
  /** GitHub lists at most 300 files of a comparison: the list may be incomplete. */
  truncated: boolean;
}

export type RepoPermission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

/** A comment on the PR (review or issue comment); bot comments carry a marker (`<!-- indict:... -->`). */
export interface ExistingComment {
  id: number;
  kind: 'review-comment' | 'issue-comment';
  body: string;
  author: string;
  /** The author is a GitHub App or Actions bot (what indict posts as, and what a PR author cannot post as). */
  authorIsBot: boolean;
  path?: string;
  line?: number;
  /** The comment this one replies to (review comments). */
  inReplyTo?: number;
  /** 👎 reactions on the comment (a dismissal). */
  thumbsDown: number;
}

export interface ReviewThread {
  id: string;
  isResolved: boolean;
  /** Database id of the comment that starts the thread. */
  firstCommentId: number | null;
}

export interface ReviewCommentDraft {
  path: string;
  body: string;
  line: number;
  startLine?: number;
}

export interface ReviewDraft {
  commitId: string;
  body: string;
  /** The only event indict ever sends: it never approves and never requests changes. */
  event: 'COMMENT';
  comments: ReviewCommentDraft[];
}

export interface CheckAnnotation {
  path: string;
  startLine: number;
  endLine: number;
  level: 'notice' | 'warning' | 'failure';
  title: string;
  message: string;
}

export type CheckConclusion = 'success' | 'failure' | 'neutral' | 'cancelled';

export interface CheckOutput {
  title: string;
  summary: string;
  text?: string;
}

export interface FileCommit {
  branch: string;
  /** The head the commit goes on top of; the ref update fails if the branch moved. */
  parentSha: string;
  message: string;
  files: { path: string; content: string }[];
}

export type ReactionContent = '+1' | '-1' | 'eyes' | 'rocket' | 'confused' | 'heart' | 'hooray' | 'laugh';

export interface CodeHost {
  getPullRequest(ref: PullRequestRef): Promise<PullRequestInfo>;
  /** Pages through the files list; `truncated` when GitHub stopped listing (3,000 files). */
  listPullRequestFiles(ref: PullRequestRef): Promise<{ files: PullRequestFile[]; truncated: boolean }>;
  /** The file's text at `ref`, or null when it does not exist there (or is not a file). */
  readFile(repo: RepoRef, path: string, ref: string): Promise<string | null>;
  /** base...head, or null when GitHub does not know `base` (force-pushed away and collected). */
  compareCommits(repo: RepoRef, base: string, head: string): Promise<Comparison | null>;
  /** `.github/indict.yml` (or `path`) on the default branch, or null when absent. */
  readRepoConfig(repo: RepoRef, path?: string): Promise<string | null>;

  createCheckRun(repo: RepoRef, input: { name: string; headSha: string }): Promise<number>;
  updateCheckRun(repo: RepoRef, id: number, output: CheckOutput): Promise<void>;
  /** Completes the run; annotations are sent in batches of at most 50. */
  completeCheckRun(repo: RepoRef, id: number, input: { conclusion: CheckConclusion; output: CheckOutput; annotations: CheckAnnotation[] }): Promise<void>;

  /** Never retried blindly: a failed POST may have landed. */
  createReview(ref: PullRequestRef, draft: ReviewDraft): Promise<{ id: number }>;
  listReviewComments(ref: PullRequestRef): Promise<ExistingComment[]>;
  replyToReviewComment(ref: PullRequestRef, commentId: number, body: string): Promise<number>;
  listIssueComments(ref: PullRequestRef): Promise<ExistingComment[]>;
  createIssueComment(ref: PullRequestRef, body: string): Promise<number>;
  updateIssueComment(repo: RepoRef, id: number, body: string): Promise<void>;
  addReaction(repo: RepoRef, target: { kind: ExistingComment['kind']; id: number }, content: ReactionContent): Promise<void>;
  /** Logins of the users who reacted with `content` on a comment. */
  listReactionUsers(repo: RepoRef, target: { kind: ExistingComment['kind']; id: number }, content: ReactionContent): Promise<string[]>;
  /** The login the token acts as, or null when GitHub will not say (App installation and Actions tokens). */
  getSelfLogin(): Promise<string | null>;

  getPermission(repo: RepoRef, username: string): Promise<RepoPermission>;
  listReviewThreads(ref: PullRequestRef): Promise<ReviewThread[]>;
  resolveReviewThread(threadId: string): Promise<void>;
  /** Git Data API: blobs, tree, commit, ref update. Returns the new commit sha. */
  commitFiles(repo: RepoRef, commit: FileCommit): Promise<string>;
}
