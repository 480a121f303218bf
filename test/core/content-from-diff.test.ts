import { describe, expect, it } from 'vitest';
import { applyDiff, contentFromDiff } from '../../src/core/content-from-diff.js';
import { DiffApplyError } from '../../src/core/diff-apply-error.js';
import { parseUnifiedDiff } from '../../src/core/parse-unified-diff.js';

const parseOne = (text: string) => parseUnifiedDiff(text).files[0]!;

describe('contentFromDiff', () => {
  it('rebuilds an added file with CRLF lines and no final newline', () => {
    const file = parseOne('diff --git a/w.txt b/w.txt\nnew file mode 100644\n--- /dev/null\n+++ b/w.txt\n@@ -0,0 +1,3 @@\n+one\r\n+\r\n+three\r\n\\ No newline at end of file\n');
    expect(contentFromDiff(file)).toBe('one\r\n\r\nthree\r');
  });

  it('gives "" for an empty added file and refuses a modified one', () => {
    expect(contentFromDiff(parseOne('diff --git a/e b/e\nnew file mode 100644\nindex 0000000..e69de29\n'))).toBe('');
    expect(() => contentFromDiff(parseOne('--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n+b\n'))).toThrow(DiffApplyError);
  });
});

describe('applyDiff', () => {
  it('applies hunks at the start, middle and end, keeping untouched lines as they are', () => {
    const old = 'a\nb\nc\nd\ne\nf\ng\nh\n';
    const file = parseOne('--- a/x\n+++ b/x\n@@ -0,0 +1 @@\n+start\n@@ -4 +5 @@\n-d\n+D\n@@ -8 +8,2 @@\n h\n+end\n');
    expect(applyDiff(old, file)).toBe('start\na\nb\nc\nD\ne\nf\ng\nh\nend\n');
  });

  it('adds or removes the final newline', () => {
    const add = parseOne('--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+a\n');
    expect(applyDiff('a', add)).toBe('a\n');
    const remove = parseOne('--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n+a\n\\ No newline at end of file\n');
    expect(applyDiff('a\n', remove)).toBe('a');
  });

  it('throws DiffApplyError when the old content does not match', () => {
    const file = parseOne('--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n');
    expect(() => applyDiff('a\nX\n', file)).toThrow(DiffApplyError);
    expect(() => applyDiff('a\r\nb\r\n', file)).toThrow(/old line 1 differs/);
    expect(() => applyDiff('a\n', file)).toThrow(/outside the old content/);
  });

  it('deletes everything for a deleted file and refuses binary files', () => {
    expect(applyDiff('a\nb\n', parseOne('--- a/x\n+++ /dev/null\n@@ -1,2 +0,0 @@\n-a\n-b\n'))).toBe('');
    expect(() => applyDiff('', parseOne('Binary files a/x.png and b/x.png differ\n'))).toThrow(DiffApplyError);
  });
});
