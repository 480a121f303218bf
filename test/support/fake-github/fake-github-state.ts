/** What the fake GitHub API keeps: enough of a repository and its pull requests for indict's publisher. */
export interface FakeFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed';
  patch?: string;
  additions: number;
  deletions: number;
  previous_filename?: string;
  /** When set, review comments are checked against this patch instead (GitHub's view differs from the files list). */
  reviewPatch?: string;
}

export interface FakePull {
  number: number;
  title: string;
  body: string;
  user: string;
  draft: boolean;
  baseSha: string;
  headSha: string;
  headRef: string;
  headRepo: string;
  maintainerCanModify: boolean;
  files: FakeFile[];
  /** What GitHub reports as changed_files (may exceed the 3,000 it lists). */
  changedFiles?: number;
}

export interface FakeReviewComment {
  id: number;
  pull: number;
  reviewId: number;
  path: string;
  line: number;
  startLine?: number;
  body: string;
  user: string;
  inReplyTo?: number;
  /** Who reacted 👎. */
  thumbsDownBy: string[];
  threadId: string;
  resolved: boolean;
  commitId: string;
}

export interface FakeIssueComment {
  id: number;
  pull: number;
  body: string;
  user: string;
  reactions: string[];
}

export interface FakeCheckRun {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  output: { title?: string; summary?: string; text?: string };
  annotations: { path: string; start_line: number; end_line: number; annotation_level: string; message: string }[];
  /** Annotations per request, to check the batches of 50. */
  annotationBatches: number[];
}

export interface FakeFault {
  method: string;
  path: RegExp;
  status: number;
  times: number;
  headers?: Record<string, string>;
  message?: string;
}

export interface FakeGitHubState {
  owner: string;
  repo: string;
  botLogin: string;
  pulls: Map<number, FakePull>;
  /** `${sha}:${path}` → content; `default:${path}` for the default branch. */
  contents: Map<string, string>;
  reviewComments: FakeReviewComment[];
  issueComments: FakeIssueComment[];
  reviews: { id: number; pull: number; commitId: string; body: string; event: string; comments: number }[];
  checkRuns: FakeCheckRun[];
  permissions: Map<string, string>;
  commits: { sha: string; tree: string; parents: string[]; message: string; files: Map<string, string> }[];
  /** Head sha → the head pushed before it on the same branch (absent after a force-push): what compare walks. */
  parentOf: Map<string, string>;
  refs: Map<string, string>;
  blobs: Map<string, string>;
  trees: Map<string, Map<string, string>>;
  requests: { method: string; path: string; body: unknown; status: number }[];
  faults: FakeFault[];
  nextId: number;
}

export function createFakeGitHubState(owner = 'acme', repo = 'shop'): FakeGitHubState {
  return {
    owner, repo, botLogin: 'indict[bot]', pulls: new Map(), contents: new Map(), reviewComments: [], issueComments: [], reviews: [],
    checkRuns: [], permissions: new Map(), commits: [], parentOf: new Map(), refs: new Map(), blobs: new Map(), trees: new Map(), requests: [], faults: [], nextId: 1000,
  };
}

/** Lines (new file) shown on the RIGHT side of a GitHub `patch`: where a review comment may go. */
export function rightSideLines(patch: string): Set<number> {
  const lines = new Set<number>();
  let line = 0;
  for (const text of patch.split('\n')) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (header) line = Number(header[1]);
    else if (text.startsWith('+') || text.startsWith(' ')) lines.add(line++);
  }
  return lines;
}

/** The hunk index of each RIGHT-side line (multi-line comments must stay in one hunk). */
export function hunkOfLine(patch: string, target: number): number {
  let line = 0;
  let hunk = -1;
  for (const text of patch.split('\n')) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (header) { line = Number(header[1]); hunk++; } else if (text.startsWith('+') || text.startsWith(' ')) { if (line === target) return hunk; line++; }
  }
  return -1;
}
