import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSarifAnalyzer, importSarif, toSarifSource } from '../../../../src/adapters/analyzers/sarif/import-sarif.js';
import { SarifImportError } from '../../../../src/adapters/analyzers/sarif/sarif-import-error.js';
import { RawFindingSchema } from '../../../../src/core/finding.schema.js';

const fixtures = join(import.meta.dirname, '../../../../fixtures/sarif');
const fixture = (name: string) => join(fixtures, name);
const summary = (findings: { path: string; startLine: number; endLine: number; severity: string; cwe: string | null; ruleId: string }[]) =>
  findings.map(({ path, startLine, endLine, severity, cwe, ruleId }) => `${path}:${startLine}-${endLine} ${severity} ${cwe} ${ruleId}`);

describe('importSarif: flawfinder (recorded from a real run)', () => {
  it('maps every result, with CWE from rule relationships and severity from the level', async () => {
    const { findings, warnings } = await importSarif([fixture('flawfinder.sarif')], { root: fixtures });
    expect(warnings).toEqual([]);
    for (const finding of findings) expect(RawFindingSchema.parse(finding)).toEqual(finding);
    expect(new Set(findings.map((finding) => finding.sources.join()))).toEqual(new Set(['sarif:flawfinder']));
    expect(summary(findings)).toEqual([
      'src/copy-name.c:7-7 low CWE-119 FF1013',
      'src/copy-name.c:8-8 low CWE-119 FF1013',
      'src/copy-name.c:12-12 high CWE-120 FF1001',
      'src/copy-name.c:13-13 high CWE-134 FF1016',
      'src/copy-name.c:14-14 high CWE-120 FF1015',
      'src/copy-name.c:15-15 high CWE-78 FF1044',
      'src/copy-name.c:16-16 medium CWE-807 FF1053',
    ]);
    expect(findings[2]).toMatchObject({
      category: 'safety',
      title: 'Does not check for buffer overflows when copying to destination [MS-banned] (CWE-120).',
      message: 'buffer/strcpy:Does not check for buffer overflows when copying to destination [MS-banned] (CWE-120).',
      startColumn: 2,
    });
  });
});

describe('importSarif: CodeQL', () => {
  const root = '/home/runner/work/shop/shop';

  it('resolves %SRCROOT%, finds rules in extensions and reads security-severity and CWE tags', async () => {
    const { findings, warnings } = await importSarif([fixture('codeql.sarif')], { root });
    expect(warnings).toEqual([]);
    expect(summary(findings)).toEqual([
      'web/routes.js:14-14 high CWE-89 js/sql-injection',
      'web/render.js:8-9 medium CWE-79 js/reflected-xss',
      'web/routes.js:3-3 low null js/unused-local-variable',
    ]);
    expect(findings.map((finding) => [finding.category, finding.title, finding.sources[0]])).toEqual([
      ['safety', 'Database query built from user-controlled sources', 'sarif:codeql'],
      ['safety', 'Reflected cross-site scripting', 'sarif:codeql'],
      ['helpfulness', 'Unused variable, import, function or class', 'sarif:codeql'],
    ]);
    expect(findings[0]?.message).toBe('This query string depends on a [user-provided value](1).');
  });

  it('drops results outside the review root, with one warning', async () => {
    const { findings, warnings } = await importSarif([fixture('codeql.sarif')], { root: '/home/runner/work/shop/shop/api' });
    expect(findings).toEqual([]);
    expect(warnings).toEqual(['sarif:codeql: codeql.sarif: dropped 3 result(s) outside the review root (first: web/routes.js)']);
  });
});

describe('importSarif: Semgrep --sarif', () => {
  it('uses the message for the title (not the "Semgrep Finding" placeholder) and the rule default level', async () => {
    const { findings, warnings } = await importSarif([fixture('semgrep.sarif')], { root: '/repo' });
    expect(warnings).toEqual([]);
    expect(summary(findings)).toEqual([
      'api/orders.py:6-6 medium CWE-89 python.lang.security.audit.formatted-sql-query.formatted-sql-query',
      'api/orders.py:11-11 high CWE-78 python.lang.security.audit.subprocess-shell-true.subprocess-shell-true',
    ]);
    expect(findings.map((finding) => [finding.sources[0], finding.title])).toEqual([
      ['sarif:semgrep-oss', 'Detected possible formatted SQL query.'],
      ['sarif:semgrep-oss', "Found 'subprocess' function 'run' with 'shell=True'."],
    ]);
  });

  it('merges several files in order', async () => {
    const { findings } = await importSarif([fixture('semgrep.sarif'), fixture('flawfinder.sarif')], { root: fixtures });
    expect(findings).toHaveLength(9);
  });
});

describe('importSarif: bad input', () => {
  const fromText = (text: string) => importSarif(['report.json'], { root: '/repo', readText: async () => text });

  it.each([
    ['{"version": "2.0.0", "runs": []}', 'sarif: report.json: not SARIF 2.1.0 (version "2.0.0")'],
    ['{"runs": []}', 'sarif: report.json: not SARIF 2.1.0 (version null)'],
    ['<xml/>', 'sarif: report.json: not JSON'],
    ['null', 'sarif: report.json: not SARIF 2.1.0 (version null)'],
  ])('%s is a typed one-line error', async (text, message) => {
    const error = await fromText(text).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SarifImportError);
    expect((error as Error).name).toBe('SarifImportError');
    expect((error as Error).message).toBe(message);
  });

  it('explains a structurally broken log in one line', async () => {
    const error = (await fromText('{"version": "2.1.0", "runs": [{"tool": {}}]}').catch((caught: unknown) => caught)) as Error;
    expect(error).toBeInstanceOf(SarifImportError);
    expect(error.message).toMatch(/^sarif: report\.json: not a valid SARIF 2\.1\.0 log: .*runs/);
    expect(error.message).not.toContain('\n');
  });

  it('reports an unreadable file as a SarifImportError', async () => {
    const error = (await importSarif([fixture('missing.sarif')], { root: fixtures }).catch((caught: unknown) => caught)) as Error;
    expect(error).toBeInstanceOf(SarifImportError);
    expect(error.message).toBe(`sarif: ${fixture('missing.sarif')}: cannot read (ENOENT)`);
  });

  it('accepts a log whose runs are null (allowed by the schema)', async () => {
    expect(await fromText('{"version": "2.1.0", "runs": null}')).toEqual({ findings: [], warnings: [] });
  });

  it('accepts a run without results', async () => {
    expect(await fromText('{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": null}]}')).toEqual({ findings: [], warnings: [] });
  });
});

describe('createSarifAnalyzer', () => {
  it('is an Analyzer over the given SARIF files', async () => {
    const analyzer = createSarifAnalyzer({ files: [fixture('flawfinder.sarif')], root: fixtures });
    expect(analyzer.name).toBe('sarif');
    expect((await analyzer.analyze([])).findings).toHaveLength(7);
  });
});

describe('toSarifSource', () => {
  it.each([
    ['Semgrep OSS', 'sarif:semgrep-oss'],
    ['CodeQL', 'sarif:codeql'],
    ['ESLint  (v9)', 'sarif:eslint-v9'],
    ['***', 'sarif:unknown'],
  ])('%s -> %s', (name, source) => expect(toSarifSource(name)).toBe(source));
});
