import { describe, expect, it } from 'vitest';
import { asciiRegexes, toAsciiRegex } from '../../../../src/adapters/analyzers/ast-grep/ascii-regex.js';

describe('toAsciiRegex', () => {
  it.each([
    ['^\\w+\\(', '^[0-9A-Za-z_]+\\('],
    ['[\\w.]+', '[0-9A-Za-z_.]+'],
    ['\\bmd5\\b', '(?-u:\\b)md5(?-u:\\b)'],
    ['\\s*=\\s*', '[\\t\\n\\x0B\\f\\r ]*=[\\t\\n\\x0B\\f\\r ]*'],
    ['\\W\\D', '[^0-9A-Za-z_][^0-9]'],
    ['\\\\w', '\\\\w'],
    ['[^\\]\\w]', '[^\\]0-9A-Za-z_]'],
    ['[]a]\\d', '[]a][0-9]'],
    ['\\.\\(', '\\.\\('],
  ])('%s → %s', (input, expected) => {
    expect(toAsciiRegex(input)).toBe(expected);
  });

  it('rewrites every regex of a rule tree and nothing else', () => {
    expect(asciiRegexes({ kind: 'call', has: { regex: '\\w' }, any: [{ regex: '\\d' }, { pattern: '\\w' }] }))
      .toEqual({ kind: 'call', has: { regex: '[0-9A-Za-z_]' }, any: [{ regex: '[0-9]' }, { pattern: '\\w' }] });
  });
});
