import type { CodeHost, ExistingComment, PullRequestRef, RepoPermission } from '../../ports/code-host.js';
import { readCarry, type Carry } from './carry-marker.js';
import { readFindingId, readListedIds, readSummaryHead } from './read-markers.js';

/** What earlier runs (and maintainers) left on the PR, read back from markers: no database needed. */
export interface PullRequestState {
  /** Finding id → the inline comment that carries it. */
  posted: Map<string, ExistingComment>;
  /** Finding ids the summary lists. */
  listed: Set<string>;
  /** Finding ids a maintainer dismissed (👎 on the comment, or `/indict ignore <id>`). */
  dismissed: Set<string>;
  summary: { id: number; head: string } | null;
  /** The results the summary carries forward for an incremental review, when the last review was complete. */
  carry: Carry | null;
}

/** The state of a pull request nothing has been posted on (or whose comments were not read). */
export const emptyPullRequestState = (): PullRequestState => ({ posted: new Map(), listed: new Set(), dismissed: new Set(), summary: null, carry: null });

const writers: readonly RepoPermission[] = ['admin', 'maintain', 'write'];
const ignoreCommand = /^\s*\/indict\s+ignore\b(.*)$/im;

type IsWriter = (login: string) => Promise<boolean>;

function createIsWriter(host: CodeHost, ref: PullRequestRef): IsWriter {
  const cache = new Map<string, Promise<RepoPermission>>();
  return async (login) => {
    if (!cache.has(login)) cache.set(login, host.getPermission(ref, login));
    return writers.includes(await cache.get(login)!);
  };
}

/** Ids named by `/indict ignore` comments from users who may write to the repository. */
async function readIgnored(comments: readonly ExistingComment[], isWriter: IsWriter): Promise<string[]> {
  const ids: string[] = [];
  for (const comment of comments) {
    const match = ignoreCommand.exec(comment.body);
    if (match && (await isWriter(comment.author))) ids.push(...(match[1]!.match(/[0-9a-f]{8,64}/g) ?? []));
  }
  return ids;
}

/** A 👎 dismisses only when a writer gave it (not the PR author talking the bot out of a finding). */
async function isDismissed(host: CodeHost, ref: PullRequestRef, comment: ExistingComment, isWriter: IsWriter): Promise<boolean> {
  if (comment.thumbsDown === 0) return false;
  for (const login of await host.listReactionUsers(ref, comment, '-1')) if (await isWriter(login)) return true;
  return false;
}

/**
 * Reads the state back. Only comments indict wrote count (bot authors, or `selfLogin` for a personal token),
 * so a marker pasted by someone else cannot hide or dismiss a finding.
 */
export async function readPullRequestState(host: CodeHost, ref: PullRequestRef, options: { selfLogin?: string | null } = {}): Promise<PullRequestState> {
  const [reviewComments, issueComments] = await Promise.all([host.listReviewComments(ref), host.listIssueComments(ref)]);
  const ours = (c: ExistingComment) => c.authorIsBot || (options.selfLogin != null && c.author === options.selfLogin);
  const isWriter = createIsWriter(host, ref);
  const state = emptyPullRequestState();
  for (const comment of reviewComments) {
    const id = comment.inReplyTo || !ours(comment) ? null : readFindingId(comment.body);
    if (!id) continue;
    if (!state.posted.has(id)) state.posted.set(id, comment);
    if (await isDismissed(host, ref, comment, isWriter)) state.dismissed.add(id);
  }
  for (const comment of issueComments) {
    const head = ours(comment) ? readSummaryHead(comment.body) : null;
    if (head && !state.summary) {
      state.summary = { id: comment.id, head };
      state.carry = readCarry(comment.body);
      for (const id of readListedIds(comment.body)) state.listed.add(id);
    }
  }
  for (const id of await readIgnored(issueComments, isWriter)) state.dismissed.add(id);
  return state;
}
