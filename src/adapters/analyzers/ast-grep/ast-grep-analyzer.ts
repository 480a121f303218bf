import type { NapiConfig } from '@ast-grep/napi';
import type { SourceFile } from '../../../core/change-set.js';
import type { RawFinding } from '../../../core/finding.schema.js';
import type { Analyzer, AnalyzeResult, ParseChecker } from '../../../ports/analyzer.js';
import { compileScanRules } from './compile-scan-rules.js';
import { asParsed, parseSourceFile } from './parse-source-file.js';
import type { ScanRule } from './rule.schema.js';
import { defaultWorkerEntry, startScanWorker, type ScanWorker } from './scan-pool.js';
import { scanInParallel } from './scan-in-parallel.js';
import { createFileScanner } from './scan-source-file.js';

export interface AstGrepAnalyzer extends Analyzer, ParseChecker {
  /** Findings of the pack on one file (no diff filtering). */
  scanFile(file: SourceFile): RawFinding[];
  /** Nodes matching an ad-hoc ast-grep rule or pattern (the critics' `scan` tool). */
  match(file: SourceFile, rule: string | NapiConfig): { startLine: number; endLine: number; text: string }[];
  /** Stops the scan workers, if any (they never hold the process open while idle). */
  close(): Promise<void>;
}

export interface AstGrepOptions {
  /** Worker threads that scan alongside this one in `analyze` (0: scan here only). */
  workers?: number;
  /** Worker script (tests); defaults to scan-worker next to the module, and no workers when it is absent. */
  workerEntry?: URL;
  /** Compile every rule now, so a bad one fails at load (default true; false for a pack verified at build). */
  check?: boolean;
  /** Start the workers only for a scan of at least this many bytes: below it, starting one costs more than it saves. */
  minParallelBytes?: number;
}

/** About 25,000 lines: a worker's start (loading the addon and the pack) is paid back above this. */
const defaultMinParallelBytes = 1_000_000;

export function createAstGrepAnalyzer(rules: readonly ScanRule[], options: AstGrepOptions = {}): AstGrepAnalyzer {
  const byLanguage = compileScanRules(rules, { check: options.check ?? true });
  const scanFile = createFileScanner(byLanguage);
  const entry = options.workerEntry ?? (options.workers ? defaultWorkerEntry() : null);
  const minBytes = options.minParallelBytes ?? defaultMinParallelBytes;
  let workers: ScanWorker[] = [];
  const workersFor = (files: readonly SourceFile[]): ScanWorker[] => {
    if (workers.length === 0 && entry && files.reduce((sum, file) => sum + file.content.length, 0) >= minBytes) {
      workers = Array.from({ length: options.workers ?? 0 }, () => startScanWorker(rules, { entry }));
    }
    return workers;
  };

  return {
    name: 'ast-grep',
    scanFile,
    async analyze(files: readonly SourceFile[], signal?: AbortSignal): Promise<AnalyzeResult> {
      const scanned = files.filter((file) => file.language && byLanguage.has(file.language as never));
      return scanInParallel(scanned, scanFile, workersFor(scanned), signal);
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
    parses(file: SourceFile) {
      const root = parseSourceFile(asParsed(file).file)?.root();
      if (!root) return { ok: false, detail: `no parser for ${file.language ?? 'unknown language'}` };
      const error = root.find({ rule: { any: [{ kind: 'ERROR' }] } });
      if (!error) return { ok: true };
      return { ok: false, detail: `syntax error at line ${error.range().start.line + 1}` };
    },
    match(original: SourceFile, rule: string | NapiConfig) {
      const { file, lineShift } = asParsed(original);
      const root = parseSourceFile(file)?.root();
      if (!root) return [];
      const config: NapiConfig = typeof rule === 'string' ? { rule: { pattern: rule } } : rule;
      return root.findAll(config).map((node) => ({
        startLine: node.range().start.line + 1 - lineShift,
        endLine: node.range().end.line + 1 - lineShift,
        text: node.text(),
      }));
    },
  };
}
