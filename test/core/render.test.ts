import { describe, expect, it } from 'vitest';
import { JsonReportSchema, renderJson } from '../../src/core/render-json.js';
import { code, escapeMarkdown, renderMarkdown } from '../../src/core/render-markdown.js';
import type { Review } from '../../src/core/review.js';

const review: Review = {
  findings: [
    {
      id: '0123456789abcdef', path: 'api/app.py', startLine: 3, endLine: 3, severity: 'high', category: 'safety', cwe: 'CWE-502',
      ruleId: 'python.yaml-load', sources: ['ast-grep'], title: 'yaml.load without a safe loader', message: 'Use yaml.safe_load.',
      fix: { startLine: 3, endLine: 3, replacement: 'data = yaml.safe_load(body)', verified: true, checks: [{ name: 'rescan', passed: true, detail: 'finding gone, nothing new' }, { name: 'parse', passed: true, detail: 'parses' }] },
    },
    {
      id: 'fedcba9876543210', path: 'web/a|b.js', startLine: 7, endLine: 9, severity: 'medium', category: 'safety', cwe: null,
      ruleId: 'js.x', sources: ['semgrep', 'sarif:eslint'], title: 'Title with <script> and @someone', message: 'm', fix: null,
    },
  ],
  coverage: { filesReviewed: ['api/app.py', 'web/a|b.js'], filesSkipped: [{ path: 'logo.png', reason: 'binary' }] },
  stats: { llmCalls: 0, promptTokens: 0, completionTokens: 0, durationMs: 1234 },
  notices: ['no model configured: tools-only review'],
};

describe('renderJson', () => {
  it('follows the contract shape', () => {
    const parsed = JsonReportSchema.parse(JSON.parse(renderJson(review)));
    expect(Object.keys(parsed)).toEqual(['version', 'findings', 'coverage', 'stats']);
    expect(parsed.findings[0]?.fix?.verified).toBe(true);
  });

  it('refuses to emit a malformed report', () => {
    expect(() => renderJson({ ...review, findings: [{ ...review.findings[0]!, startLine: 0 }] })).toThrow();
  });
});

describe('renderMarkdown', () => {
  const text = renderMarkdown(review, { contentOf: () => 'import yaml\n\ndata = yaml.load(body)\n' });

  it('summarizes counts, coverage and cost', () => {
    expect(text).toContain('**2 findings** (1 high, 1 medium) in 2 files reviewed, 1 skipped.');
    expect(text).toContain('> no model configured: tools-only review');
    expect(text).toContain('`logo.png`: binary');
    expect(text).toContain('0 model calls · 0 tokens · 1.23 s');
  });

  it('shows a verified fix as a diff with its checks', () => {
    expect(text).toContain('Suggested fix, checked: rescan ✓, parse ✓');
    expect(text).toContain('-data = yaml.load(body)\n+data = yaml.safe_load(body)');
  });

  it('neutralizes markup and mentions from tool text', () => {
    expect(text).toContain('Title with &lt;script&gt; and @\u200bsomeone');
    expect(text).not.toContain('<script>');
  });

  it.each([
    ['plain', 'a.py', '`a.py`'],
    ['with a backtick', 'a`b.py', '``a`b.py``'],
    ['starting with a backtick', '`a', '`` `a ``'],
  ])('code span %s', (_name, input, expected) => {
    expect(code(input)).toBe(expected);
  });

  it('escapes table breakers', () => {
    expect(escapeMarkdown('a|b\nc [x](y)')).toBe('a\\|b c \\[x\\](y)');
  });
});
