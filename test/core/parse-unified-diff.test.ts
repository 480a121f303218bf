import { describe, expect, it } from 'vitest';
import { parseUnifiedDiff } from '../../src/core/parse-unified-diff.js';

const diff = (...lines: string[]) => `${lines.join('\n')}\n`;

describe('parseUnifiedDiff', () => {
  it('gives an empty ChangeSet for empty or blank input', () => {
    expect(parseUnifiedDiff('')).toEqual({ files: [] });
    expect(parseUnifiedDiff('\n\n')).toEqual({ files: [] });
  });

  it('reads one-line hunks and numbers lines on both sides', () => {
    const { files } = parseUnifiedDiff(diff(
      'diff --git a/one.txt b/one.txt', 'index 1..2 100644', '--- a/one.txt', '+++ b/one.txt', '@@ -1 +1 @@', '-alpha', '+beta',
      'diff --git a/new.txt b/new.txt', 'new file mode 100644', 'index 0000000..2', '--- /dev/null', '+++ b/new.txt', '@@ -0,0 +1 @@', '+only',
    ));
    expect(files[0]).toMatchObject({ status: 'modified', oldPath: 'one.txt', newPath: 'one.txt', oldMode: '100644', newMode: '100644' });
    expect(files[0]!.hunks).toEqual([{ oldStart: 1, oldLines: 1, newStart: 1, newLines: 1, header: '', lines: [
      { kind: 'del', text: 'alpha', oldLine: 1 }, { kind: 'add', text: 'beta', newLine: 1 },
    ] }]);
    expect(files[1]).toMatchObject({ status: 'added', oldPath: null, newPath: 'new.txt', newMode: '100644' });
    expect(files[1]!.hunks[0]).toMatchObject({ oldStart: 0, oldLines: 0, newStart: 1, newLines: 1 });
  });

  it('keeps section headings and counts context lines on both sides', () => {
    const { files } = parseUnifiedDiff(diff('--- a/main.c', '+++ b/main.c', '@@ -10,3 +10,4 @@ int main(void)', ' a', '+b', ' c', ' d'));
    const hunk = files[0]!.hunks[0]!;
    expect(hunk.header).toBe('int main(void)');
    expect(hunk.lines.map((line) => [line.kind, line.oldLine, line.newLine])).toEqual([
      ['context', 10, 10], ['add', undefined, 11], ['context', 11, 12], ['context', 12, 13],
    ]);
  });

  it('decodes git-quoted paths: octal UTF-8 escapes, spaces, quotes', () => {
    const { files } = parseUnifiedDiff(diff(
      'diff --git "a/p\\303\\244th with space.txt" "b/p\\303\\244th with space.txt"', 'index 1..2 100644',
      '--- "a/p\\303\\244th with space.txt"', '+++ "b/p\\303\\244th with space.txt"', '@@ -1 +1 @@', '-a', '+b',
      'diff --git "a/say \\"hi\\".txt" "b/say \\"hi\\".txt"', 'old mode 100644', 'new mode 100755',
    ));
    expect(files.map((file) => file.newPath)).toEqual(['päth with space.txt', 'say "hi".txt']);
    expect(files[1]).toMatchObject({ status: 'modified', oldMode: '100644', newMode: '100755', hunks: [] });
  });

  it('takes a path with spaces up to the tab git or GNU puts after it', () => {
    const { files } = parseUnifiedDiff(diff(
      'diff --git a/my dir/my file.txt b/my dir/my file.txt', '--- a/my dir/my file.txt\t', '+++ b/my dir/my file.txt\t', '@@ -1 +1 @@', '-a', '+b',
      '--- old/notes v1.txt\t2024-01-02 03:04:05.000000000 +0000', '+++ new/notes v1.txt\t2024-01-02 03:04:06.000000000 +0000', '@@ -1 +1 @@', '-a', '+b',
    ));
    expect(files.map((file) => [file.oldPath, file.newPath])).toEqual([['my dir/my file.txt', 'my dir/my file.txt'], ['notes v1.txt', 'notes v1.txt']]);
  });

  it('reads --no-prefix diffs', () => {
    const { files } = parseUnifiedDiff(diff('diff --git src/x.py src/x.py', 'index 1..2 100644', '--- src/x.py', '+++ src/x.py', '@@ -1 +1 @@', '-a', '+b'));
    expect(files[0]).toMatchObject({ oldPath: 'src/x.py', newPath: 'src/x.py' });
  });

  it('reads renames, copies and deletions from git extended headers', () => {
    const { files } = parseUnifiedDiff(diff(
      'diff --git a/old name.go b/new name.go', 'similarity index 100%', 'rename from old name.go', 'rename to new name.go',
      'diff --git a/a.txt b/copy.txt', 'similarity index 88%', 'copy from a.txt', 'copy to copy.txt', 'index 1..2 100644',
      '--- a/a.txt', '+++ b/copy.txt', '@@ -1,2 +1,2 @@', ' same', '-x', '+y',
      'diff --git a/gone.rb b/gone.rb', 'deleted file mode 100644', 'index 3..0000000', '--- a/gone.rb', '+++ /dev/null', '@@ -1 +0,0 @@', '-bye',
      'diff --git a/empty b/empty', 'new file mode 100644', 'index 0000000..e69de29',
    ));
    expect(files.map(({ status, oldPath, newPath, similarity }) => ({ status, oldPath, newPath, similarity }))).toEqual([
      { status: 'renamed', oldPath: 'old name.go', newPath: 'new name.go', similarity: 100 },
      { status: 'copied', oldPath: 'a.txt', newPath: 'copy.txt', similarity: 88 },
      { status: 'deleted', oldPath: 'gone.rb', newPath: null, similarity: undefined },
      { status: 'added', oldPath: null, newPath: 'empty', similarity: undefined },
    ]);
  });

  it('marks both kinds of binary entries', () => {
    const { files } = parseUnifiedDiff(diff(
      'diff --git a/a.png b/a.png', 'index 1..2 100644', 'Binary files a/a.png and b/a.png differ',
      'diff --git a/b.bin b/b.bin', 'new file mode 100644', 'index 0000000..3', 'GIT binary patch', 'literal 9', 'QcmZQzWMXFc&&A6H00eIVCjbBd', '', 'literal 0', 'HcmV?d00001', '',
      'Binary files old/c d.png and new/c d.png differ',
    ));
    expect(files.map(({ status, newPath, binary }) => [status, newPath, binary])).toEqual([
      ['modified', 'a.png', true], ['added', 'b.bin', true], ['modified', 'c d.png', true],
    ]);
  });

  it('records "\\ No newline at end of file" on either side, whatever its language', () => {
    const { files } = parseUnifiedDiff(diff(
      '--- a/x', '+++ b/x', '@@ -1,2 +1,2 @@', ' a', '-b', '\\ No newline at end of file', '+c', '\\ Kein Zeilenumbruch am Dateiende.',
    ));
    expect(files[0]!.hunks[0]!.lines).toEqual([
      { kind: 'context', text: 'a', oldLine: 1, newLine: 1 },
      { kind: 'del', text: 'b', oldLine: 2, noNewlineAtEnd: true },
      { kind: 'add', text: 'c', newLine: 2, noNewlineAtEnd: true },
    ]);
  });

  it('strips CR from content lines into `crlf`, and reads a diff saved with CRLF line ends', () => {
    const { files } = parseUnifiedDiff('diff --git a/w.c b/w.c\r\nindex 1..2 100644\r\n--- a/w.c\r\n+++ b/w.c\r\n@@ -1,2 +1,2 @@ f()\r\n a\r\n-b\r\n+c\r\n');
    expect(files[0]).toMatchObject({ oldPath: 'w.c', newPath: 'w.c' });
    expect(files[0]!.hunks[0]!.header).toBe('f()');
    expect(files[0]!.hunks[0]!.lines.map((line) => [line.text, line.crlf])).toEqual([['a', true], ['b', true], ['c', true]]);
  });

  it('takes an empty line inside a hunk as an empty context line (diff.suppressBlankEmpty)', () => {
    const { files } = parseUnifiedDiff(diff('--- a/x', '+++ b/x', '@@ -1,3 +1,3 @@', ' a', '', '-b', '+c'));
    expect(files[0]!.hunks[0]!.lines[1]).toEqual({ kind: 'context', text: '', oldLine: 2, newLine: 2 });
  });

  it('skips mail headers and the signature of git format-patch output', () => {
    const { files } = parseUnifiedDiff(diff(
      'From 1234567890abcdef Mon Sep 17 00:00:00 2001', 'From: Dev <dev@example.com>', 'Subject: [PATCH] fix', '',
      '- a bullet in the message', '  indented text', '---', ' x.txt | 2 +-', ' 1 file changed, 1 insertion(+), 1 deletion(-)', '',
      'diff --git a/x.txt b/x.txt', 'index 1..2 100644', '--- a/x.txt', '+++ b/x.txt', '@@ -1 +1 @@', '-a', '+b', '-- ', '2.39.5', '',
    ));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ newPath: 'x.txt' });
  });

  it('reads GNU diff -ruN output: epoch timestamps mark added and deleted files, command lines are skipped', () => {
    const epoch = '1970-01-01 00:00:00.000000000 +0000';
    const now = '2024-01-02 03:04:05.000000000 +0000';
    const { files } = parseUnifiedDiff(diff(
      'diff -ruN old/new.py new/new.py', `--- old/new.py\t${epoch}`, `+++ new/new.py\t${now}`, '@@ -0,0 +1 @@', '+x = 1',
      'diff -ruN old/gone.py new/gone.py', `--- old/gone.py\t${now}`, `+++ new/gone.py\t${epoch}`, '@@ -1 +0,0 @@', '-y = 2',
      'Only in old: ignored',
      '--- file.c.orig\t2024-01-01 00:00:00 +0100', '+++ file.c\t2024-01-02 00:00:00 +0100', '@@ -1 +1 @@', '-a', '+b',
    ));
    expect(files.map(({ status, oldPath, newPath }) => [status, oldPath, newPath])).toEqual([
      ['added', null, 'new.py'], ['deleted', 'gone.py', null], ['modified', 'file.c.orig', 'file.c'],
    ]);
  });

  it('parses a 5 MB diff well under a second', () => {
    const body = Array.from({ length: 40 }, (_, i) => `-old line ${i} with some text to make it longer\n+new line ${i} with some text to make it longer\n`).join('');
    const file = (n: number) => `diff --git a/src/f${n}.ts b/src/f${n}.ts\nindex 1..2 100644\n--- a/src/f${n}.ts\n+++ b/src/f${n}.ts\n@@ -1,40 +1,40 @@ function f${n}()\n${body}`;
    const chunks: string[] = [];
    let size = 0;
    for (let n = 0; size < 5 * 1024 * 1024; n++) {
      chunks.push(file(n));
      size += chunks[chunks.length - 1]!.length;
    }
    const text = chunks.join('');
    // CPU time, not wall time: the machines running the tests are shared, and wall time measures the neighbours.
    const started = process.cpuUsage();
    const { files } = parseUnifiedDiff(text);
    const used = process.cpuUsage(started);
    expect(files).toHaveLength(chunks.length);
    expect((used.user + used.system) / 1000).toBeLessThan(1000);
  });
});
