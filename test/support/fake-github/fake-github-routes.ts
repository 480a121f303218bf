import { createHash } from 'node:crypto';
import { hunkOfLine, rightSideLines, type FakeGitHubState, type FakePull } from './fake-github-state.js';

export interface RouteContext {
  state: FakeGitHubState;
  params: string[];
  body: Record<string, unknown>;
  query: URLSearchParams;
  accept: string;
  baseUrl: string;
  path: string;
}

export interface RouteReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  raw?: string;
}

type Handler = (ctx: RouteContext) => RouteReply;
const user = (login: string) => ({ login, id: 1, type: login.endsWith('[bot]') ? 'Bot' : 'User' });
const fail = (status: number, message: string, errors?: unknown[]): RouteReply => ({ status, body: { message, ...(errors ? { errors } : {}), documentation_url: 'https://docs.github.com/rest' } });

function pullOf(ctx: RouteContext): FakePull | RouteReply {
  return ctx.state.pulls.get(Number(ctx.params[0])) ?? fail(404, 'Not Found');
}

/** One page of a list, with GitHub's Link header. */
function page<T>(ctx: RouteContext, items: T[], cap = Infinity): RouteReply {
  const perPage = Math.min(Number(ctx.query.get('per_page') ?? 30), 100);
  const pageNo = Number(ctx.query.get('page') ?? 1);
  const all = items.slice(0, cap);
  const slice = all.slice((pageNo - 1) * perPage, pageNo * perPage);
  const headers: Record<string, string> = {};
  if (pageNo * perPage < all.length) headers.link = `<${ctx.baseUrl}${ctx.path}?per_page=${perPage}&page=${pageNo + 1}>; rel="next"`;
  return { status: 200, body: slice, headers };
}

const sha = (text: string) => createHash('sha1').update(text).digest('hex');

function reviewComment(ctx: RouteContext, c: FakeGitHubState['reviewComments'][number]) {
  return {
    id: c.id, node_id: `RC_${c.id}`, pull_request_review_id: c.reviewId, path: c.path, line: c.line, start_line: c.startLine ?? null, side: 'RIGHT',
    body: c.body, user: user(c.user), in_reply_to_id: c.inReplyTo, commit_id: c.commitId, original_commit_id: c.commitId, diff_hunk: '',
    reactions: { url: '', total_count: c.thumbsDownBy.length, '+1': 0, '-1': c.thumbsDownBy.length, laugh: 0, hooray: 0, confused: 0, heart: 0, rocket: 0, eyes: 0 },
    html_url: `${ctx.baseUrl}/c/${c.id}`, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z',
  };
}

function issueComment(c: FakeGitHubState['issueComments'][number]) {
  return { id: c.id, node_id: `IC_${c.id}`, body: c.body, user: user(c.user), created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z', reactions: { '-1': 0 } };
}

function createReview(ctx: RouteContext): RouteReply {
  const pull = pullOf(ctx);
  if ('status' in pull) return pull;
  const { body: b, state } = ctx;
  if (b.event === 'APPROVE') return fail(422, 'indict must never approve');
  const comments = (b.comments ?? []) as { path: string; line?: number; start_line?: number; side?: string; body: string }[];
  for (const c of comments) {
    const file = pull.files.find((f) => f.filename === c.path);
    const patch = file?.reviewPatch ?? file?.patch;
    const visible = patch ? rightSideLines(patch) : new Set<number>();
    const lines = [c.line ?? -1, ...(c.start_line !== undefined ? [c.start_line] : [])];
    const sameHunk = c.start_line === undefined || (patch !== undefined && hunkOfLine(patch, c.start_line) === hunkOfLine(patch, c.line ?? -1));
    if (c.side !== 'RIGHT' || !lines.every((l) => visible.has(l)) || !sameHunk) {
      return fail(422, 'Unprocessable Entity', ['Pull request review thread line must be part of the diff and Pull request review thread start line must be part of the same hunk as the line.']);
    }
  }
  const review = { id: state.nextId++, pull: pull.number, commitId: String(b.commit_id ?? pull.headSha), body: String(b.body ?? ''), event: String(b.event ?? 'PENDING'), comments: comments.length };
  state.reviews.push(review);
  for (const c of comments) {
    const id = state.nextId++;
    state.reviewComments.push({ id, pull: pull.number, reviewId: review.id, path: c.path, line: c.line!, startLine: c.start_line, body: c.body, user: state.botLogin, thumbsDownBy: [], threadId: `PRRT_${id}`, resolved: false, commitId: review.commitId });
  }
  return { status: 200, body: { id: review.id, node_id: `PRR_${review.id}`, body: review.body, state: 'COMMENTED', commit_id: review.commitId, user: user(state.botLogin) } };
}

function updateCheckRun(ctx: RouteContext): RouteReply {
  const run = ctx.state.checkRuns.find((r) => r.id === Number(ctx.params[0]));
  if (!run) return fail(404, 'Not Found');
  const { body: b } = ctx;
  const output = (b.output ?? {}) as { title?: string; summary?: string; text?: string; annotations?: FakeGitHubState['checkRuns'][number]['annotations'] };
  if (output.annotations) {
    run.annotations.push(...output.annotations);
    run.annotationBatches.push(output.annotations.length);
  }
  run.output = { title: output.title ?? run.output.title, summary: output.summary ?? run.output.summary, text: output.text ?? run.output.text };
  if (b.conclusion) {
    run.conclusion = String(b.conclusion);
    run.status = 'completed';
  } else if (b.status) run.status = String(b.status);
  return { status: 200, body: { id: run.id, name: run.name, head_sha: run.headSha, status: run.status, conclusion: run.conclusion } };
}

function graphql(ctx: RouteContext): RouteReply {
  const query = String(ctx.body.query ?? '');
  const variables = (ctx.body.variables ?? {}) as Record<string, unknown>;
  if (query.includes('resolveReviewThread')) {
    const threads = ctx.state.reviewComments.filter((c) => c.threadId === variables.id);
    if (!threads.length) return { status: 200, body: { data: null, errors: [{ type: 'NOT_FOUND', message: `Could not resolve to a node with the global id of '${String(variables.id)}'` }] } };
    for (const c of threads) c.resolved = true;
    return { status: 200, body: { data: { resolveReviewThread: { thread: { id: variables.id, isResolved: true } } } } };
  }
  if (query.includes('reviewThreads')) {
    const starts = ctx.state.reviewComments.filter((c) => c.pull === variables.number && !c.inReplyTo);
    const nodes = starts.map((c) => ({ id: c.threadId, isResolved: c.resolved, comments: { nodes: [{ databaseId: c.id }] } }));
    return { status: 200, body: { data: { repository: { pullRequest: { reviewThreads: { nodes, pageInfo: { hasNextPage: false, endCursor: null } } } } } } };
  }
  return { status: 200, body: { errors: [{ message: 'unsupported query in the fake' }] } };
}

/** Paths with content at `sha` (the fake keeps contents per `${sha}:${path}`). */
function pathsAt(state: FakeGitHubState, at: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, content] of state.contents) if (key.startsWith(`${at}:`)) found.set(key.slice(at.length + 1), content);
  return found;
}

/** GET compare/{base}...{head}: status from the push history, files whose content differs between the two. */
function compare(ctx: RouteContext): RouteReply {
  const [base = '', head = ''] = decodeURIComponent(ctx.params[0]!).split('...');
  const before = pathsAt(ctx.state, base);
  const after = pathsAt(ctx.state, head);
  if (before.size === 0 || after.size === 0) return fail(404, 'Not Found');
  let status = base === head ? 'identical' : 'diverged';
  let aheadBy = 0;
  for (let at = ctx.state.parentOf.get(head); at && status === 'diverged'; at = ctx.state.parentOf.get(at)) {
    aheadBy++;
    if (at === base) status = 'ahead';
  }
  const files = [...new Set([...before.keys(), ...after.keys()])].filter((path) => before.get(path) !== after.get(path)).map((filename) => ({
    sha: sha(after.get(filename) ?? ''), filename, status: !before.has(filename) ? 'added' : !after.has(filename) ? 'removed' : 'modified',
    additions: 1, deletions: 1, changes: 2, blob_url: '', raw_url: '', contents_url: '',
  }));
  return { status: 200, body: {
    url: '', html_url: '', permalink_url: '', diff_url: '', patch_url: '', status, ahead_by: status === 'ahead' ? aheadBy : 0, behind_by: 0,
    total_commits: status === 'ahead' ? aheadBy : 0, commits: [], files: files.slice(0, 300),
  } };
}

const repo = '/repos/[^/]+/[^/]+';
export const routes: [string, RegExp, Handler][] = [
  ['GET', new RegExp(`^${repo}/pulls/(\\d+)$`), (ctx) => {
    const p = pullOf(ctx);
    if ('status' in p) return p;
    return { status: 200, body: {
      number: p.number, title: p.title, body: p.body, user: user(p.user), draft: p.draft, state: 'open', maintainer_can_modify: p.maintainerCanModify,
      changed_files: p.changedFiles ?? p.files.length, base: { sha: p.baseSha, ref: 'main', repo: { full_name: `${ctx.state.owner}/${ctx.state.repo}` } },
      head: { sha: p.headSha, ref: p.headRef, repo: { full_name: p.headRepo } },
    } };
  }],
  ['GET', new RegExp(`^${repo}/pulls/(\\d+)/files$`), (ctx) => {
    const p = pullOf(ctx);
    return 'status' in p ? p : page(ctx, p.files.map(({ reviewPatch: _r, ...f }) => ({ sha: sha(f.filename), changes: f.additions + f.deletions, blob_url: '', raw_url: '', contents_url: '', ...f })), 3000);
  }],
  ['GET', new RegExp(`^${repo}/contents/(.+)$`), (ctx) => {
    const path = decodeURIComponent(ctx.params[0]!);
    const content = ctx.state.contents.get(`${ctx.query.get('ref') ?? 'default'}:${path}`);
    if (content === undefined) return fail(404, 'Not Found');
    if (ctx.accept.includes('raw')) return { status: 200, raw: content };
    return { status: 200, body: { type: 'file', encoding: 'base64', content: Buffer.from(content).toString('base64'), path, name: path.split('/').pop() } };
  }],
  ['GET', new RegExp(`^${repo}/compare/(.+)$`), compare],
  ['POST', new RegExp(`^${repo}/check-runs$`), (ctx) => {
    const run = { id: ctx.state.nextId++, name: String(ctx.body.name), headSha: String(ctx.body.head_sha), status: String(ctx.body.status ?? 'queued'), conclusion: null, output: {}, annotations: [], annotationBatches: [] };
    ctx.state.checkRuns.push(run);
    return { status: 201, body: { id: run.id, name: run.name, head_sha: run.headSha, status: run.status } };
  }],
  ['PATCH', new RegExp(`^${repo}/check-runs/(\\d+)$`), updateCheckRun],
  ['POST', new RegExp(`^${repo}/pulls/(\\d+)/reviews$`), createReview],
  ['GET', new RegExp(`^${repo}/pulls/(\\d+)/comments$`), (ctx) => page(ctx, ctx.state.reviewComments.filter((c) => c.pull === Number(ctx.params[0])).map((c) => reviewComment(ctx, c)))],
  ['POST', new RegExp(`^${repo}/pulls/(\\d+)/comments/(\\d+)/replies$`), (ctx) => {
    const parent = ctx.state.reviewComments.find((c) => c.id === Number(ctx.params[1]));
    if (!parent) return fail(404, 'Not Found');
    const reply = { ...parent, id: ctx.state.nextId++, body: String(ctx.body.body), inReplyTo: parent.id, thumbsDownBy: [], user: ctx.state.botLogin };
    ctx.state.reviewComments.push(reply);
    return { status: 201, body: reviewComment(ctx, reply) };
  }],
  ['GET', new RegExp(`^${repo}/issues/(\\d+)/comments$`), (ctx) => page(ctx, ctx.state.issueComments.filter((c) => c.pull === Number(ctx.params[0])).map(issueComment))],
  ['POST', new RegExp(`^${repo}/issues/(\\d+)/comments$`), (ctx) => {
    const comment = { id: ctx.state.nextId++, pull: Number(ctx.params[0]), body: String(ctx.body.body), user: ctx.state.botLogin, reactions: [] };
    ctx.state.issueComments.push(comment);
    return { status: 201, body: issueComment(comment) };
  }],
  ['PATCH', new RegExp(`^${repo}/issues/comments/(\\d+)$`), (ctx) => {
    const comment = ctx.state.issueComments.find((c) => c.id === Number(ctx.params[0]));
    if (!comment) return fail(404, 'Not Found');
    comment.body = String(ctx.body.body);
    return { status: 200, body: issueComment(comment) };
  }],
  ['POST', new RegExp(`^${repo}/(?:issues|pulls)/comments/(\\d+)/reactions$`), (ctx) => {
    const id = Number(ctx.params[0]);
    const issue = ctx.state.issueComments.find((c) => c.id === id);
    const review = ctx.state.reviewComments.find((c) => c.id === id);
    if (!issue && !review) return fail(404, 'Not Found');
    issue?.reactions.push(String(ctx.body.content));
    if (review && ctx.body.content === '-1') review.thumbsDownBy.push(ctx.state.botLogin);
    return { status: 201, body: { id: ctx.state.nextId++, content: ctx.body.content, user: user(ctx.state.botLogin) } };
  }],
  ['GET', new RegExp(`^${repo}/(?:issues|pulls)/comments/(\\d+)/reactions$`), (ctx) => {
    const id = Number(ctx.params[0]);
    const review = ctx.state.reviewComments.find((c) => c.id === id);
    const issue = ctx.state.issueComments.find((c) => c.id === id);
    if (!review && !issue) return fail(404, 'Not Found');
    const users = review && (ctx.query.get('content') ?? '-1') === '-1' ? review.thumbsDownBy : [];
    return page(ctx, users.map((login, i) => ({ id: i + 1, node_id: `R_${i}`, content: '-1', user: user(login), created_at: '2026-01-01T00:00:00Z' })));
  }],
  ['GET', /^\/user$/, (ctx) => ({ status: 200, body: user(ctx.state.botLogin) })],
  ['GET', new RegExp(`^${repo}/collaborators/([^/]+)/permission$`), (ctx) => {
    const role = ctx.state.permissions.get(decodeURIComponent(ctx.params[0]!));
    if (!role) return fail(404, 'Not Found');
    const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role;
    return { status: 200, body: { permission, role_name: role, user: user(ctx.params[0]!) } };
  }],
  ['GET', new RegExp(`^${repo}/git/commits/([0-9a-f]+)$`), (ctx) => {
    const commit = ctx.state.commits.find((c) => c.sha === ctx.params[0]);
    return { status: 200, body: { sha: ctx.params[0], tree: { sha: commit?.tree ?? `tree-of-${ctx.params[0]}` }, parents: [], message: commit?.message ?? '' } };
  }],
  ['POST', new RegExp(`^${repo}/git/blobs$`), (ctx) => {
    const content = ctx.body.encoding === 'base64' ? Buffer.from(String(ctx.body.content), 'base64').toString('utf8') : String(ctx.body.content);
    const id = sha(`blob:${content}`);
    ctx.state.blobs.set(id, content);
    return { status: 201, body: { sha: id, url: '' } };
  }],
  ['POST', new RegExp(`^${repo}/git/trees$`), (ctx) => {
    const entries = new Map((ctx.body.tree as { path: string; sha: string }[]).map((e) => [e.path, ctx.state.blobs.get(e.sha) ?? '']));
    const id = sha(`tree:${String(ctx.body.base_tree)}:${JSON.stringify([...entries])}`);
    ctx.state.trees.set(id, entries);
    return { status: 201, body: { sha: id, tree: [], truncated: false } };
  }],
  ['POST', new RegExp(`^${repo}/git/commits$`), (ctx) => {
    const id = sha(`commit:${String(ctx.body.tree)}:${String(ctx.body.message)}`);
    ctx.state.commits.push({ sha: id, tree: String(ctx.body.tree), parents: ctx.body.parents as string[], message: String(ctx.body.message), files: ctx.state.trees.get(String(ctx.body.tree)) ?? new Map() });
    return { status: 201, body: { sha: id, tree: { sha: ctx.body.tree }, parents: [], message: ctx.body.message } };
  }],
  ['PATCH', new RegExp(`^${repo}/git/refs/(.+)$`), (ctx) => {
    ctx.state.refs.set(decodeURIComponent(ctx.params[0]!), String(ctx.body.sha));
    return { status: 200, body: { ref: `refs/${ctx.params[0]}`, object: { sha: ctx.body.sha, type: 'commit' } } };
  }],
  ['POST', /^\/graphql$/, graphql],
];
