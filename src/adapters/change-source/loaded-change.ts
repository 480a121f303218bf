import type { ChangeSet, SkippedFile, SourceFile } from '../../core/change-set.js';

/** What a change source hands to the review: the parsed diff, new contents of files to analyze, files set aside. */
export interface LoadedChange {
  changeSet: ChangeSet;
  files: SourceFile[];
  skipped: SkippedFile[];
}
