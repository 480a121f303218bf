import { availableParallelism } from 'node:os';
import { createAstGrepAnalyzer, type AstGrepAnalyzer } from '../../adapters/analyzers/ast-grep/ast-grep-analyzer.js';
import { loadScanPack } from '../../adapters/analyzers/ast-grep/load-scan-rules.js';
import { importSarif } from '../../adapters/analyzers/sarif/import-sarif.js';
import { createSemgrepAnalyzer } from '../../adapters/analyzers/semgrep/semgrep-analyzer.js';
import type { RepoConfig } from '../../config/repo-config.schema.js';
import type { Analyzer } from '../../ports/analyzer.js';
import type { FixCheckPorts } from '../../indict/check-fix.js';

export interface AnalyzerOptions {
  config: RepoConfig;
  /** Review root: SARIF locations are made relative to it. */
  root: string;
  sarifFiles?: readonly string[];
  /** Overrides config.analyzers.semgrep / semgrepConfig (CLI flags). */
  semgrep?: 'auto' | 'on' | 'off';
  semgrepConfig?: readonly string[];
  rulesDir?: string;
  /** Threads scanning beside the main one; default: one per further core, at most 3. */
  scanWorkers?: number;
}

export interface Analyzers {
  analyzers: Analyzer[];
  fixChecks: FixCheckPorts | undefined;
  astGrep: AstGrepAnalyzer | undefined;
}

/**
 * The analyzers a review runs (ast-grep rule pack, Semgrep when present, imported SARIF), and the post-hoc
 * checks that verify fixes against the in-process scanner. SARIF files are read here, so a bad one fails
 * before the review starts.
 */
export async function createAnalyzers(options: AnalyzerOptions): Promise<Analyzers> {
  const { analyzers: settings } = options.config;
  const analyzers: Analyzer[] = [];
  let fixChecks: FixCheckPorts | undefined;
  let astGrep: AstGrepAnalyzer | undefined;
  if (settings.astGrep) {
    const disabled = new Set(settings.disabledRules);
    const workers = options.scanWorkers ?? Math.min(availableParallelism(), 4) - 1;
    const pack = loadScanPack(options.rulesDir);
    const scanner = createAstGrepAnalyzer(pack.rules.filter((rule) => !disabled.has(rule.id)), { workers, check: !pack.verified });
    astGrep = scanner;
    analyzers.push(scanner);
    fixChecks = { scan: (file) => scanner.scanFile(file), parses: (file) => scanner.parses(file) };
  }
  const semgrepConfig = options.semgrepConfig?.length ? options.semgrepConfig : settings.semgrepConfig;
  analyzers.push(createSemgrepAnalyzer({ mode: options.semgrep ?? settings.semgrep, config: semgrepConfig.length ? semgrepConfig : undefined, timeoutMs: 300_000 }));
  if (options.sarifFiles?.length) {
    const imported = await importSarif(options.sarifFiles, { root: options.root });
    analyzers.push({ name: 'sarif', analyze: async () => imported });
  }
  return { analyzers, fixChecks, astGrep };
}
