import type { RawFinding } from '../../src/core/finding.schema.js';

/** A raw finding with sensible defaults, overridden per test row. */
export function rawFinding(overrides: Partial<RawFinding> = {}): RawFinding {
  return {
    path: 'app.py',
    startLine: 1,
    endLine: 1,
    severity: 'high',
    category: 'safety',
    cwe: 'CWE-78',
    ruleId: 'python.os-system-injection',
    sources: ['ast-grep'],
    title: 'Shell command built from non-literal input',
    message: 'message',
    ...overrides,
  };
}
