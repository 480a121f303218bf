import { describe, expect, it } from 'vitest';
import { mapSarifResult } from '../../../../src/adapters/analyzers/sarif/map-sarif-result.js';
import { readSarifSeverity } from '../../../../src/adapters/analyzers/sarif/read-sarif-severity.js';
import { readSarifCwe } from '../../../../src/adapters/analyzers/sarif/read-sarif-cwe.js';
import { resolveArtifactPath } from '../../../../src/adapters/analyzers/sarif/resolve-artifact-path.js';
import { SarifRunSchema, type SarifResult, type SarifRun } from '../../../../src/adapters/analyzers/sarif/sarif-log.schema.js';

const run = (extra: Partial<SarifRun> = {}): SarifRun => SarifRunSchema.parse({ tool: { driver: { name: 'tool', rules: [] } }, ...extra });
const result = (extra: Partial<SarifResult> = {}): SarifResult => ({
  ruleId: 'r1',
  message: { text: 'Something is wrong. Details follow.' },
  locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a.c' }, region: { startLine: 3 } } }],
  ...extra,
});

describe('resolveArtifactPath', () => {
  const root = '/work/repo';
  it.each([
    [{ uri: 'src/a.c' }, { path: 'src/a.c' }],
    [{ uri: './src/../src/a.c' }, { path: 'src/a.c' }],
    [{ uri: 'src/my%20file.c' }, { path: 'src/my file.c' }],
    [{ uri: 'file:///work/repo/src/a.c' }, { path: 'src/a.c' }],
    [{ uri: '/work/repo/src/a.c' }, { path: 'src/a.c' }],
    [{ uri: 'file:///etc/passwd' }, { outside: 'file:///etc/passwd' }],
    [{ uri: '../other/a.c' }, { outside: '../other/a.c' }],
    [{ uri: 'https://example.com/a.c' }, null],
    [{}, null],
  ])('%j -> %j', (location, expected) => {
    expect(resolveArtifactPath(location, run(), root)).toEqual(expected);
  });

  it('follows uriBaseId through originalUriBaseIds, chained', () => {
    const chained = run({
      originalUriBaseIds: {
        REPO: { uri: 'file:///work/repo/' },
        SRC: { uri: 'src/', uriBaseId: 'REPO' },
      },
    });
    expect(resolveArtifactPath({ uri: 'a.c', uriBaseId: 'SRC' }, chained, root)).toEqual({ path: 'src/a.c' });
    expect(resolveArtifactPath({ uri: 'a.c', uriBaseId: 'UNKNOWN' }, chained, root)).toEqual({ path: 'a.c' });
  });

  it('takes the uri from run.artifacts when the location only has an index', () => {
    const indexed = run({ artifacts: [{ location: { uri: 'lib/b.c' } }] });
    expect(resolveArtifactPath({ index: 0 }, indexed, root)).toEqual({ path: 'lib/b.c' });
  });
});

describe('readSarifSeverity', () => {
  it.each([
    ['9.0', 'critical'], ['10', 'critical'], ['8.8', 'high'], ['7.0', 'high'], ['6.9', 'medium'],
    ['4.0', 'medium'], ['3.9', 'low'], ['0.1', 'low'], ['0.0', 'info'],
  ])('security-severity %s is %s', (score, severity) => {
    expect(readSarifSeverity(result({ properties: { 'security-severity': score } }), undefined)).toBe(severity);
  });

  it.each([['error', 'high'], ['warning', 'medium'], ['note', 'low'], ['none', 'info']])('level %s is %s', (level, severity) => {
    expect(readSarifSeverity(result({ level }), undefined)).toBe(severity);
  });

  it('defaults to the rule level, then to warning; a non-failing kind defaults to none', () => {
    expect(readSarifSeverity(result(), { id: 'r1', defaultConfiguration: { level: 'error' } })).toBe('high');
    expect(readSarifSeverity(result(), undefined)).toBe('medium');
    expect(readSarifSeverity(result({ kind: 'review' }), undefined)).toBe('info');
  });

  it('prefers the security-severity of the rule over the level', () => {
    expect(readSarifSeverity(result({ level: 'note' }), { id: 'r1', properties: { 'security-severity': '9.8' } })).toBe('critical');
  });
});

describe('readSarifCwe', () => {
  it.each([
    [['external/cwe/cwe-089'], 'CWE-89'],
    [['CWE-79'], 'CWE-79'],
    [['security', 'CWE-22: Improper Limitation of a Pathname'], 'CWE-22'],
    [['cwe2022-top25', 'security'], null],
  ])('tags %j -> %s', (tags, cwe) => {
    expect(readSarifCwe(result(), { id: 'r1', properties: { tags } })).toBe(cwe);
  });

  it('reads relationships and taxa, including bare numeric ids of the CWE taxonomy', () => {
    const rule = { id: 'r1', relationships: [{ target: { id: '787', toolComponent: { name: 'CWE' } } }] };
    expect(readSarifCwe(result(), rule)).toBe('CWE-787');
    expect(readSarifCwe(result({ taxa: [{ id: 'CWE-476', toolComponent: { name: 'CWE' } }] }), undefined)).toBe('CWE-476');
    expect(readSarifCwe(result(), { id: 'r1' })).toBeNull();
  });
});

describe('mapSarifResult', () => {
  it('maps a minimal result', () => {
    expect(mapSarifResult(result(), run(), '/repo', 'sarif:tool')).toEqual({
      finding: {
        path: 'src/a.c', startLine: 3, endLine: 3, severity: 'medium', category: 'helpfulness', cwe: null,
        ruleId: 'r1', sources: ['sarif:tool'], title: 'Something is wrong.', message: 'Something is wrong. Details follow.',
      },
    });
  });

  it('fills a message from the rule messageStrings', () => {
    const withStrings = run({ tool: { driver: { name: 'tool', rules: [{ id: 'r1', messageStrings: { default: { text: 'Call to {0} with {1}.' } } }] } } });
    const mapped = mapSarifResult(result({ ruleIndex: 0, message: { id: 'default', arguments: ['strcpy', 'argv[1]'] } }), withStrings, '/repo', 'sarif:tool');
    expect(mapped).toMatchObject({ finding: { message: 'Call to strcpy with argv[1].' } });
  });

  it.each([
    ['a passing result', { kind: 'pass' }],
    ['a suppressed result', { suppressions: [{ status: 'accepted' }] }],
    ['a result gone since the baseline', { baselineState: 'absent' }],
  ])('leaves out %s', (_name, extra) => {
    expect(mapSarifResult(result(extra), run(), '/repo', 'sarif:tool')).toEqual({ dropped: 'not-a-finding' });
  });

  it('keeps a result whose suppression was rejected, and reports one without location', () => {
    expect(mapSarifResult(result({ suppressions: [{ status: 'rejected' }] }), run(), '/repo', 'sarif:tool')).toHaveProperty('finding');
    expect(mapSarifResult(result({ locations: [] }), run(), '/repo', 'sarif:tool')).toEqual({ dropped: 'no-location' });
  });
});
