import type { DiffLine, FileChange } from './change-set.js';
import { DiffApplyError } from './diff-apply-error.js';

/** A diff line as it stands in its file, terminator included. */
function rawLine(line: DiffLine): string {
  return line.text + (line.crlf ? '\r' : '') + (line.noNewlineAtEnd ? '' : '\n');
}

/** Splits content into lines that keep their "\n" (the last one may have none). */
function splitKeepingEnds(content: string): string[] {
  const lines: string[] = [];
  let from = 0;
  for (let at = content.indexOf('\n'); at >= 0; at = content.indexOf('\n', from)) {
    lines.push(content.slice(from, at + 1));
    from = at + 1;
  }
  if (from < content.length) lines.push(content.slice(from));
  return lines;
}

/** The full content of an added file, rebuilt from its diff byte for byte (CRLF and a missing final newline kept). */
export function contentFromDiff(file: FileChange): string {
  if (file.status !== 'added') throw new DiffApplyError(`indict: ${file.newPath ?? file.oldPath}: only an added file can be rebuilt from its diff alone`);
  if (file.binary) throw new DiffApplyError(`indict: ${file.newPath}: binary file`);
  return file.hunks.flatMap((hunk) => hunk.lines.filter((line) => line.kind === 'add').map(rawLine)).join('');
}

/** Applies a FileChange's hunks to the old content; throws DiffApplyError when a context or deleted line differs. */
export function applyDiff(old: string, file: FileChange): string {
  const name = file.oldPath ?? file.newPath;
  if (file.binary) throw new DiffApplyError(`indict: ${name}: cannot apply a binary diff`);
  const oldLines = splitKeepingEnds(old);
  const out: string[] = [];
  let cursor = 0;
  for (const hunk of file.hunks) {
    const start = hunk.oldLines === 0 ? hunk.oldStart : hunk.oldStart - 1;
    if (start < cursor || start + hunk.oldLines > oldLines.length) {
      throw new DiffApplyError(`indict: ${name}: hunk @@ -${hunk.oldStart},${hunk.oldLines} @@ is outside the old content (${oldLines.length} lines)`);
    }
    for (; cursor < start; cursor++) out.push(oldLines[cursor]!);
    for (const line of hunk.lines) {
      if (line.kind !== 'add') {
        const expected = oldLines[cursor];
        if (expected !== rawLine(line)) {
          throw new DiffApplyError(`indict: ${name}: old line ${cursor + 1} differs from the diff (${JSON.stringify(expected?.slice(0, 60))})`);
        }
        cursor++;
      }
      if (line.kind !== 'del') out.push(rawLine(line));
    }
  }
  for (; cursor < oldLines.length; cursor++) out.push(oldLines[cursor]!);
  return out.join('');
}
