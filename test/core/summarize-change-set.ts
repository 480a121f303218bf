import type { ChangeSet } from '../../src/core/change-set.js';
import { addedLines } from '../../src/core/changed-lines.js';

/** The shape of fixtures/diffs/<case>.expected.json entries, computed from a parsed ChangeSet. */
export interface FileSummary {
  status: string;
  oldPath: string | null;
  newPath: string | null;
  binary: boolean;
  added: number[];
  mode?: { old: string; new: string };
}

export function summarizeChangeSet(changeSet: ChangeSet, { modes = true } = {}): FileSummary[] {
  return changeSet.files.map((file) => {
    const summary: FileSummary = {
      status: file.status,
      oldPath: file.oldPath,
      newPath: file.newPath,
      binary: file.binary,
      added: [...addedLines(file)].sort((a, b) => a - b),
    };
    if (modes && file.oldMode && file.newMode && file.oldMode !== file.newMode) summary.mode = { old: file.oldMode, new: file.newMode };
    return summary;
  }).sort((a, b) => (a.newPath ?? a.oldPath ?? '').localeCompare(b.newPath ?? b.oldPath ?? ''));
}
