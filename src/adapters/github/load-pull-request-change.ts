import pLimit from 'p-limit';
import type { ChangeSet, FileChange, SkippedFile, SourceFile } from '../../core/change-set.js';
import { contentFromDiff } from '../../core/content-from-diff.js';
import { detectLanguage } from '../../core/detect-language.js';
import type { CodeHost, PullRequestFile, PullRequestInfo } from '../../ports/code-host.js';
import type { LoadedChange } from '../change-source/loaded-change.js';
import { buildFileFromPatch } from './build-file-from-patch.js';

/** A loaded PR: the change, plus one-line notices about what could not be loaded (the review is then partial). */
export interface LoadedPullRequest extends LoadedChange {
  gaps: string[];
  /** Changed files left unread on purpose (`skipRead`): in the change set, not in `files`. */
  unread: string[];
}

/** Reasons that mean "not reviewed because GitHub would not give it to us", as opposed to policy skips. */
export const gapReasons = {
  tooLarge: 'diff too large for GitHub to show',
  unparsable: 'patch from GitHub does not parse',
  missing: 'not readable at the head commit',
} as const;

const skippedModes: Record<string, string> = { '120000': 'symlink', '160000': 'submodule' };

function classify(file: PullRequestFile): { change: FileChange } | { skip: SkippedFile } | null {
  if (file.status === 'removed' || file.status === 'unchanged') return null;
  if (file.patch === undefined) {
    if (file.additions + file.deletions === 0) return file.status === 'renamed' ? null : { skip: { path: file.path, reason: 'binary' } };
    return { skip: { path: file.path, reason: gapReasons.tooLarge } };
  }
  try {
    const change = buildFileFromPatch({ ...file, patch: file.patch });
    return change.hunks.length === 0 && file.status === 'renamed' ? null : { change };
  } catch {
    return { skip: { path: file.path, reason: gapReasons.unparsable } };
  }
}

/**
 * A pull request as the change the review takes, built like the CLI loaders build theirs: hunks from each
 * file's `patch`, new contents read at the head sha (added files rebuilt from their patch). Files GitHub does
 * not list (past 3,000), binary files, and files without a patch or content are listed as skipped, never dropped.
 */
export async function loadPullRequestChange(host: CodeHost, pr: PullRequestInfo, options: { concurrency?: number; skipRead?: (path: string) => boolean } = {}): Promise<LoadedPullRequest> {
  const { files: listed, truncated } = await host.listPullRequestFiles(pr);
  const changes: FileChange[] = [];
  const skipped: SkippedFile[] = [];
  for (const file of listed) {
    const outcome = classify(file);
    if (outcome && 'skip' in outcome) skipped.push(outcome.skip);
    else if (outcome) changes.push(outcome.change);
  }
  const limit = pLimit(options.concurrency ?? 8);
  const unread = new Set(changes.map((change) => change.newPath!).filter((path) => options.skipRead?.(path)));
  const toRead = changes.filter((change) => !unread.has(change.newPath!));
  const loaded = await Promise.all(toRead.map((change) => limit(async (): Promise<SourceFile | SkippedFile> => {
    const path = change.newPath!;
    const mode = skippedModes[change.newMode ?? ''];
    if (mode) return { path, reason: mode };
    const content = change.status === 'added' ? contentFromDiff(change) : await host.readFile(pr, path, pr.headSha);
    if (content === null) return { path, reason: gapReasons.missing };
    return { path, content, language: detectLanguage(path) };
  })));
  const files = loaded.filter((entry): entry is SourceFile => 'content' in entry);
  skipped.push(...loaded.filter((entry): entry is SkippedFile => !('content' in entry)));
  const gaps = skipped.filter((s) => (Object.values(gapReasons) as string[]).includes(s.reason)).map((s) => `${s.path} not reviewed: ${s.reason}`);
  const unlisted = Math.max(pr.changedFiles - listed.length, 0);
  if (truncated || unlisted > 0) gaps.unshift(`partly reviewed: GitHub lists only the first ${listed.length} of ${Math.max(pr.changedFiles, listed.length)} changed files`);
  const changeSet: ChangeSet = { files: changes };
  return { changeSet, files, skipped, gaps, unread: [...unread] };
}
