import type { ChangeSet, FileChange, Hunk } from './change-set.js';
import type { DiffScope } from './filter-to-diff.js';

/** Lines (1-based, new file) the change added. */
export function addedLines(file: FileChange): Set<number> {
  const lines = new Set<number>();
  for (const hunk of file.hunks) {
    for (const line of hunk.lines) if (line.kind === 'add') lines.add(line.newLine!);
  }
  return lines;
}

/** Lines (1-based, new file) shown on the RIGHT side of the diff: added and context lines, where GitHub accepts review comments. */
export function visibleLines(file: FileChange): Set<number> {
  const lines = new Set<number>();
  for (const hunk of file.hunks) {
    for (const line of hunk.lines) if (line.kind !== 'del') lines.add(line.newLine!);
  }
  return lines;
}

/** The hunk whose new-side range holds `line` (1-based, new file), or null. */
export function hunkOf(file: FileChange, line: number): Hunk | null {
  return file.hunks.find((hunk) => hunk.newLines > 0 && line >= hunk.newStart && line < hunk.newStart + hunk.newLines) ?? null;
}

/** True when lines `start`..`end` of the new file all lie inside one hunk (a suggestion GitHub can take). */
export function isInOneHunk(file: FileChange, start: number, end: number): boolean {
  const hunk = hunkOf(file, start);
  return hunk !== null && start <= end && end < hunk.newStart + hunk.newLines;
}

/** Per new path, the lines findings may sit on: added lines, or every line the diff shows (`context`). */
export function linesInScope(changeSet: ChangeSet, scope: DiffScope): Map<string, Set<number>> {
  const byPath = new Map<string, Set<number>>();
  for (const file of changeSet.files) {
    if (file.newPath) byPath.set(file.newPath, scope === 'added' ? addedLines(file) : visibleLines(file));
  }
  return byPath;
}
