import { detectLanguage } from '../../core/detect-language.js';
import { parseUnifiedDiff } from '../../core/parse-unified-diff.js';
import { ChangeSourceError } from './change-source-error.js';
import type { LoadedChange } from './loaded-change.js';
import { readGitBlobs } from './read-git-blobs.js';
import { resolveRoot } from './read-under-root.js';
import { runGit } from './run-git.js';
import { selectReviewableFiles } from './select-reviewable-files.js';

export interface GitChangeInput {
  /** `--base <ref>`: the review covers `git diff <ref>...HEAD`. */
  base: string;
  /** A directory inside the repository (`--root`). */
  root: string;
}

async function findTopLevel(root: string): Promise<string> {
  const top = await runGit(root, ['rev-parse', '--show-toplevel']).catch((error: Error) => {
    throw new ChangeSourceError(`indict: cannot run git in ${root}: ${error.message.split('\n')[0]}`, { cause: error });
  });
  if (!top.ok) throw new ChangeSourceError(`indict: ${root} is not a git repository (${top.error})`);
  return top.stdout.trim();
}

async function checkCommit(top: string, ref: string, what: string): Promise<void> {
  const found = await runGit(top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  if (!found.ok) throw new ChangeSourceError(`indict: ${what}`);
}

/**
 * `--base <ref>`: the change between the merge base of `ref` and HEAD, with new contents read from HEAD
 * (not the working tree). Binary files, symlinks and submodules are skipped; a bad ref or a directory that
 * is not a repository is a ChangeSourceError.
 */
export async function loadGitChange({ base, root }: GitChangeInput): Promise<LoadedChange> {
  if (base === '' || base.startsWith('-') || /[\s\0]/.test(base)) throw new ChangeSourceError(`indict: bad git ref ${JSON.stringify(base)}`);
  const top = await findTopLevel(await resolveRoot(root));
  await checkCommit(top, 'HEAD', `the repository at ${root} has no commit yet (HEAD)`);
  await checkCommit(top, base, `unknown git ref ${JSON.stringify(base)} in ${root}`);
  const diff = await runGit(top, [
    '-c', 'core.quotePath=true', 'diff', '--no-color', '--no-ext-diff', '--no-textconv', '--no-relative',
    '--submodule=short', '--src-prefix=a/', '--dst-prefix=b/', '-M', `${base}...HEAD`, '--',
  ]);
  if (!diff.ok) throw new ChangeSourceError(`indict: git diff ${base}...HEAD failed: ${diff.error}`);
  const changeSet = parseUnifiedDiff(diff.stdout);
  const { reviewable, skipped } = selectReviewableFiles(changeSet);
  const contents = await readGitBlobs(top, reviewable.map((file) => `HEAD:${file.newPath}`));
  const files = reviewable.map((file, index) => ({ path: file.newPath, content: contents[index]!, language: detectLanguage(file.newPath) }));
  return { changeSet, files, skipped };
}
