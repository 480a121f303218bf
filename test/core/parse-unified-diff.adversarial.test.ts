import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DiffParseError } from '../../src/core/diff-parse-error.js';
import { parseUnifiedDiff } from '../../src/core/parse-unified-diff.js';
import { UnsafePathError } from '../../src/core/safe-path.js';

const diff = (...lines: string[]) => `${lines.join('\n')}\n`;
const head = ['diff --git a/x.txt b/x.txt', 'index 1..2 100644', '--- a/x.txt', '+++ b/x.txt'];

function errorOf(input: string): Error {
  try {
    parseUnifiedDiff(input);
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the diff to be rejected');
}

describe('parseUnifiedDiff on bad input', () => {
  it.each([
    ['a hunk shorter than its header', diff(...head, '@@ -1,2 +1,3 @@', ' a', '-b', '+c'), 'indict: diff line 5: hunk says 3 new lines, found 2'],
    ['a hunk short on both sides', diff(...head, '@@ -1,3 +1,3 @@', ' a'), 'indict: diff line 5: hunk says 3 old lines and 3 new lines, found 1 and 1'],
    ['a hunk longer than its header', diff(...head, '@@ -1 +1 @@', '-a', '+b', '+c'), 'indict: diff line 5: hunk says 1 new line, found more'],
    ['extra old lines', diff(...head, '@@ -1 +1 @@', '-a', '-b', '+c'), 'indict: diff line 5: hunk says 1 old line, found more'],
    ['a diff cut inside a hunk', diff(...head, '@@ -1,5 +1,5 @@', ' a', ' b'), 'indict: diff line 5: hunk says 5 old lines and 5 new lines, found 2 and 2'],
    ['a diff cut after its file header', diff('diff --git a/x.txt b/x.txt', 'index 1..2 100644'), 'indict: diff line 1: file entry has no hunks or changes (truncated diff?)'],
    ['a "---" line without "+++"', diff('diff --git a/x.txt b/x.txt', '--- a/x.txt'), 'indict: diff line 3: "---" header without a "+++" line after it'],
    ['file headers without a hunk', diff('--- a/x.txt', '+++ b/x.txt'), 'indict: diff line 3: no hunk after the "---"/"+++" header'],
    ['a broken hunk header', diff(...head, '@@ -a +b @@', '-a'), 'indict: diff line 5: bad hunk header "@@ -a +b @@"'],
    ['a hunk with no file header', diff('@@ -1 +1 @@', '-a', '+b'), 'indict: diff line 1: hunk without a file header ("---"/"+++" or "diff --git") before it'],
    ['hunks out of order', diff(...head, '@@ -5 +5 @@', '-a', '+b', '@@ -1 +1 @@', '-c', '+d'), 'indict: diff line 8: hunk overlaps or comes before the previous hunk'],
    ['a marker before any line', diff(...head, '@@ -1 +1 @@', '\\ No newline at end of file', '-a', '+b'), 'indict: diff line 6: "\\ No newline at end of file" before any hunk line'],
    ['a bad mode', diff('diff --git a/x b/x', 'old mode 10064', 'new mode 100755'), 'indict: diff line 2: bad "old mode" line'],
    ['a combined diff', diff('diff --cc x.c', 'index 1,2..3'), 'indict: diff line 1: combined (merge) diffs are not supported'],
    ['prose', 'Hello,\nthis is not a diff at all.\n', 'indict: diff line 1: not a diff: no file header ("diff --git" or "---"/"+++") found'],
  ])('rejects %s with one line naming the diff line', (_name, input, message) => {
    const error = errorOf(input);
    expect(error).toBeInstanceOf(DiffParseError);
    expect(error.name).toBe('DiffParseError');
    expect(error.message).toBe(message);
  });

  it.each([
    ['b/../../etc/passwd', diff('diff --git a/x b/../../etc/passwd', '--- a/x', '+++ b/../../etc/passwd', '@@ -1 +1 @@', '-a', '+b'), 'escapes the root'],
    ['an absolute GNU path', diff('--- /etc/passwd\t2024-01-01 00:00:00 +0000', '+++ /etc/passwd\t2024-01-01 00:00:01 +0000', '@@ -1 +1 @@', '-a', '+b'), 'is absolute'],
    ['a rename out of the root', diff('diff --git a/x b/y', 'similarity index 100%', 'rename from x', 'rename to ../../y'), 'escapes the root'],
    ['a NUL in a quoted path', diff('diff --git "a/x\\000y" "b/x\\000y"', 'old mode 100644', 'new mode 100755'), 'contains a NUL byte'],
    ['backslashes', diff('--- a/..\\..\\win.ini', '+++ b/..\\..\\win.ini', '@@ -1 +1 @@', '-a', '+b'), 'contains a backslash'],
    ['a newline in a quoted path', diff('diff --git "a/x\\ny" "b/x\\ny"', 'old mode 100644', 'new mode 100755'), 'contains a control character'],
  ])('rejects a hostile path: %s', (_name, input, reason) => {
    const error = errorOf(input);
    expect(error).toBeInstanceOf(UnsafePathError);
    expect(error.message).toMatch(/^indict: diff line \d+: unsafe path /);
    expect(error.message).toContain(reason);
    expect(error.message).not.toContain('\n');
  });

  it('rejects binary garbage as not a diff', () => {
    let seed = 7;
    const bytes = Buffer.alloc(4096, 0).map(() => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 255);
    const error = errorOf(Buffer.from(bytes).toString('utf8'));
    expect(error).toBeInstanceOf(DiffParseError);
    expect(error.message).not.toContain('\n');
  });

  it('survives random damage to real diffs: a result or a typed error, never another crash', () => {
    const dir = fileURLToPath(new URL('../../fixtures/diffs/', import.meta.url));
    const texts = readdirSync(dir).filter((name) => name.endsWith('.diff')).map((name) => readFileSync(dir + name, 'utf8'));
    let seed = 42;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const damage = [
      (lines: string[]) => lines.splice(random(lines.length), 1),
      (lines: string[]) => lines.splice(random(lines.length), 0, lines[random(lines.length)]!),
      (lines: string[]) => lines.splice(random(lines.length)),
      (lines: string[]) => { const at = random(lines.length); lines[at] = lines[at]!.slice(0, random(lines[at]!.length + 1)); },
      (lines: string[]) => { const at = random(lines.length); lines[at] = String.fromCharCode(random(128)) + lines[at]!.slice(1); },
    ];
    let rejected = 0;
    for (let round = 0; round < 2000; round++) {
      const lines = texts[random(texts.length)]!.split('\n');
      damage[random(damage.length)]!(lines);
      try {
        parseUnifiedDiff(lines.join('\n'));
      } catch (error) {
        rejected++;
        expect([DiffParseError, UnsafePathError].some((type) => error instanceof type), String(error)).toBe(true);
        expect((error as Error).message).not.toContain('\n');
      }
    }
    expect(rejected).toBeGreaterThan(100);
  });
});
