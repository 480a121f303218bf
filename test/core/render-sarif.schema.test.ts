import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { renderSarif } from '../../src/core/render-sarif.js';
import type { Finding } from '../../src/core/finding.schema.js';
import type { Review } from '../../src/core/review.js';

// The official SARIF 2.1.0 schema (draft-04), transcribed into fixtures/ (see fixtures/sarif/README.md).
const fixtures = join(import.meta.dirname, '../../fixtures/sarif');
const ajv = new AjvDraft04.default({ allErrors: true, logger: false, strict: false });
const validate = ajv.compile(JSON.parse(readFileSync(join(fixtures, 'sarif-schema-2.1.0.json'), 'utf8')));
const errors = (log: unknown) => (validate(JSON.parse(JSON.stringify(log))) ? [] : ajv.errorsText(validate.errors).split(', '));

const finding = (overrides: Partial<Finding>): Finding => ({
  id: 'f1', path: 'src/app.py', startLine: 4, endLine: 5, severity: 'high', category: 'safety', cwe: 'CWE-78',
  ruleId: 'python.command-injection', sources: ['ast-grep', 'sarif:codeql'], title: 'Shell command from input',
  message: 'User input reaches `os.system`.', fix: null, ...overrides,
});
const review = (findings: Finding[], notices: string[] = []): Review => ({
  findings, coverage: { filesReviewed: [], filesSkipped: [] },
  stats: { llmCalls: 1, promptTokens: 10, completionTokens: 5, durationMs: 3 }, notices,
});
const checks = [{ name: 'rescan' as const, passed: true, detail: '' }];

describe('renderSarif against the official SARIF 2.1.0 schema', () => {
  it('rejects what the schema forbids (the validator is live)', () => {
    expect(errors({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).not.toEqual([]);
    expect(errors({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, ruleIndex: -2 }] }] })).not.toEqual([]);
  });

  it('validates an empty review', () => {
    expect(errors(renderSarif(review([]), { toolVersion: '0.1.0' }))).toEqual([]);
  });

  it('validates a review with every severity, both categories, notices, a root, odd paths and fixes', () => {
    const findings = [
      finding({ id: 'a', fix: { startLine: 4, endLine: 5, replacement: 'subprocess.run(["ls", d])', verified: true, checks } }),
      finding({ id: 'b', severity: 'critical', ruleId: 'c.strcpy', cwe: 'CWE-120', path: 'native/my file#1.c' }),
      finding({ id: 'c', severity: 'medium', fix: { startLine: 4, endLine: 4, replacement: 'x', verified: false, checks: [] } }),
      finding({ id: 'd', severity: 'low', category: 'helpfulness', cwe: null, ruleId: 'critic.edge-case', sources: ['critic'] }),
      finding({ id: 'e', severity: 'info', ruleId: 'js.info', path: 'web/ünïcode.js', message: '' }),
    ];
    const log = renderSarif(review(findings, ['no model configured: tools-only review']), { toolVersion: '0.1.0', root: '/work/shop repo' });
    expect(errors(log)).toEqual([]);
  });

  it.each(['flawfinder.sarif', 'codeql.sarif', 'semgrep.sarif'])('agrees with the import fixture %s', (name) => {
    expect(errors(JSON.parse(readFileSync(join(fixtures, name), 'utf8')))).toEqual([]);
  });
});
