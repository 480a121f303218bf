import type { FileChange, FileStatus, Hunk } from './change-set.js';
import { DiffParseError } from './diff-parse-error.js';
import { isEpochStamp } from './is-epoch-stamp.js';
import type { HeaderPath } from './read-header-path.js';
import { toSafePath } from './safe-path.js';

/** What the header lines of one file entry said, before paths and status are settled. */
export interface DiffEntry {
  /** 1-based diff line where the entry starts. */
  line: number;
  /** "diff --git" entry (prefixes a/ b/ and extended headers) or plain `---`/`+++` (GNU diff -u). */
  git: boolean;
  gitPaths: { oldPath: string; newPath: string } | null;
  prefixed: boolean;
  minus?: HeaderPath;
  plus?: HeaderPath;
  renameFrom?: string;
  renameTo?: string;
  copyFrom?: string;
  copyTo?: string;
  newFileMode?: string;
  deletedFileMode?: string;
  oldMode?: string;
  newMode?: string;
  indexMode?: string;
  similarity?: number;
  binary: boolean;
  hunks: Hunk[];
}

const devNull = '/dev/null';
const real = (side?: HeaderPath) => (side && side.path !== devNull ? side.path : undefined);

function gitPaths(entry: DiffEntry): [string | undefined, string | undefined] {
  const strip = (path: string | undefined, prefix: string) => (path !== undefined && entry.prefixed && path.startsWith(prefix) ? path.slice(2) : path);
  return [
    entry.renameFrom ?? entry.copyFrom ?? strip(real(entry.minus) ?? entry.gitPaths?.oldPath, 'a/'),
    entry.renameTo ?? entry.copyTo ?? strip(real(entry.plus) ?? entry.gitPaths?.newPath, 'b/'),
  ];
}

/** GNU paths carry the directories given to diff (old/x new/x, a/x b/x): drop a leading segment they do not share. */
function plainPaths(entry: DiffEntry): [string | undefined, string | undefined] {
  const [oldPath, newPath] = [real(entry.minus), real(entry.plus)];
  const cut = (path: string) => path.slice(path.indexOf('/') + 1);
  if (oldPath !== undefined && newPath !== undefined) {
    const prefixed = oldPath.includes('/') && newPath.includes('/') && cut(oldPath) === cut(newPath) && oldPath !== newPath;
    if (prefixed || (oldPath.startsWith('a/') && newPath.startsWith('b/'))) return [cut(oldPath), cut(newPath)];
    return [oldPath, newPath];
  }
  return [oldPath?.startsWith('a/') ? oldPath.slice(2) : oldPath, newPath?.startsWith('b/') ? newPath.slice(2) : newPath];
}

function statusOf(entry: DiffEntry): FileStatus {
  const { minus, plus, hunks } = entry;
  const added = entry.newFileMode !== undefined || minus?.path === devNull
    || (!entry.git && minus !== undefined && isEpochStamp(minus.stamp) && hunks.every((hunk) => hunk.oldLines === 0));
  const deleted = entry.deletedFileMode !== undefined || plus?.path === devNull
    || (!entry.git && plus !== undefined && isEpochStamp(plus.stamp) && hunks.every((hunk) => hunk.newLines === 0));
  if (added !== deleted) return added ? 'added' : 'deleted';
  if (entry.renameFrom !== undefined) return 'renamed';
  if (entry.copyFrom !== undefined) return 'copied';
  return 'modified';
}

/** Settles one entry into a FileChange: status, safe normalized paths, modes. */
export function buildFileChange(entry: DiffEntry): FileChange {
  const where = `diff line ${entry.line}: `;
  const status = statusOf(entry);
  const modeChange = entry.oldMode !== undefined && entry.newMode !== undefined;
  const changed = entry.hunks.length > 0 || entry.binary || status !== 'modified' || modeChange;
  if (!changed) throw new DiffParseError(entry.line, 'file entry has no hunks or changes (truncated diff?)');
  const [oldRaw, newRaw] = entry.git ? gitPaths(entry) : plainPaths(entry);
  const fail = (side: string) => new DiffParseError(entry.line, `cannot tell the ${side} path of this file`);
  if (status !== 'added' && oldRaw === undefined) throw fail('old');
  if (status !== 'deleted' && newRaw === undefined) throw fail('new');
  const file: FileChange = {
    oldPath: status === 'added' ? null : toSafePath(oldRaw!, where),
    newPath: status === 'deleted' ? null : toSafePath(newRaw!, where),
    status,
    binary: entry.binary,
    hunks: entry.hunks,
  };
  const oldMode = entry.oldMode ?? entry.deletedFileMode ?? entry.indexMode;
  const newMode = entry.newMode ?? entry.newFileMode ?? entry.indexMode;
  if (oldMode !== undefined && status !== 'added') file.oldMode = oldMode;
  if (newMode !== undefined && status !== 'deleted') file.newMode = newMode;
  if (entry.similarity !== undefined) file.similarity = entry.similarity;
  return file;
}
