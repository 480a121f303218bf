import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSemgrepAnalyzer } from '../../../../src/adapters/analyzers/semgrep/semgrep-analyzer.js';
import { runSemgrepCommand, type RunCommand } from '../../../../src/adapters/analyzers/semgrep/run-semgrep-command.js';
import type { SourceFile } from '../../../../src/core/change-set.js';

const root = join(import.meta.dirname, '../../../..');
const fixtures = join(root, 'fixtures/semgrep');
const fakes = join(root, 'test/fakes');

const source = (path: string): SourceFile => ({
  path,
  content: readFileSync(join(fixtures, 'targets', path), 'utf8'),
  language: path.endsWith('.js') ? 'javascript' : 'python',
});
const files = [source('src/db.py'), source('web/app.js'), source('tools/deploy.py')];

let log: string;
const scratch: string[] = [];
const scratchDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
};

function fake(settings: { output?: string; stdout?: string; stderr?: string; exit?: number; hang?: boolean }) {
  if (settings.output) vi.stubEnv('FAKE_SEMGREP_OUTPUT', join(fixtures, settings.output));
  if (settings.stdout !== undefined) vi.stubEnv('FAKE_SEMGREP_STDOUT', settings.stdout);
  if (settings.stderr) vi.stubEnv('FAKE_SEMGREP_STDERR', settings.stderr);
  if (settings.exit !== undefined) vi.stubEnv('FAKE_SEMGREP_EXIT', String(settings.exit));
  if (settings.hang) vi.stubEnv('FAKE_SEMGREP_HANG', '1');
}

const readLog = () => JSON.parse(readFileSync(log, 'utf8')) as { argv: string[]; cwd: string; targets: Record<string, string | null> };
const analyzer = (mode: 'auto' | 'on' = 'on', timeoutMs = 20_000) =>
  createSemgrepAnalyzer({ mode, config: ['rules/'], timeoutMs });

beforeEach(() => {
  log = join(scratchDir('indict-semgrep-test-'), 'log.json');
  vi.stubEnv('PATH', `${fakes}${delimiter}${process.env.PATH ?? ''}`);
  vi.stubEnv('FAKE_SEMGREP_LOG', log);
});
afterEach(() => {
  vi.unstubAllEnvs();
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('createSemgrepAnalyzer with a stand-in semgrep', () => {
  it('maps recorded findings and runs semgrep on a temp copy of the files, without a shell', async () => {
    fake({ output: 'findings-cwe-list.json' });
    const result = await analyzer().analyze(files);
    expect(result.available).toBe(true);
    expect(result.warnings).toEqual([]);
    expect(result.findings.map((finding) => [finding.path, finding.startLine, finding.cwe, finding.severity])).toEqual([
      ['src/db.py', 6, 'CWE-89', 'high'],
      ['web/app.js', 4, 'CWE-78', 'high'],
    ]);
    const { argv, cwd, targets } = readLog();
    expect(argv).toEqual([
      'scan', '--json', '--quiet', '--disable-version-check', '--metrics=off', '--config', 'rules/',
      '--', 'src/db.py', 'web/app.js', 'tools/deploy.py',
    ]);
    expect(targets['web/app.js']).toBe(files[1]!.content);
    expect(existsSync(cwd)).toBe(false);
  });

  it('proposes the rule fix as a whole-line edit', async () => {
    fake({ output: 'fix.json' });
    const [finding] = (await analyzer().analyze(files)).findings;
    expect(finding?.proposedFix?.replacement).toBe('    subprocess.run("git checkout " + branch, shell=False, check=True)');
  });

  it('reports nothing for an empty scan', async () => {
    fake({ output: 'empty.json' });
    expect(await analyzer().analyze(files)).toEqual({ findings: [], warnings: [], available: true });
  });

  it('keeps the findings of an exit 2 run and turns its errors into one-line warnings', async () => {
    fake({ output: 'errors.json', exit: 2 });
    const result = await analyzer().analyze([...files, source('src/broken.py')]);
    expect(result.findings).toHaveLength(1);
    expect(result.warnings).toEqual([
      'semgrep: exit 2 (fatal error)',
      'semgrep: Syntax error in src/broken.py: Syntax error at line src/broken.py:1:',
      'semgrep: PartialParsing in web/app.js: Syntax error at line web/app.js:4:',
      'semgrep: Timeout in src/db.py: Timeout when running python.lang.security.audit.formatted-sql-query.formatted-sql-query on src/db.py:',
    ]);
    expect(result.warnings.every((warning) => !warning.includes('\n'))).toBe(true);
  });

  it('explains a config error (exit 7)', async () => {
    fake({ output: 'config-error.json', exit: 7 });
    const result = await analyzer().analyze(files);
    expect(result.findings).toEqual([]);
    expect(result.warnings).toEqual([
      'semgrep: exit 7 (missing or invalid config)',
      'semgrep: SemgrepError: WARNING: unable to find a config; path `rules/missing.yml` does not exist',
    ]);
  });

  it('stops a semgrep that hangs past the timeout, with a warning', async () => {
    fake({ hang: true });
    let cwd = '';
    const run: RunCommand = (bin, args, options) => {
      cwd = options.cwd;
      return runSemgrepCommand(bin, args, options);
    };
    const started = Date.now();
    const result = await createSemgrepAnalyzer({ mode: 'on', config: ['rules/'], timeoutMs: 1_500, run }).analyze(files);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result.findings).toEqual([]);
    expect(result.warnings).toEqual(['semgrep: timed out after 1500 ms and was stopped']);
    expect(cwd).not.toBe('');
    expect(existsSync(cwd)).toBe(false);
  });

  it('warns, without crashing, on output that is not JSON', async () => {
    fake({ stdout: 'Traceback (most recent call last):\n  oops\n' });
    expect(await analyzer().analyze(files)).toEqual({
      findings: [], warnings: ['semgrep: output is not JSON'], available: true,
    });
  });

  it('names the exit code and the last stderr line when a failing run prints no JSON', async () => {
    fake({ stdout: '', stderr: 'Loading rules...\n[ERROR] Cannot parse rules/a.yml\n', exit: 4 });
    expect((await analyzer().analyze(files)).warnings).toEqual([
      'semgrep: exit 4 (invalid rule pattern): [ERROR] Cannot parse rules/a.yml',
    ]);
  });

  it('warns on JSON that is not Semgrep output', async () => {
    fake({ stdout: '{"results": "nope"}' });
    const [warning] = (await analyzer().analyze(files)).warnings;
    expect(warning).toMatch(/^semgrep: unexpected output: .*results/);
    expect(warning).not.toContain('\n');
  });
});

describe('createSemgrepAnalyzer without semgrep', () => {
  const emptyPath = () => vi.stubEnv('PATH', scratchDir('indict-empty-path-'));

  it('auto: skips silently when semgrep is not on PATH', async () => {
    emptyPath();
    expect(await analyzer('auto').analyze(files)).toEqual({ findings: [], warnings: [], available: false });
  });

  it('on: reports the missing binary as one warning', async () => {
    const result = await createSemgrepAnalyzer({ mode: 'on', bin: 'indict-no-such-semgrep', timeoutMs: 5_000 }).analyze(files);
    expect(result.available).toBe(false);
    expect(result.warnings).toEqual([
      'semgrep: "indict-no-such-semgrep" not found on PATH; install Semgrep or set the semgrep analyzer to auto or off',
    ]);
  });

  it('off: never runs', async () => {
    const run = vi.fn();
    const result = await createSemgrepAnalyzer({ mode: 'off', timeoutMs: 1_000, run }).analyze(files);
    expect(result).toEqual({ findings: [], warnings: [], available: false });
    expect(run).not.toHaveBeenCalled();
  });
});

describe('createSemgrepAnalyzer inputs', () => {
  const ok = () => vi.fn<RunCommand>(async () => ({ exitCode: 0, stdout: readFileSync(join(fixtures, 'empty.json'), 'utf8'), stderr: '', timedOut: false, missing: false, canceled: false }));

  it('does not run for no files', async () => {
    const run = ok();
    await createSemgrepAnalyzer({ mode: 'on', timeoutMs: 1_000, run }).analyze([]);
    expect(run).not.toHaveBeenCalled();
  });

  it('refuses config "auto", which Semgrep rejects with metrics off', async () => {
    const run = ok();
    const result = await createSemgrepAnalyzer({ mode: 'on', config: ['auto'], timeoutMs: 1_000, run }).analyze(files);
    expect(run).not.toHaveBeenCalled();
    expect(result.available).toBe(false);
    expect(result.warnings).toEqual(['semgrep: config "auto" needs Semgrep metrics, which indict keeps off; name rule configs instead']);
  });

  it('uses p/default when no config is given', async () => {
    const run = ok();
    await createSemgrepAnalyzer({ mode: 'on', timeoutMs: 1_000, run }).analyze(files);
    expect(run.mock.calls[0]?.[1]).toContain('p/default');
  });

  it('skips paths that leave the root and never writes them', async () => {
    const run = ok();
    const evil = { path: '../../etc/evil.py', content: 'x = 1\n', language: 'python' };
    const result = await createSemgrepAnalyzer({ mode: 'on', timeoutMs: 1_000, run }).analyze([evil, files[0]!]);
    expect(result.warnings).toEqual(['semgrep: skipped ../../etc/evil.py: path leaves the review root']);
    const args = run.mock.calls[0]?.[1] ?? [];
    expect(args.slice(args.indexOf('--') + 1)).toEqual(['src/db.py']);
  });

  it('ignores nosemgrep results and results for files it was not given', async () => {
    const output = JSON.parse(readFileSync(join(fixtures, 'findings-cwe-list.json'), 'utf8'));
    output.results[0].extra.is_ignored = true;
    output.results[1].path = 'elsewhere/app.js';
    const run = vi.fn<RunCommand>(async () => ({ exitCode: 0, stdout: JSON.stringify(output), stderr: '', timedOut: false, missing: false, canceled: false }));
    const result = await createSemgrepAnalyzer({ mode: 'on', timeoutMs: 1_000, run }).analyze(files);
    expect(result.findings).toEqual([]);
    expect(result.warnings).toEqual(['semgrep: ignored a result for elsewhere/app.js, which was not given to it']);
  });

  it('maps absolute result paths inside its temp dir back to review paths', async () => {
    const output = JSON.parse(readFileSync(join(fixtures, 'fix.json'), 'utf8'));
    const run = vi.fn<RunCommand>(async (_bin, _args, { cwd }) => {
      output.results[0].path = join(cwd, 'tools/deploy.py');
      return { exitCode: 0, stdout: JSON.stringify(output), stderr: '', timedOut: false, missing: false, canceled: false };
    });
    const result = await createSemgrepAnalyzer({ mode: 'on', timeoutMs: 1_000, run }).analyze(files);
    expect(result.findings.map((finding) => finding.path)).toEqual(['tools/deploy.py']);
  });
});
