import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../src/frontends/shared/commands/apply-fixes.js';
import { parseCommands } from '../../../src/frontends/shared/commands/parse-commands.js';
import type { Finding } from '../../../src/core/finding.schema.js';

describe('parseCommands', () => {
  it('finds commands at the start of a line, with their argument', () => {
    expect(parseCommands('hi\n/indict fix   use parameterized queries  \r\n/indict ignore abc123\n/indict help')).toEqual([
      { name: 'fix', argument: 'use parameterized queries' }, { name: 'ignore', argument: 'abc123' }, { name: 'help', argument: '' },
    ]);
  });

  it('ignores quotes, code blocks, mid-line mentions and unknown verbs', () => {
    const body = ['> /indict fix', 'please run /indict review', '```', '/indict fix', '```', '~~~~', '/indict review', '~~~~', '/indict approve', '/indictreview', ' /indict help'].join('\n');
    expect(parseCommands(body)).toEqual([]);
  });

  it('an unclosed fence hides everything after it', () => {
    expect(parseCommands('```js\n/indict review')).toEqual([]);
  });
});

describe('applyFixes', () => {
  const f = (startLine: number, endLine: number, replacement: string, verified = true) =>
    ({ path: 'a', fix: { startLine, endLine, replacement, verified, checks: [] } }) as unknown as Finding;

  it('applies verified fixes bottom-up and skips unverified or overlapping ones', () => {
    expect(applyFixes('1\n2\n3\n4\n', [f(1, 1, 'one'), f(3, 4, 'x\ny\nz'), f(2, 2, 'no', false), f(4, 4, 'overlap')])).toBe('one\n2\n3\noverlap\n');
  });
});
