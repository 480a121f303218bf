import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapSemgrepMatch } from '../../../../src/adapters/analyzers/semgrep/map-semgrep-match.js';
import { mapSemgrepSeverity } from '../../../../src/adapters/analyzers/semgrep/map-semgrep-severity.js';
import { SemgrepOutputSchema } from '../../../../src/adapters/analyzers/semgrep/semgrep-output.schema.js';
import { RawFindingSchema } from '../../../../src/core/finding.schema.js';

const fixtures = join(import.meta.dirname, '../../../../fixtures/semgrep');
const output = (name: string) => SemgrepOutputSchema.parse(JSON.parse(readFileSync(join(fixtures, name), 'utf8')));
const target = (path: string) => readFileSync(join(fixtures, 'targets', path), 'utf8');

describe('mapSemgrepMatch', () => {
  it('maps a registry result with a CWE list', () => {
    const [match] = output('findings-cwe-list.json').results;
    const finding = mapSemgrepMatch(match!, 'src/db.py', target('src/db.py'));
    expect(RawFindingSchema.parse(finding)).toEqual(finding);
    expect(finding).toMatchInlineSnapshot(`
      {
        "category": "safety",
        "cwe": "CWE-89",
        "endColumn": 66,
        "endLine": 6,
        "message": "Detected possible formatted SQL query. Use parameterized queries instead.",
        "path": "src/db.py",
        "ruleId": "python.lang.security.audit.formatted-sql-query.formatted-sql-query",
        "severity": "high",
        "sources": [
          "semgrep",
        ],
        "startColumn": 4,
        "startLine": 6,
        "title": "Detected possible formatted SQL query.",
      }
    `);
  });

  it('turns extra.fix into a whole-line edit, and reads a single-string cwe', () => {
    const [match] = output('fix.json').results;
    const finding = mapSemgrepMatch(match!, 'tools/deploy.py', target('tools/deploy.py'));
    expect(finding.cwe).toBe('CWE-78');
    expect(finding.severity).toBe('high');
    expect(finding.title).toBe("Found 'subprocess' function 'run' with 'shell=True'.");
    expect(finding.proposedFix).toEqual({
      startLine: 5,
      endLine: 5,
      replacement: '    subprocess.run("git checkout " + branch, shell=False, check=True)',
    });
  });

  it('has no fix and no CWE when the rule gives none', () => {
    const [match] = output('fix.json').results;
    const bare = { ...match!, extra: { ...match!.extra, fix: undefined, metadata: {} } };
    const finding = mapSemgrepMatch(bare, 'tools/deploy.py', target('tools/deploy.py'));
    expect(finding.cwe).toBeNull();
    expect(finding).not.toHaveProperty('proposedFix');
  });

  it('drops a fix whose range does not fit the file', () => {
    const [match] = output('fix.json').results;
    const finding = mapSemgrepMatch(match!, 'tools/deploy.py', 'short\n');
    expect(finding).not.toHaveProperty('proposedFix');
  });
});

describe('mapSemgrepSeverity', () => {
  it.each([
    ['CRITICAL', undefined, 'critical'],
    ['HIGH', 'LOW', 'high'],
    ['MEDIUM', undefined, 'medium'],
    ['LOW', undefined, 'low'],
    ['ERROR', undefined, 'high'],
    ['WARNING', undefined, 'medium'],
    ['INFO', undefined, 'low'],
    ['WARNING', 'HIGH', 'high'],
    ['ERROR', 'LOW', 'low'],
    ['EXPERIMENT', undefined, 'info'],
    ['INVENTORY', 'HIGH', 'info'],
    ['SOMEDAY', undefined, 'info'],
  ] as const)('%s (impact %s) is %s', (severity, impact, expected) => {
    expect(mapSemgrepSeverity(severity, impact)).toBe(expected);
  });
});
