import { describe, expect, it } from 'vitest';
import { containsWord, necessaryWords } from '../../../../src/adapters/analyzers/ast-grep/necessary-words.js';

const words = (rule: unknown, utils?: Record<string, unknown>) => {
  const set = necessaryWords(rule, utils);
  return set ? [...set].sort() : null;
};

describe('necessaryWords', () => {
  it.each([
    ['a pattern', { pattern: 'os.system($CMD)' }, ['system']],
    ['a pattern of metavariables only', { pattern: '$F($$$ARGS)' }, null],
    ['any of patterns', { any: [{ pattern: 'eval($X)' }, { pattern: 'new Function($$$A)' }] }, ['Function', 'eval']],
    ['any with a branch that gives no word', { any: [{ pattern: 'eval($X)' }, { kind: 'call_expression' }] }, null],
    ['all takes a branch that gives words', { all: [{ kind: 'call_expression' }, { pattern: 'pickle.loads($X)' }] }, ['pickle']],
    ['a kind alone', { kind: 'string' }, null],
    ['a regex alone', { regex: 'md5' }, ['md5']],
    ['a pattern with context', { pattern: { context: '<?php system($X);', selector: 'x' } }, null],
    ['a util by name', { matches: 'sink' }, ['innerHTML'], { sink: { pattern: '$E.innerHTML = $V' } }],
    ['a util that refers to itself', { matches: 'loop' }, null, { loop: { matches: 'loop' } }],
  ])('%s', (_name, rule, expected, utils?: Record<string, unknown>) => {
    expect(words(rule, utils)).toEqual(expected);
  });
});

describe('necessaryWords from regexes and relations', () => {
  it.each([
    ['an exact name', { kind: 'call', has: { field: 'function', regex: '^getInstance$' } }, ['getInstance']],
    ['alternatives', { kind: 'call', has: { field: 'function', regex: '^(eval|exec|compile)$' } }, ['compile', 'eval', 'exec']],
    ['a qualified suffix', { has: { regex: '(^|\\.)MessageDigest$' } }, ['MessageDigest']],
    ['a method suffix', { has: { regex: '\\.format$' } }, ['.format']],
    ['dotted alternatives', { regex: '^(xml\\.sax|minidom)$' }, ['minidom', 'xml.sax']],
    ['an optional group', { regex: '^(algorithms\\.)?(DES|RC4)$' }, ['DES', 'RC4']],
    ['a case-insensitive regex (marked, lower-cased)', { regex: '(?i)^MD5$' }, ['\u0000md5']],
    ['spaces between the parts', { has: { regex: '^(res|response)\\s*\\.\\s*redirect$' } }, ['redirect']],
    ['a class', { regex: '^[a-z]+$' }, null],
    ['words under not', { kind: 'call', not: { has: { regex: '^safe$' } } }, null],
    ['the smallest set of an all', { all: [{ regex: '^(aaa|bbb|ccc)$' }, { pattern: 'hashlib.md5($X)' }] }, ['hashlib']],
    ['a keyword is never the word', { pattern: 'new Ajv($$$A)' }, ['Ajv']],
  ])('%s', (_name, rule, expected) => {
    expect(words(rule)).toEqual(expected);
  });
});

describe('containsWord', () => {
  it('matches plain words exactly and marked words in any case', () => {
    const lower = () => 'import hashlib; hashlib.md5(x)';
    expect(containsWord('import hashlib; hashlib.MD5(x)', lower, 'md5')).toBe(false);
    expect(containsWord('import hashlib; hashlib.MD5(x)', lower, '\u0000md5')).toBe(true);
    expect(containsWord('import hashlib; hashlib.MD5(x)', lower, 'hashlib')).toBe(true);
  });
});
