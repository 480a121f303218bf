import { describe, expect, it } from 'vitest';
import { addedLines, hunkOf, isInOneHunk, visibleLines } from '../../src/core/changed-lines.js';
import { parseUnifiedDiff } from '../../src/core/parse-unified-diff.js';

const [file] = parseUnifiedDiff([
  '--- a/x.py', '+++ b/x.py',
  '@@ -1,4 +1,5 @@', ' a', '-b', '+B', '+B2', ' c', ' d',
  '@@ -20,3 +21,2 @@ def f():', ' p', '-q', ' r',
  '@@ -30,0 +30 @@', '+inserted',
  '',
].join('\n')).files;

describe('changed lines', () => {
  it('lists added lines of the new file', () => {
    expect([...addedLines(file!)]).toEqual([2, 3, 30]);
  });

  it('lists lines visible on the right side (added and context)', () => {
    expect([...visibleLines(file!)].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 21, 22, 30]);
  });

  it('finds the hunk holding a new line', () => {
    expect(hunkOf(file!, 1)?.newStart).toBe(1);
    expect(hunkOf(file!, 5)?.newStart).toBe(1);
    expect(hunkOf(file!, 6)).toBeNull();
    expect(hunkOf(file!, 22)?.header).toBe('def f():');
    expect(hunkOf(file!, 30)?.newStart).toBe(30);
  });

  it('tells whether a suggestion range lies inside one hunk', () => {
    expect(isInOneHunk(file!, 2, 4)).toBe(true);
    expect(isInOneHunk(file!, 4, 21)).toBe(false);
    expect(isInOneHunk(file!, 21, 23)).toBe(false);
    expect(isInOneHunk(file!, 3, 2)).toBe(false);
  });

  it('gives nothing for a deletion-only or mode-only file', () => {
    const [deleted] = parseUnifiedDiff('--- a/y\n+++ /dev/null\n@@ -1,2 +0,0 @@\n-a\n-b\n').files;
    expect(addedLines(deleted!).size).toBe(0);
    expect(visibleLines(deleted!).size).toBe(0);
    expect(hunkOf(deleted!, 0)).toBeNull();
  });
});
