import type { Finding } from '../../../core/finding.schema.js';
import type { CodeHost } from '../../../ports/code-host.js';
import { applyFixes, fixesByPath } from './apply-fixes.js';
import { requestLine } from './describe-request-outcome.js';

/** "1 verified fix", "3 verified fixes". */
export const verifiedFixes = (n: number) => `${n} verified fix${n === 1 ? '' : 'es'}`;

/** The commit message of `/indict fix`: how many fixes, who asked, and the request, if any. */
export function fixCommitMessage(count: number, requestedBy: string, request: string): string {
  return `indict: apply ${verifiedFixes(count)}\n\nRequested by @${requestedBy} with /indict fix${request.trim() ? `: ${requestLine(request)}` : '.'}`;
}

export interface PushTarget {
  owner: string;
  repo: string;
  branch: string;
  /** The head the fixes were computed on; the ref update fails (no force) if the branch moved since. */
  headSha: string;
}

/** Commits the verified fixes to the head branch (Git Data API through the CodeHost); undefined when nothing changes. */
export async function commitFixes(host: CodeHost, target: PushTarget, findings: readonly Finding[], message: string): Promise<string | undefined> {
  const repo = { owner: target.owner, repo: target.repo };
  const files: { path: string; content: string }[] = [];
  for (const [path, list] of fixesByPath(findings)) {
    const before = await host.readFile(repo, path, target.headSha);
    if (before === null) continue;
    const after = applyFixes(before, list);
    if (after !== before) files.push({ path, content: after });
  }
  if (files.length === 0) return undefined;
  return host.commitFiles(repo, { branch: target.branch, parentSha: target.headSha, message, files });
}
