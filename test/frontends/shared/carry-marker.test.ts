import { createHash } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/finding.schema.js';
import { maxCarryChars, readCarry, renderCarryMarker, type Carry } from '../../../src/frontends/shared/carry-marker.js';

const finding = (i: number): Finding => ({
  id: `f${i.toString(16).padStart(15, '0')}`, path: `src/file-${i}.py`, startLine: i + 1, endLine: i + 1, severity: 'high', category: 'safety', cwe: 'CWE-78',
  ruleId: 'python.command-injection', sources: ['ast-grep'], title: 'Shell command built from non-literal input', message: createHash('sha256').update(String(i)).digest('hex'), fix: null,
});
const carry = (n: number): Carry => ({ key: '0.1.0:abc', findings: Array.from({ length: n }, (_, i) => finding(i)), reviewed: ['a.py'], skipped: [{ path: 'b.png', reason: 'binary' }] });
const encoded = (value: unknown) => `<!-- indict:carry=${deflateRawSync(JSON.stringify(value)).toString('base64')} -->`;

describe('carry marker', () => {
  it('round-trips the results inside a comment body', () => {
    const marker = renderCarryMarker(carry(20))!;
    expect(marker).toMatch(/^<!-- indict:carry=[A-Za-z0-9+/=]+ -->$/);
    expect(readCarry(`## summary\n\n${marker}\n<!-- indict:summary head=${'1'.repeat(40)} -->`)).toEqual(carry(20));
  });

  it('gives up (null) when the results would not fit in a comment: the next review is then a full one', () => {
    expect(renderCarryMarker(carry(5_000))).toBeNull();
    expect((renderCarryMarker(carry(100)) ?? '').length).toBeLessThan(maxCarryChars);
  });

  it.each([
    ['no marker', 'just a comment'],
    ['not base64 deflate', '<!-- indict:carry=AAAA -->'],
    ['valid deflate, not JSON', `<!-- indict:carry=${deflateRawSync('nope').toString('base64')} -->`],
    ['JSON of the wrong shape', encoded({ key: 1, findings: 'x' })],
    ['a finding without an id', encoded({ ...carry(1), findings: [{ ...finding(1), id: '' }] })],
  ])('reads %s as nothing', (_what, body) => {
    expect(readCarry(body)).toBeNull();
  });
});
