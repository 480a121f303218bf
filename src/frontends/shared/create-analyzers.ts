import { createAstGrepAnalyzer, type AstGrepAnalyzer } from '../../adapters/analyzers/ast-grep/ast-grep-analyzer.js';
import { loadRulePack } from '../../adapters/analyzers/ast-grep/load-rule-pack.js';
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
}

/** The analyzers a review runs, and the post-hoc checks that verify rule fixes against them. */
export function createAnalyzers(options: AnalyzerOptions): { analyzers: Analyzer[]; fixChecks: FixCheckPorts | undefined; astGrep: AstGrepAnalyzer | undefined } {
  const disabled = new Set(options.config.analyzers.disabledRules);
  const analyzers: Analyzer[] = [];
  let fixChecks: FixCheckPorts | undefined;
  let astGrep: AstGrepAnalyzer | undefined;
  if (options.config.analyzers.astGrep) {
    astGrep = createAstGrepAnalyzer(loadRulePack(options.rulesDir).filter((rule) => !disabled.has(rule.id)));
    analyzers.push(astGrep);
    const scanner = astGrep;
    fixChecks = { scan: (file) => scanner.scanFile(file), parses: (file) => scanner.parses(file) };
  }
  return { analyzers, fixChecks, astGrep };
}
