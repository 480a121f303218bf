import type { FileChange } from './change-set.js';

/**
 * The first new-side line (1-based) where `content` differs from what the diff says the new file holds
 * (added and context lines; a CR before the newline is ignored), or null when it agrees.
 */
export function findContentMismatch(file: FileChange, content: string): number | null {
  const lines = content.split('\n');
  for (const hunk of file.hunks) {
    for (const line of hunk.lines) {
      if (line.newLine === undefined) continue;
      const actual = lines[line.newLine - 1];
      if (actual === undefined) return line.newLine;
      if (actual !== line.text && actual !== `${line.text}\r`) return line.newLine;
    }
  }
  return null;
}
