import { afterAll, describe, expect, it } from 'vitest';
import { createAstGrepAnalyzer } from '../../../../src/adapters/analyzers/ast-grep/ast-grep-analyzer.js';
import { loadRulePack } from '../../../../src/adapters/analyzers/ast-grep/load-rule-pack.js';
import { ScanPoolError, startScanWorker } from '../../../../src/adapters/analyzers/ast-grep/scan-pool.js';
import type { SourceFile } from '../../../../src/core/change-set.js';

const entry = new URL('../../../support/scan-worker-entry.mjs', import.meta.url);
const crashing = new URL('../../../support/crashing-scan-worker.mjs', import.meta.url);
const rules = loadRulePack();

/** A vulnerable and a safe snippet of every 6th rule as files (each scan compiles rules: keep it short), plus files no rule reads. */
const files: SourceFile[] = [
  ...rules.filter((_, r) => r % 6 === 0).flatMap((rule) => [rule.tests.vulnerable[0]!, rule.tests.safe[0]!].map((content, i) => ({ path: `${rule.id}/${i}`, content, language: rule.languages[0]! }))),
  { path: 'README.md', content: '# hi\n', language: null },
  { path: 'empty.py', content: '', language: 'python' },
];

describe('ast-grep scan workers', () => {
  const inThread = createAstGrepAnalyzer(rules);
  const pooled = createAstGrepAnalyzer(rules, { workers: 2, workerEntry: entry, minParallelBytes: 0 });
  afterAll(() => pooled.close());

  it('give exactly the in-thread scan, in the same order', async () => {
    const expected = await inThread.analyze(files);
    expect(expected.findings.length).toBeGreaterThan(20);
    expect(await pooled.analyze(files)).toEqual(expected);
  }, 60_000);

  it('fall back to this thread when the worker script cannot start', async () => {
    const missing = createAstGrepAnalyzer(rules, { workers: 1, workerEntry: new URL('file:///no/such/scan-worker.mjs'), minParallelBytes: 0 });
    const sample = files.slice(0, 40);
    expect(await missing.analyze(sample)).toEqual(await inThread.analyze(sample));
    await missing.close();
  });

  it('turn a worker that dies mid-scan into a ScanPoolError, not a hang', async () => {
    const worker = startScanWorker(rules, { entry: crashing });
    expect(await worker.ready).toBe(true);
    await expect(worker.scan(files[0]!)).rejects.toBeInstanceOf(ScanPoolError);
    await expect(worker.scan(files[1]!)).rejects.toThrow(/exited \(code 3\)/);
  });

  it('are not started for a scan below minParallelBytes (starting one costs more than it saves)', async () => {
    const analyzer = createAstGrepAnalyzer(rules, { workers: 1, workerEntry: crashing, minParallelBytes: 10_000_000 });
    const sample = files.slice(0, 40);
    expect(await analyzer.analyze(sample)).toEqual(await inThread.analyze(sample));
    await analyzer.close();
  });

  it('reject the whole analyze with the ScanPoolError when a worker dies', async () => {
    const analyzer = createAstGrepAnalyzer(rules, { workers: 1, workerEntry: crashing, minParallelBytes: 0 });
    await expect(analyzer.analyze(files)).rejects.toBeInstanceOf(ScanPoolError);
    await analyzer.close();
  });
});
