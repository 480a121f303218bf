import { parse, type NapiConfig, type SgNode, type SgRoot } from '@ast-grep/napi';
import type { SourceFile } from '../../../core/change-set.js';
import { isLanguage, type Language } from '../../../core/detect-language.js';
import type { RawFinding } from '../../../core/finding.schema.js';
import type { Analyzer, AnalyzeResult, ParseChecker } from '../../../ports/analyzer.js';
import { napiLanguage } from './register-languages.js';
import { expandFixTemplate, toLineEdit } from './expand-fix.js';
import type { PackRule } from './rule.schema.js';

export interface AstGrepAnalyzer extends Analyzer, ParseChecker {
  /** Findings of the pack on one file (no diff filtering). */
  scanFile(file: SourceFile): RawFinding[];
  /** Nodes matching an ad-hoc ast-grep rule or pattern (the critics' `scan` tool). */
  match(file: SourceFile, rule: string | NapiConfig): { startLine: number; endLine: number; text: string }[];
}

function toConfig(rule: PackRule): NapiConfig {
  return {
    rule: rule.rule as NapiConfig['rule'],
    constraints: rule.constraints as NapiConfig['constraints'],
    utils: rule.utils as NapiConfig['utils'],
    transform: rule.transform,
  };
}

function parseFile(file: SourceFile): SgRoot | null {
  if (!file.language || !isLanguage(file.language)) return null;
  return parse(napiLanguage(file.language) as never, file.content);
}

function toFinding(rule: PackRule, file: SourceFile, node: SgNode): RawFinding {
  const { start, end } = node.range();
  const finding: RawFinding = {
    path: file.path,
    startLine: start.line + 1,
    endLine: end.line + 1,
    startColumn: start.column,
    endColumn: end.column,
    severity: rule.severity,
    category: 'safety',
    cwe: rule.cwe,
    ruleId: rule.id,
    sources: ['ast-grep'],
    title: rule.title,
    message: rule.message,
  };
  if (rule.fix !== undefined) finding.proposedFix = toLineEdit(file.content, node, expandFixTemplate(rule.fix, node));
  return finding;
}

export function createAstGrepAnalyzer(rules: readonly PackRule[]): AstGrepAnalyzer {
  const byLanguage = new Map<Language, { rule: PackRule; config: NapiConfig }[]>();
  for (const rule of rules) {
    for (const language of rule.languages) {
      const list = byLanguage.get(language) ?? [];
      list.push({ rule, config: toConfig(rule) });
      byLanguage.set(language, list);
    }
  }

  function scanFile(file: SourceFile): RawFinding[] {
    const applicable = file.language && isLanguage(file.language) ? byLanguage.get(file.language) : undefined;
    if (!applicable) return [];
    const root = parseFile(file)?.root();
    if (!root) return [];
    return applicable.flatMap(({ rule, config }) => root.findAll(config).map((node) => toFinding(rule, file, node)));
  }

  return {
    name: 'ast-grep',
    scanFile,
    async analyze(files: readonly SourceFile[], signal?: AbortSignal): Promise<AnalyzeResult> {
      const findings: RawFinding[] = [];
      const warnings: string[] = [];
      for (const file of files) {
        signal?.throwIfAborted();
        try {
          findings.push(...scanFile(file));
        } catch (error) {
          warnings.push(`ast-grep: ${file.path}: ${(error as Error).message}`);
        }
      }
      return { findings, warnings };
    },
    parses(file: SourceFile) {
      const root = parseFile(file)?.root();
      if (!root) return { ok: false, detail: `no parser for ${file.language ?? 'unknown language'}` };
      const error = root.find({ rule: { any: [{ kind: 'ERROR' }] } });
      if (!error) return { ok: true };
      return { ok: false, detail: `syntax error at line ${error.range().start.line + 1}` };
    },
    match(file: SourceFile, rule: string | NapiConfig) {
      const root = parseFile(file)?.root();
      if (!root) return [];
      const config: NapiConfig = typeof rule === 'string' ? { rule: { pattern: rule } } : rule;
      return root.findAll(config).map((node) => ({
        startLine: node.range().start.line + 1,
        endLine: node.range().end.line + 1,
        text: node.text(),
      }));
    },
  };
}
