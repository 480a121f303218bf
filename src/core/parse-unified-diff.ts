import type { ChangeSet, FileChange } from './change-set.js';
import { buildFileChange, type DiffEntry } from './build-file-change.js';
import { DiffParseError } from './diff-parse-error.js';
import { readGitExtendedHeader } from './read-git-extended-header.js';
import { readHeaderPath, splitBinaryPaths, splitGitHeaderPaths } from './read-header-path.js';
import { excessMessage, isHunkHeader, readHunk } from './read-hunk.js';

type Lines = readonly string[];

const clean = (line: string) => (line.endsWith('\r') ? line.slice(0, -1) : line);
const binaryPatchLine = /^(?:(?:literal|delta) \d+|[A-Za-z][0-9A-Za-z!#$%&()*+;<=>?@^_`{|}~-]*|)$/;

function isFileHeaderPair(lines: Lines, i: number): boolean {
  return (lines[i] ?? '').startsWith('--- ') && (lines[i + 1] ?? '').startsWith('+++ ');
}

/** Reads consecutive hunks from `i`, checks their order, and rejects body lines beyond the last hunk's counts. */
function readHunks(lines: Lines, i: number, entry: DiffEntry): number {
  let lastHeader = i;
  while (i < lines.length && isHunkHeader(lines[i]!)) {
    const { hunk, next } = readHunk(lines, i);
    const previous = entry.hunks[entry.hunks.length - 1];
    const start = (first: number, count: number) => (count === 0 ? first : first - 1);
    if (previous && (start(hunk.oldStart, hunk.oldLines) < start(previous.oldStart, previous.oldLines) + previous.oldLines
      || start(hunk.newStart, hunk.newLines) < start(previous.newStart, previous.newLines) + previous.newLines)) {
      throw new DiffParseError(i + 1, 'hunk overlaps or comes before the previous hunk');
    }
    entry.hunks.push(hunk);
    lastHeader = i;
    i = next;
  }
  const after = lines[i];
  const marker = after?.[0];
  if (after !== undefined && (marker === '+' || marker === '-' || marker === ' ') && clean(after) !== '-- ' && !isFileHeaderPair(lines, i)) {
    throw new DiffParseError(lastHeader + 1, excessMessage(entry.hunks[entry.hunks.length - 1]!, marker));
  }
  return i;
}

/** Reads "--- old" and "+++ new" at `i` into the entry, then its hunks (at least one). */
function readFileHeaders(lines: Lines, i: number, entry: DiffEntry): number {
  if (!(lines[i + 1] ?? '').startsWith('+++ ')) throw new DiffParseError(i + 2, '"---" header without a "+++" line after it');
  const minus = readHeaderPath(clean(lines[i]!).slice(4));
  const plus = readHeaderPath(clean(lines[i + 1]!).slice(4));
  if (!minus || !plus) throw new DiffParseError(minus ? i + 2 : i + 1, 'bad file name in "---"/"+++" header');
  entry.minus = minus;
  entry.plus = plus;
  if (!isHunkHeader(lines[i + 2] ?? '')) throw new DiffParseError(i + 3, 'no hunk after the "---"/"+++" header');
  return readHunks(lines, i + 2, entry);
}

function readGitEntry(lines: Lines, start: number): { entry: DiffEntry; next: number } {
  const rest = clean(lines[start]!).slice('diff --git '.length);
  const gitPaths = splitGitHeaderPaths(rest);
  const prefixed = gitPaths ? gitPaths.oldPath.startsWith('a/') && gitPaths.newPath.startsWith('b/') : /^"?a\/.* "?b\//.test(rest);
  const entry: DiffEntry = { line: start + 1, git: true, gitPaths, prefixed, binary: false, hunks: [] };
  let i = start + 1;
  for (; i < lines.length; i++) {
    const line = clean(lines[i]!);
    if (readGitExtendedHeader(line, entry, i + 1)) continue;
    if (line.startsWith('--- ')) return { entry, next: readFileHeaders(lines, i, entry) };
    if (isHunkHeader(line)) return { entry, next: readHunks(lines, i, entry) };
    if (line.startsWith('Binary files ') && line.endsWith(' differ')) {
      entry.binary = true;
      i++;
    } else if (line === 'GIT binary patch') {
      entry.binary = true;
      for (i++; i < lines.length && binaryPatchLine.test(clean(lines[i]!)); i++);
    }
    break;
  }
  return { entry, next: i };
}

function binaryEntry(line: string, lineNo: number): DiffEntry {
  const { oldPath, newPath } = splitBinaryPaths(line.slice('Binary files '.length, -' differ'.length));
  return { line: lineNo, git: false, gitPaths: null, prefixed: false, minus: { path: oldPath, stamp: '' }, plus: { path: newPath, stamp: '' }, binary: true, hunks: [] };
}

/**
 * Parses unified diff text (git `diff --git`, GNU `diff -u`/`-ruN`, `git format-patch` mail) into a
 * ChangeSet. Text before the first file and between files (mail headers, `diff -ruN` command lines) is
 * skipped; hunk bodies are checked against their headers. Throws DiffParseError (one line, with the diff
 * line number) for anything that does not parse, UnsafePathError for a path that escapes the root.
 */
export function parseUnifiedDiff(input: string): ChangeSet {
  const lines = (input.startsWith('\uFEFF') ? input.slice(1) : input).split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const files: FileChange[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = clean(lines[i]!);
    let read: { entry: DiffEntry; next: number } | null = null;
    if (line.startsWith('diff --git ')) read = readGitEntry(lines, i);
    else if (isFileHeaderPair(lines, i)) {
      const entry: DiffEntry = { line: i + 1, git: false, gitPaths: null, prefixed: false, binary: false, hunks: [] };
      read = { entry, next: readFileHeaders(lines, i, entry) };
    } else if (line.startsWith('Binary files ') && line.endsWith(' differ')) read = { entry: binaryEntry(line, i + 1), next: i + 1 };
    else if (line.startsWith('diff --cc ') || line.startsWith('diff --combined ')) throw new DiffParseError(i + 1, 'combined (merge) diffs are not supported');
    else if (isHunkHeader(line)) throw new DiffParseError(i + 1, 'hunk without a file header ("---"/"+++" or "diff --git") before it');
    else if (line.startsWith('--- ') && i === lines.length - 1) throw new DiffParseError(i + 1, 'diff ends after a "---" header');
    if (read) {
      files.push(buildFileChange(read.entry));
      i = read.next;
    } else i++;
  }
  if (files.length === 0 && lines.some((line) => line.trim() !== '')) throw new DiffParseError(1, 'not a diff: no file header ("diff --git" or "---"/"+++") found');
  return { files };
}
