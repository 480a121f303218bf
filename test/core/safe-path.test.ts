import { describe, expect, it } from 'vitest';
import { isSafePath, toSafePath, UnsafePathError } from '../../src/core/safe-path.js';

describe('toSafePath', () => {
  it.each([
    ['src/app.py', 'src/app.py'],
    ['./src//app.py', 'src/app.py'],
    ['src/lib/../app.py', 'src/app.py'],
    ['docs dir/my notes.md', 'docs dir/my notes.md'],
    ['日本語/ファイル.txt', '日本語/ファイル.txt'],
    ['..foo/bar..', '..foo/bar..'],
  ])('normalizes %j to %j', (input, output) => {
    expect(toSafePath(input)).toBe(output);
  });

  it.each([
    ['../etc/passwd', 'escapes the root'],
    ['a/../../etc/passwd', 'escapes the root'],
    ['/etc/passwd', 'is absolute'],
    ['C:/Windows/win.ini', 'starts with a drive letter'],
    ['c:win.ini', 'starts with a drive letter'],
    ['..\\..\\win.ini', 'contains a backslash'],
    ['\\\\server\\share', 'contains a backslash'],
    ['a\0b', 'contains a NUL byte'],
    ['a\nb', 'contains a control character'],
    ['', 'names no file'],
    ['a/..', 'names no file'],
    ['.', 'names no file'],
  ])('rejects %j (%s)', (input, reason) => {
    expect(() => toSafePath(input)).toThrow(UnsafePathError);
    expect(() => toSafePath(input)).toThrow(reason);
    expect(isSafePath(input)).toBe(false);
  });

  it('gives a one-line message, with where the path came from', () => {
    const error = (() => {
      try {
        return toSafePath('../../etc/passwd', 'diff line 3: ');
      } catch (caught) {
        return caught as UnsafePathError;
      }
    })() as UnsafePathError;
    expect(error.name).toBe('UnsafePathError');
    expect(error.message).toBe('indict: diff line 3: unsafe path "../../etc/passwd": escapes the root');
    expect(error.path).toBe('../../etc/passwd');
  });
});
