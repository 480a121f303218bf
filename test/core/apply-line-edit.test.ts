import { describe, expect, it } from 'vitest';
import { applyLineEdit, lineDelta } from '../../src/core/apply-line-edit.js';

describe('applyLineEdit', () => {
  it.each([
    ['replaces one line', 'a\nb\nc\n', { startLine: 2, endLine: 2, replacement: 'B' }, 'a\nB\nc\n'],
    ['replaces with more lines', 'a\nb\nc\n', { startLine: 2, endLine: 2, replacement: 'B1\nB2' }, 'a\nB1\nB2\nc\n'],
    ['replaces a range with one line', 'a\nb\nc\n', { startLine: 1, endLine: 2, replacement: 'AB' }, 'AB\nc\n'],
    ['keeps CRLF endings', 'a\r\nb\r\nc\r\n', { startLine: 2, endLine: 2, replacement: 'B1\nB2' }, 'a\r\nB1\r\nB2\r\nc\r\n'],
    ['keeps a missing final newline', 'a\nb', { startLine: 2, endLine: 2, replacement: 'B' }, 'a\nB'],
  ])('%s', (_name, content, edit, expected) => {
    expect(applyLineEdit(content, edit)).toBe(expected);
  });

  it('reports the line delta', () => {
    expect(lineDelta({ startLine: 2, endLine: 4, replacement: 'x' })).toBe(-2);
  });
});
