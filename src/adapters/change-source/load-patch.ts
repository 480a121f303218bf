import { contentFromDiff } from '../../core/content-from-diff.js';
import { detectLanguage } from '../../core/detect-language.js';
import { findContentMismatch } from '../../core/find-content-mismatch.js';
import { parseUnifiedDiff } from '../../core/parse-unified-diff.js';
import type { SourceFile } from '../../core/change-set.js';
import { ChangeSourceError } from './change-source-error.js';
import type { LoadedChange } from './loaded-change.js';
import { readDiffInput, type DiffStdin } from './read-diff-input.js';
import { readUnderRoot, resolveRoot } from './read-under-root.js';
import { selectReviewableFiles, type ReviewableFile } from './select-reviewable-files.js';

export interface PatchInput {
  /** The directory holding the new tree (`--root`). */
  root: string;
  /** The diff text, when the caller already read it. */
  diffText?: string;
  /** Otherwise: a diff file, or "-" for `stdin`. */
  diff?: string;
  stdin?: DiffStdin;
}

async function newContent(rootReal: string, root: string, file: ReviewableFile): Promise<string> {
  const content = await readUnderRoot(rootReal, file.newPath);
  if (content === null) {
    if (file.status === 'added') return contentFromDiff(file);
    throw new ChangeSourceError(`indict: ${file.newPath} is ${file.status} in the diff but missing under ${root}`);
  }
  const mismatch = findContentMismatch(file, content);
  if (mismatch !== null) {
    throw new ChangeSourceError(`indict: ${file.newPath} under ${root} differs from the diff's new side at line ${mismatch} (is --root the changed tree?)`);
  }
  return content;
}

/**
 * `--diff <file|->`: parses a unified diff and reads the new content of each changed text file from the
 * root (added files missing there are rebuilt from the diff). Binary files, symlinks and submodules are skipped.
 */
export async function loadPatch(input: PatchInput): Promise<LoadedChange> {
  const text = input.diffText ?? (await readDiffInput(input.diff ?? '-', input.stdin));
  const changeSet = parseUnifiedDiff(text);
  const { reviewable, skipped } = selectReviewableFiles(changeSet);
  const files: SourceFile[] = [];
  if (reviewable.length === 0) return { changeSet, files, skipped };
  const rootReal = await resolveRoot(input.root);
  for (const file of reviewable) {
    files.push({ path: file.newPath, content: await newContent(rootReal, input.root, file), language: detectLanguage(file.newPath) });
  }
  return { changeSet, files, skipped };
}
