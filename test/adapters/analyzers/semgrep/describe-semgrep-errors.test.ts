import { describe, expect, it } from 'vitest';
import { describeSemgrepErrors } from '../../../../src/adapters/analyzers/semgrep/describe-semgrep-errors.js';
import { describeSemgrepExit } from '../../../../src/adapters/analyzers/semgrep/describe-semgrep-exit.js';

describe('describeSemgrepErrors', () => {
  it('writes one line per error, naming the rule when there is no path, and caps the list', () => {
    const errors = Array.from({ length: 7 }, (_, index) => ({ level: 'warn', type: 'Syntax error', path: `/tmp/x/f${index}.py`, message: 'bad\nmore' }));
    const ruleError = { level: 'error', type: ['PatternParseError', ['rules', '0']] as [string, string[]], rule_id: 'r.one', short_msg: 'invalid pattern' };
    const lines = describeSemgrepErrors([ruleError, ...errors], (path) => path.replace('/tmp/x/', ''));
    expect(lines).toEqual([
      'semgrep: PatternParseError in rule r.one: invalid pattern',
      'semgrep: Syntax error in f0.py: bad',
      'semgrep: Syntax error in f1.py: bad',
      'semgrep: Syntax error in f2.py: bad',
      'semgrep: Syntax error in f3.py: bad',
      'semgrep: 3 more errors not shown',
    ]);
  });
});

describe('describeSemgrepExit', () => {
  it.each([
    [0, null],
    [1, null],
    [2, 'semgrep: exit 2 (fatal error)'],
    [7, 'semgrep: exit 7 (missing or invalid config)'],
    [123, 'semgrep: exit 123 (unexpected exit)'],
  ])('exit %i -> %s', (code, expected) => {
    expect(describeSemgrepExit(code, '')).toBe(expected);
  });
});
