import { describe, expect, it } from 'vitest';
import { checkFix, type FixCheckPorts } from '../../src/indict/check-fix.js';
import type { RawFinding } from '../../src/core/finding.schema.js';
import { rawFinding } from '../core/finding-helpers.js';

/** A scanner that flags every line containing "BAD" (rule r.bad) and "WORSE" (rule r.worse). */
const scan = (file: { path: string; content: string }): RawFinding[] =>
  file.content.split('\n').flatMap((line, index) =>
    (['BAD', 'WORSE'] as const).filter((word) => line.includes(word)).map((word) => rawFinding({ path: file.path, startLine: index + 1, endLine: index + 1, ruleId: `r.${word.toLowerCase()}` })));

const ports: FixCheckPorts = {
  scan,
  parses: (file) => (file.content.includes('(((') ? { ok: false, detail: 'syntax error at line 2' } : { ok: true }),
};

const file = { path: 'a.py', language: 'python', content: 'ok\nBAD\nok\n' };
const finding = rawFinding({ path: 'a.py', startLine: 2, endLine: 2, ruleId: 'r.bad' });

describe('checkFix', () => {
  it.each([
    ['a fix that removes the finding', 'GOOD', true, 'finding gone, nothing new', 'parses'],
    ['a fix that leaves the finding', 'STILL BAD', false, 'still flagged by r.bad at line 2', 'parses'],
    ['a fix that adds another finding', 'WORSE', false, 'new finding r.worse at line 2', 'parses'],
    ['a fix that breaks the syntax', 'GOOD (((', true, 'finding gone, nothing new', 'syntax error at line 2'],
  ])('%s', async (_name, replacement, rescanPassed, rescanDetail, parseDetail) => {
    const fix = await checkFix(file, finding, { startLine: 2, endLine: 2, replacement }, ports);
    expect(fix.checks).toEqual([
      { name: 'rescan', passed: rescanPassed, detail: rescanDetail },
      { name: 'parse', passed: parseDetail === 'parses', detail: parseDetail },
    ]);
    expect(fix.verified).toBe(rescanPassed && parseDetail === 'parses');
  });

  it('accepts a fix when an identical finding elsewhere in the file remains', async () => {
    const fix = await checkFix({ ...file, content: 'BAD\nBAD\n' }, finding, { startLine: 2, endLine: 2, replacement: 'fine' }, ports);
    expect(fix.verified).toBe(true);
  });

  it('adds the compile check when the sandbox is there, and fails on it', async () => {
    const fix = await checkFix(file, finding, { startLine: 2, endLine: 2, replacement: 'GOOD' }, {
      ...ports,
      compile: async () => ({ name: 'compile', passed: false, detail: 'exit 1' }),
    });
    expect(fix.checks.map((c) => c.name)).toEqual(['rescan', 'parse', 'compile']);
    expect(fix.verified).toBe(false);
  });

  it('refuses to verify when the file did not parse before', async () => {
    const fix = await checkFix({ ...file, content: 'x\n(((\nBAD\n' }, { ...finding, startLine: 3, endLine: 3 }, { startLine: 3, endLine: 3, replacement: 'GOOD' }, ports);
    expect(fix.verified).toBe(false);
  });
});

describe('checkFix on a line other rules also flag', () => {
  it('does not count a finding that was already on the edited line as new', async () => {
    const both = { ...file, content: 'ok\nBAD WORSE\nok\n' };
    const fix = await checkFix(both, finding, { startLine: 2, endLine: 2, replacement: 'GOOD WORSE' }, ports);
    expect(fix.checks[0]).toEqual({ name: 'rescan', passed: true, detail: 'finding gone, nothing new' });
  });

  it('follows findings below the edit when it adds lines', async () => {
    const below = { ...file, content: 'ok\nBAD\nok\nWORSE\n' };
    const fix = await checkFix(below, finding, { startLine: 2, endLine: 2, replacement: 'GOOD\nGOOD' }, ports);
    expect(fix.verified).toBe(true);
  });
});
