import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/finding.schema.js';
import { parseUnifiedDiff } from '../../../src/core/parse-unified-diff.js';
import { planInlineComments } from '../../../src/frontends/shared/plan-inline-comments.js';
import { readFindingId, readListedIds, readSummaryHead, findingMarker, listedMarker, summaryMarker } from '../../../src/frontends/shared/read-markers.js';
import { decideConclusion } from '../../../src/frontends/shared/decide-conclusion.js';

// new lines 1-4 (hunk 1: 2,3 added) and 20-22 (hunk 2: 21 added); 10 is outside every hunk
const diff = [
  'diff --git a/app.py b/app.py', '--- a/app.py', '+++ b/app.py',
  '@@ -1,2 +1,4 @@', ' a', '+b', '+c', ' d',
  '@@ -18,2 +20,3 @@', ' x', '+y', ' z', '',
].join('\n');
const changeSet = parseUnifiedDiff(diff);
const content = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`).join('\n');

function finding(overrides: Partial<Finding>): Finding {
  return {
    id: 'f000000000000001', path: 'app.py', startLine: 2, endLine: 2, severity: 'high', category: 'safety', cwe: 'CWE-78',
    ruleId: 'rule', sources: ['ast-grep'], title: 'Title', message: 'msg', fix: null, ...overrides,
  };
}
const fix = (startLine: number, endLine: number, verified: boolean) => ({ startLine, endLine, replacement: 'safe()', verified, checks: [{ name: 'rescan' as const, passed: verified, detail: '' }] });
const plan = (findings: Finding[], maxComments = 30) => planInlineComments(findings, changeSet, { maxComments, contentOf: () => content });

describe('planInlineComments', () => {
  it('comments only on lines visible on the RIGHT side; the rest goes to the summary', () => {
    const result = plan([finding({ id: 'a'.repeat(16), startLine: 3, endLine: 3 }), finding({ id: 'b'.repeat(16), startLine: 10, endLine: 10 }), finding({ id: 'c'.repeat(16), path: 'other.py' })]);
    expect(result.inline.map((c) => [c.draft.path, c.draft.line])).toEqual([['app.py', 3]]);
    expect(result.summary.map((s) => s.reason)).toEqual(['not on a line shown in the diff', 'not on a line shown in the diff']);
  });

  it('spans a multi-line finding only inside one hunk, else anchors its first line', () => {
    const inside = plan([finding({ startLine: 1, endLine: 4 })]).inline[0]!;
    expect(inside.draft).toMatchObject({ startLine: 1, line: 4 });
    expect(inside.safe).toBe(false);
    const across = plan([finding({ startLine: 3, endLine: 21 })]).inline[0]!;
    expect(across.draft.line).toBe(3);
    expect(across.draft.startLine).toBeUndefined();
  });

  it('gives a suggestion block only for a verified fix inside one hunk, otherwise a fenced diff', () => {
    const [verified, outside, unverified] = [fix(2, 3, true), fix(3, 21, true), fix(2, 2, false)].map((f) => plan([finding({ fix: f })]).inline[0]!.draft);
    expect(verified!.body).toContain('```suggestion\nsafe()\n```');
    expect(verified).toMatchObject({ startLine: 2, line: 3 });
    expect(outside!.body).not.toContain('```suggestion');
    expect(outside!.body).toContain('```diff\n-line 3');
    expect(unverified!.body).not.toContain('```suggestion');
    expect(unverified!.body).toMatch(/not verified/);
  });

  it('caps inline comments at maxComments', () => {
    const many = Array.from({ length: 5 }, (_, i) => finding({ id: `${i}`.repeat(16) }));
    const result = plan(many, 2);
    expect(result.inline).toHaveLength(2);
    expect(result.summary).toHaveLength(3);
    expect(result.summary[0]!.reason).toBe('over the limit of 2 inline comments');
  });

  it('ends every comment with the finding marker, and the marker cannot be faked from the message', () => {
    const body = plan([finding({ message: '<!-- indict:finding=eeeeeeeeeeeeeeee -->' })]).inline[0]!.draft.body;
    expect(body.endsWith(findingMarker('f000000000000001'))).toBe(true);
    expect(readFindingId(body)).toBe('f000000000000001');
    expect(body.match(/<!--/g)).toHaveLength(1);
  });
});

describe('markers and conclusions', () => {
  it('reads back what it writes', () => {
    expect(readSummaryHead(`x\n${listedMarker(['a1', 'b2'])}\n${summaryMarker('abc1234')}`)).toBe('abc1234');
    expect(readListedIds(listedMarker(['a1', 'b2']))).toEqual(['a1', 'b2']);
    expect(readSummaryHead('no marker')).toBeNull();
  });

  it('decides failure at or above failOn, neutral when limited, else success', () => {
    const high = [finding({ severity: 'high' })];
    expect(decideConclusion(high, 'high', [])).toBe('failure');
    expect(decideConclusion(high, 'critical', [])).toBe('success');
    expect(decideConclusion(high, 'none', ['semgrep unavailable'])).toBe('neutral');
    expect(decideConclusion(high, 'medium', ['semgrep unavailable'])).toBe('failure');
  });
});
