import { describe, expect, it } from 'vitest';
import { readQuotedPath, unquoteGitPath } from '../../src/core/unquote-git-path.js';

describe('unquoteGitPath', () => {
  it.each([
    ['plain/path.txt', 'plain/path.txt'],
    ['"a/p\\303\\244th with space.txt"', 'a/päth with space.txt'],
    ['"\\346\\227\\245\\346\\234\\254.txt"', '日本.txt'],
    ['"tab\\there \\"quoted\\" back\\\\slash"', 'tab\there "quoted" back\\slash'],
    ['"emoji 😀 kept"', 'emoji 😀 kept'],
  ])('%s -> %j', (input, output) => {
    expect(unquoteGitPath(input)).toBe(output);
  });

  it.each(['"unterminated', '"bad \\q escape"', '"trailing" junk'])('gives null for broken quoting: %s', (input) => {
    expect(unquoteGitPath(input)).toBeNull();
  });

  it('reports where a quoted path ends', () => {
    expect(readQuotedPath('"a b" "c"', 0)).toEqual({ path: 'a b', end: 5 });
  });
});
