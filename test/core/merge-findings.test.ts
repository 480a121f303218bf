import { describe, expect, it } from 'vitest';
import { mergeFindings } from '../../src/core/merge-findings.js';
import { rawFinding } from './finding-helpers.js';

describe('mergeFindings', () => {
  it('merges one location reported by two tools, keeping the higher severity and both sources', () => {
    const merged = mergeFindings([
      rawFinding({ severity: 'medium', sources: ['sarif:flawfinder'], ruleId: 'ff.system' }),
      rawFinding({ severity: 'high', sources: ['ast-grep'] }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ severity: 'high', ruleId: 'python.os-system-injection', sources: ['ast-grep', 'sarif:flawfinder'] });
  });

  it.each([
    ['different files', { path: 'other.py' }],
    ['different lines', { startLine: 5, endLine: 5 }],
    ['different weaknesses on one line', { cwe: 'CWE-328' }],
  ])('keeps findings apart on %s', (_name, overrides) => {
    expect(mergeFindings([rawFinding(), rawFinding(overrides)])).toHaveLength(2);
  });

  it('lets a finding without CWE join one with a CWE and takes the CWE', () => {
    const merged = mergeFindings([rawFinding({ cwe: null, severity: 'critical' }), rawFinding({ cwe: 'CWE-78' })]);
    expect(merged).toEqual([expect.objectContaining({ cwe: 'CWE-78', severity: 'critical' })]);
  });

  it('keeps a proposed fix from either side', () => {
    const fix = { startLine: 1, endLine: 1, replacement: 'x' };
    expect(mergeFindings([rawFinding({ severity: 'critical' }), rawFinding({ proposedFix: fix })])[0]?.proposedFix).toEqual(fix);
  });
});
