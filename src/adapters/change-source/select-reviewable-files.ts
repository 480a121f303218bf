import type { ChangeSet, FileChange, SkippedFile } from '../../core/change-set.js';

/** A FileChange that has a new text file: newPath is set. */
export type ReviewableFile = FileChange & { newPath: string };

const skippedModes: Record<string, string> = { '120000': 'symlink', '160000': 'submodule' };

/** Splits a ChangeSet into files whose new content can be analyzed and files set aside (binary, symlink, submodule); deleted files are dropped. */
export function selectReviewableFiles(changeSet: ChangeSet): { reviewable: ReviewableFile[]; skipped: SkippedFile[] } {
  const reviewable: ReviewableFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const file of changeSet.files) {
    if (file.newPath === null) continue;
    const reason = file.binary ? 'binary' : skippedModes[file.newMode ?? ''];
    if (reason) skipped.push({ path: file.newPath, reason });
    else reviewable.push(file as ReviewableFile);
  }
  return { reviewable, skipped };
}
