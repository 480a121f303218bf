import { describe, expect, it } from 'vitest';
import type { Log } from 'sarif';
import { renderSarif } from '../../src/core/render-sarif.js';
import type { Finding } from '../../src/core/finding.schema.js';
import type { Review } from '../../src/core/review.js';

const finding = (overrides: Partial<Finding>): Finding => ({
  id: 'f1',
  path: 'api/orders.py',
  startLine: 6,
  endLine: 6,
  severity: 'high',
  category: 'safety',
  cwe: 'CWE-89',
  ruleId: 'python.sql-injection',
  sources: ['ast-grep'],
  title: 'SQL built from request input',
  message: 'The query is built with string formatting from `order_id`.',
  fix: null,
  ...overrides,
});

const verifiedFix = {
  startLine: 6,
  endLine: 6,
  replacement: '    cursor.execute("SELECT * FROM orders WHERE id = %s", (order_id,))',
  verified: true,
  checks: [{ name: 'rescan' as const, passed: true, detail: 'finding gone' }, { name: 'parse' as const, passed: true, detail: 'ok' }],
};

const review = (findings: Finding[], notices: string[] = []): Review => ({
  findings,
  coverage: { filesReviewed: findings.map((item) => item.path), filesSkipped: [] },
  stats: { llmCalls: 0, promptTokens: 0, completionTokens: 0, durationMs: 12 },
  notices,
});

const sample = review([
  finding({ id: 'a1', fix: verifiedFix }),
  finding({ id: 'b2', path: 'web/my routes.js', startLine: 3, endLine: 4, severity: 'critical', ruleId: 'js.command-injection', cwe: 'CWE-78', title: 'Command built from request input', message: '' }),
  finding({ id: 'c3', startLine: 20, endLine: 20, severity: 'medium', fix: { ...verifiedFix, startLine: 20, endLine: 20, verified: false } }),
  finding({ id: 'd4', path: 'web/util.js', severity: 'low', category: 'helpfulness', cwe: null, ruleId: 'critic.off-by-one', sources: ['critic'], title: 'Loop skips the last item' }),
], ['no model configured: tools-only review']);

const render = (input: Review = sample): Log => renderSarif(input, { toolVersion: '0.1.0', root: '/work/shop' });
const run = (log: Log) => log.runs[0]!;

describe('renderSarif', () => {
  it('is a SARIF 2.1.0 log with one run by indict', () => {
    const log = render();
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/^https:\/\/.*sarif-schema-2\.1\.0\.json$/);
    expect(log.runs).toHaveLength(1);
    expect(run(log).tool.driver).toMatchObject({ name: 'indict', version: '0.1.0', semanticVersion: '0.1.0' });
    expect(run(log).tool.driver.informationUri).toMatch(/^https:\/\//);
    expect(run(log).originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/shop/' } });
  });

  it('has one rule per ruleId with CWE tags (CodeQL convention), security-severity and a default level', () => {
    const { rules = [] } = run(render()).tool.driver;
    expect(rules.map((rule) => rule.id)).toEqual(['python.sql-injection', 'js.command-injection', 'critic.off-by-one']);
    expect(rules.map((rule) => rule.properties)).toEqual([
      { tags: ['security', 'external/cwe/cwe-89'], 'security-severity': '8.0' },
      { tags: ['security', 'external/cwe/cwe-78'], 'security-severity': '9.5' },
      { tags: ['correctness'] },
    ]);
    expect(rules.map((rule) => rule.defaultConfiguration?.level)).toEqual(['error', 'error', 'note']);
    for (const rule of rules) {
      expect(rule.shortDescription?.text).toBeTruthy();
      expect(rule.help?.text).toBeTruthy();
    }
  });

  it('has one result per finding, pointing at its rule, with a relative %SRCROOT% location and the fingerprint', () => {
    const log = render();
    const { results = [], tool } = run(log);
    expect(results).toHaveLength(4);
    for (const result of results) {
      expect(tool.driver.rules?.[result.ruleIndex!]?.id).toBe(result.ruleId);
      expect(result.message.text).toBeTruthy();
      expect(result.locations?.[0]?.physicalLocation?.artifactLocation?.uriBaseId).toBe('%SRCROOT%');
    }
    expect(results.map((result) => [result.level, result.partialFingerprints?.['indict/v1']])).toEqual([
      ['error', 'a1'], ['error', 'b2'], ['warning', 'c3'], ['note', 'd4'],
    ]);
    expect(results[1]?.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'web/my%20routes.js', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, endLine: 4 },
    });
    expect(results[1]?.message.text).toBe('Command built from request input');
  });

  it('carries only verified fixes, as whole-line replacements', () => {
    const results = run(render()).results ?? [];
    expect(results.map((result) => result.fixes?.length ?? 0)).toEqual([1, 0, 0, 0]);
    expect(results[0]?.fixes).toMatchInlineSnapshot(`
      [
        {
          "artifactChanges": [
            {
              "artifactLocation": {
                "uri": "api/orders.py",
                "uriBaseId": "%SRCROOT%",
              },
              "replacements": [
                {
                  "deletedRegion": {
                    "endColumn": 1,
                    "endLine": 7,
                    "startColumn": 1,
                    "startLine": 6,
                  },
                  "insertedContent": {
                    "text": "    cursor.execute("SELECT * FROM orders WHERE id = %s", (order_id,))
      ",
                  },
                },
              ],
            },
          ],
          "description": {
            "text": "Verified by indict (rescan, parse)",
          },
        },
      ]
    `);
  });

  it('reports notices as tool execution notifications', () => {
    expect(run(render()).invocations).toEqual([{
      executionSuccessful: true,
      toolExecutionNotifications: [{ level: 'warning', message: { text: 'no model configured: tools-only review' } }],
    }]);
  });

  it('renders an empty review as a valid empty run, without a root when none is given', () => {
    expect(renderSarif(review([]), { toolVersion: '0.1.0' })).toMatchInlineSnapshot(`
      {
        "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
        "runs": [
          {
            "invocations": [
              {
                "executionSuccessful": true,
                "toolExecutionNotifications": [],
              },
            ],
            "results": [],
            "tool": {
              "driver": {
                "informationUri": "https://github.com/indict/indict",
                "name": "indict",
                "rules": [],
                "semanticVersion": "0.1.0",
                "version": "0.1.0",
              },
            },
          },
        ],
        "version": "2.1.0",
      }
    `);
  });

  it('renders a single finding exactly (snapshot)', () => {
    expect(run(render(review([finding({ id: 'only' })]))).results).toMatchInlineSnapshot(`
      [
        {
          "level": "error",
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "api/orders.py",
                  "uriBaseId": "%SRCROOT%",
                },
                "region": {
                  "endLine": 6,
                  "startLine": 6,
                },
              },
            },
          ],
          "message": {
            "text": "The query is built with string formatting from \`order_id\`.",
          },
          "partialFingerprints": {
            "indict/v1": "only",
          },
          "properties": {
            "category": "safety",
            "cwe": "CWE-89",
            "severity": "high",
            "sources": [
              "ast-grep",
            ],
          },
          "ruleId": "python.sql-injection",
          "ruleIndex": 0,
        },
      ]
    `);
  });

  it('is JSON-serializable and deterministic', () => {
    expect(JSON.parse(JSON.stringify(render()))).toEqual(render());
  });
});
