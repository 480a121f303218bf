import { describe, expect, it } from 'vitest';
import { fingerprintFindings } from '../../src/core/fingerprint.js';
import { rawFinding } from './finding-helpers.js';

const idAt = (content: string, line: number, ruleId = 'r.a') =>
  fingerprintFindings([rawFinding({ startLine: line, endLine: line, ruleId })], () => content)[0]!.id;

describe('fingerprintFindings', () => {
  it('survives unrelated edits above the finding', () => {
    const before = 'import os\nos.system(cmd)\n';
    const after = 'import os\nimport sys\n\n# comment\nos.system(cmd)\n';
    expect(idAt(after, 5)).toBe(idAt(before, 2));
  });

  it('ignores re-indentation', () => {
    expect(idAt('if x:\n    os.system(cmd)\n', 2)).toBe(idAt('if x:\n  os.system(cmd)\n', 2));
  });

  it.each([
    ['a different rule', 'r.b', 'os.system(cmd)'],
    ['different code', 'r.a', 'os.system(other)'],
  ])('changes with %s', (_name, ruleId, line) => {
    expect(idAt(`${line}\n`, 1, ruleId)).not.toBe(idAt('os.system(cmd)\n', 1));
  });

  it('keeps identical lines apart by occurrence and is unique within a report', () => {
    const content = 'os.system(cmd)\nos.system(cmd)\n';
    const ids = fingerprintFindings([rawFinding({ startLine: 2, endLine: 2 }), rawFinding({ startLine: 1, endLine: 1 })], () => content).map((f) => f.id);
    expect(new Set(ids).size).toBe(2);
  });

  it('is stable across runs', () => {
    expect(idAt('x\n', 1)).toBe(idAt('x\n', 1));
    expect(idAt('x\n', 1)).toMatch(/^[0-9a-f]{16}$/);
  });
});
