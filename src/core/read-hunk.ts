import type { DiffLine, Hunk } from './change-set.js';
import { DiffParseError } from './diff-parse-error.js';

const hunkHeader = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@(?: (.*))?$/;

const plural = (count: number, word: string) => `${count} ${word} line${count === 1 ? '' : 's'}`;

function parseHeader(raw: string, lineNo: number): Hunk {
  const header = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  const match = hunkHeader.exec(header);
  if (!match) throw new DiffParseError(lineNo, `bad hunk header ${JSON.stringify(header.slice(0, 80))}`);
  const [oldStart, oldLines, newStart, newLines] = [match[1], match[2] ?? '1', match[3], match[4] ?? '1'].map(Number) as [number, number, number, number];
  if ((oldStart === 0 && oldLines > 0) || (newStart === 0 && newLines > 0)) {
    throw new DiffParseError(lineNo, `bad hunk header ${JSON.stringify(header.slice(0, 80))}: line 0 with a non-empty range`);
  }
  return { oldStart, oldLines, newStart, newLines, header: match[5] ?? '', lines: [] };
}

function shortMessage(hunk: Hunk, oldLeft: number, newLeft: number): string {
  const oldFound = hunk.oldLines - oldLeft;
  const newFound = hunk.newLines - newLeft;
  if (oldLeft > 0 && newLeft > 0) return `hunk says ${plural(hunk.oldLines, 'old')} and ${plural(hunk.newLines, 'new')}, found ${oldFound} and ${newFound}`;
  if (oldLeft > 0) return `hunk says ${plural(hunk.oldLines, 'old')}, found ${oldFound}`;
  return `hunk says ${plural(hunk.newLines, 'new')}, found ${newFound}`;
}

/** The message for a body line beyond what the hunk header announced ('+', '-' or ' '). */
export function excessMessage(hunk: Hunk, marker: string): string {
  if (marker === '+') return `hunk says ${plural(hunk.newLines, 'new')}, found more`;
  if (marker === '-') return `hunk says ${plural(hunk.oldLines, 'old')}, found more`;
  return `hunk says ${plural(hunk.oldLines, 'old')} and ${plural(hunk.newLines, 'new')}, found more`;
}

/** A body line, built with all its fields at once (one object shape, no later growth: this loop is hot). */
function bodyLine(kind: DiffLine['kind'], raw: string, oldLine: number | undefined, newLine: number | undefined): DiffLine {
  const end = raw.length - 1;
  const crlf = end >= 0 && raw.charCodeAt(end) === 13;
  const text = raw.length === 0 ? '' : raw.slice(1, crlf ? end : raw.length);
  if (kind === 'add') return crlf ? { kind, text, newLine, crlf } : { kind, text, newLine };
  if (kind === 'del') return crlf ? { kind, text, oldLine, crlf } : { kind, text, oldLine };
  return crlf ? { kind, text, oldLine, newLine, crlf } : { kind, text, oldLine, newLine };
}

/**
 * Reads the hunk whose header is `lines[start]`, checking its body against the header's line counts.
 * Returns the hunk and the index of the first line after it (after any "\ No newline" markers).
 */
export function readHunk(lines: readonly string[], start: number): { hunk: Hunk; next: number } {
  const hunk = parseHeader(lines[start] ?? '', start + 1);
  let oldLeft = hunk.oldLines;
  let newLeft = hunk.newLines;
  let oldLine = hunk.oldStart;
  let newLine = hunk.newStart;
  let i = start + 1;
  const body = hunk.lines;
  while (i < lines.length) {
    const raw = lines[i]!;
    const marker = raw.charCodeAt(0);
    if (marker === 92 /* \ */) {
      const last = body[body.length - 1];
      if (!last) throw new DiffParseError(i + 1, '"\\ No newline at end of file" before any hunk line');
      last.noNewlineAtEnd = true;
    } else if (oldLeft === 0 && newLeft === 0) {
      break;
    } else if (marker === 43 /* + */) {
      if (newLeft === 0) throw new DiffParseError(start + 1, excessMessage(hunk, '+'));
      body.push(bodyLine('add', raw, undefined, newLine++));
      newLeft--;
    } else if (marker === 45 /* - */) {
      if (oldLeft === 0) throw new DiffParseError(start + 1, excessMessage(hunk, '-'));
      body.push(bodyLine('del', raw, oldLine++, undefined));
      oldLeft--;
    } else if (marker === 32 /* space */ || raw === '' || raw === '\r') {
      if (oldLeft === 0 || newLeft === 0) throw new DiffParseError(start + 1, excessMessage(hunk, ' '));
      body.push(bodyLine('context', raw, oldLine++, newLine++));
      oldLeft--;
      newLeft--;
    } else break;
    i++;
  }
  if (oldLeft > 0 || newLeft > 0) throw new DiffParseError(start + 1, shortMessage(hunk, oldLeft, newLeft));
  return { hunk, next: i };
}

/** True for a line that starts a hunk ("@@ -"), CR or not. */
export function isHunkHeader(line: string): boolean {
  return line.startsWith('@@ -');
}
