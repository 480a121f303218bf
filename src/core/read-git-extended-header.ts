import type { DiffEntry } from './build-file-change.js';
import { DiffParseError } from './diff-parse-error.js';
import { unquoteGitPath } from './unquote-git-path.js';

const mode = /^[0-7]{6}$/;

type Setter = (value: string, entry: DiffEntry) => boolean;

const setMode = (key: 'oldMode' | 'newMode' | 'newFileMode' | 'deletedFileMode'): Setter => (value, entry) => {
  if (!mode.test(value)) return false;
  entry[key] = value;
  return true;
};

const setPath = (key: 'renameFrom' | 'renameTo' | 'copyFrom' | 'copyTo'): Setter => (value, entry) => {
  const path = unquoteGitPath(value);
  if (path === null || path === '') return false;
  entry[key] = path;
  return true;
};

const setSimilarity: Setter = (value, entry) => {
  const match = /^(\d{1,3})%$/.exec(value);
  if (match) entry.similarity = Number(match[1]);
  return match !== null;
};

const setIndex: Setter = (value, entry) => {
  const match = /^[0-9a-f]+\.\.[0-9a-f]+(?: ([0-7]{6}))?$/.exec(value);
  if (match?.[1]) entry.indexMode = match[1];
  return match !== null;
};

const headers: [string, Setter][] = [
  ['old mode ', setMode('oldMode')],
  ['new mode ', setMode('newMode')],
  ['new file mode ', setMode('newFileMode')],
  ['deleted file mode ', setMode('deletedFileMode')],
  ['rename from ', setPath('renameFrom')],
  ['rename to ', setPath('renameTo')],
  ['rename old ', setPath('renameFrom')],
  ['rename new ', setPath('renameTo')],
  ['copy from ', setPath('copyFrom')],
  ['copy to ', setPath('copyTo')],
  ['similarity index ', setSimilarity],
  ['dissimilarity index ', () => true],
  ['index ', setIndex],
];

/** Applies one git extended header line ("new file mode 100644", "rename from x"…) to the entry; false when it is not one. */
export function readGitExtendedHeader(line: string, entry: DiffEntry, lineNo: number): boolean {
  for (const [prefix, set] of headers) {
    if (!line.startsWith(prefix)) continue;
    if (!set(line.slice(prefix.length), entry)) throw new DiffParseError(lineNo, `bad "${prefix.trim()}" line`);
    return true;
  }
  return false;
}
