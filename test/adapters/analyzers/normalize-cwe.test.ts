import { describe, expect, it } from 'vitest';
import { normalizeCwe } from '../../../src/adapters/analyzers/normalize-cwe.js';
import { summarizeMessage } from '../../../src/adapters/analyzers/summarize-message.js';

describe('normalizeCwe', () => {
  it.each([
    ['CWE-89', 'CWE-89'],
    ["CWE-89: Improper Neutralization of Special Elements used in an SQL Command ('SQL Injection')", 'CWE-89'],
    ['external/cwe/cwe-089', 'CWE-89'],
    [['OWASP-A03:2021 - Injection', 'cwe-79'], 'CWE-79'],
    ['cwe2022-top25', null],
    ['A03:2021', null],
    [[], null],
    [undefined, null],
  ] as const)('%j -> %s', (input, expected) => {
    expect(normalizeCwe(input)).toBe(expected);
  });
});

describe('summarizeMessage', () => {
  it('takes the first sentence, on one line', () => {
    expect(summarizeMessage('Detected eval.\nUse JSON.parse instead.', 'x')).toBe('Detected eval.');
    expect(summarizeMessage('Version 1.2 of the API is unsafe. Upgrade.', 'x')).toBe('Version 1.2 of the API is unsafe.');
  });

  it('caps long titles and falls back when empty', () => {
    expect(summarizeMessage('a'.repeat(300), 'x')).toHaveLength(120);
    expect(summarizeMessage('   ', 'rule-id')).toBe('rule-id');
  });
});
