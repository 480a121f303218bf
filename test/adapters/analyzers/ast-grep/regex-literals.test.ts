import { describe, expect, it } from 'vitest';
import { regexLiterals } from '../../../../src/adapters/analyzers/ast-grep/regex-literals.js';

const words = (source: string) => {
  const found = regexLiterals(source);
  return found && { words: [...found.words].sort(), ci: found.caseInsensitive };
};

describe('regexLiterals: text any match must contain', () => {
  it.each([
    ['a literal', 'md5', { words: ['md5'], ci: false }],
    ['anchors and word boundaries are empty', '^\\bos\\.system\\b$', { words: ['os.system'], ci: false }],
    ['alternatives', '^(eval|exec)$', { words: ['eval', 'exec'], ci: false }],
    ['the strongest run of a sequence', '^(res|ctx)\\s*\\.\\s*redirect$', { words: ['redirect'], ci: false }],
    ['a small product of runs', 'Handling\\.(All|Auto)$', { words: ['Handling.All', 'Handling.Auto'], ci: false }],
    ['an optional group breaks the run', '(abc\\.)?def', { words: ['def'], ci: false }],
    ['a required repetition keeps its text', '(?:abc)+x', { words: ['abc'], ci: false }],
    ['case-insensitive, lower-cased', '^(?i)(Exec|System)$', { words: ['exec', 'system'], ci: true }],
    ['a scoped flag makes the whole set case-insensitive', 'foo(?i:bar)', { words: ['foobar'], ci: true }],
    ['named groups', '(?P<name>abc)d', { words: ['abcd'], ci: false }],
    ['lookarounds match nothing', 'foo(?=bar)(?!baz)', { words: ['foo'], ci: false }],
    ['words containing another word are dropped', '(^|\\.)(loads)$', { words: ['loads'], ci: false }],
    ['escaped metacharacters are text', '\\$\\{user\\}', { words: ['${user}'], ci: false }],
  ])('%s: %s', (_name, source, expected) => {
    expect(words(source)).toEqual(expected);
  });

  it.each([
    ['a class', '^[a-z]+$'],
    ['words under two characters', '^(a|bc)$'],
    ['an alternative without text', 'abc|\\d+'],
    ['an optional whole', '(abcdef)?'],
    ['a counted repetition of a short run', 'x{2,}yz'],
    ['an unbalanced group', '(abc'],
    ['a dangling quantifier', '*abc'],
    ['a class shorthand', '\\w{3}'],
  ])('guarantees nothing for %s: %s', (_name, source) => {
    expect(regexLiterals(source)).toBeNull();
  });
});
