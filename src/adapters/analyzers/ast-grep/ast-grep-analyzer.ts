import { parse, type NapiConfig, type SgNode, type SgRoot } from '@ast-grep/napi';
import type { SourceFile } from '../../../core/change-set.js';
import { isLanguage, type Language } from '../../../core/detect-language.js';
import type { RawFinding } from '../../../core/finding.schema.js';
import type { Analyzer, AnalyzeResult, ParseChecker } from '../../../ports/analyzer.js';
import { napiLanguage } from './register-languages.js';
import { expandFixTemplate, toLineEdit } from './expand-fix.js';
import type { ScanRule as PackRule } from './rule.schema.js';
import { RulePackError } from './load-rule-pack.js';
import { necessaryWords } from './necessary-words.js';
import { asciiRegexes } from './ascii-regex.js';

export interface AstGrepAnalyzer extends Analyzer, ParseChecker {
  /** Findings of the pack on one file (no diff filtering). */
  scanFile(file: SourceFile): RawFinding[];
  /** Nodes matching an ad-hoc ast-grep rule or pattern (the critics' `scan` tool). */
  match(file: SourceFile, rule: string | NapiConfig): { startLine: number; endLine: number; text: string }[];
}

function toConfig(rule: PackRule): NapiConfig {
  return {
    rule: asciiRegexes(rule.rule) as NapiConfig['rule'],
    constraints: asciiRegexes(rule.constraints) as NapiConfig['constraints'],
    utils: asciiRegexes(rule.utils) as NapiConfig['utils'],
    transform: rule.transform,
  };
}

function parseFile(file: SourceFile): SgRoot | null {
  if (!file.language || !isLanguage(file.language)) return null;
  return parse(napiLanguage(file.language) as never, file.content);
}

/**
 * PHP outside `<?php` is template text to tree-sitter; a fragment with no opening tag at all (a snippet, an
 * included body) is read as PHP by prefixing one, and lines are shifted back.
 */
function asParsed(file: SourceFile): { file: SourceFile; lineShift: number } {
  if (file.language === 'php' && !/<\?(php|=|\s)/i.test(file.content)) return { file: { ...file, content: `<?php\n${file.content}` }, lineShift: 1 };
  return { file, lineShift: 0 };
}

function shiftLines(finding: RawFinding, by: number): RawFinding {
  if (by === 0) return finding;
  const fix = finding.proposedFix;
  return {
    ...finding,
    startLine: Math.max(1, finding.startLine - by),
    endLine: Math.max(1, finding.endLine - by),
    ...(fix ? { proposedFix: { ...fix, startLine: Math.max(1, fix.startLine - by), endLine: Math.max(1, fix.endLine - by) } } : {}),
  };
}

interface CompiledRule {
  rule: PackRule;
  config: NapiConfig;
  words: string[] | null;
  fileGate: (text: string) => boolean;
}

function toFileGate(rule: PackRule): (text: string) => boolean {
  try {
    const compile = (source: string) => (source.startsWith('(?i)') ? new RegExp(source.slice(4), 'mi') : new RegExp(source, 'm'));
    const matches = rule.fileMatches ? compile(rule.fileMatches) : null;
    const excludes = rule.fileExcludes ? compile(rule.fileExcludes) : null;
    return (text) => (!matches || matches.test(text)) && (!excludes || !excludes.test(text));
  } catch (error) {
    throw new RulePackError(`indict rules: ${rule.id}: bad fileMatches/fileExcludes: ${(error as Error).message}`);
  }
}

/** Compiles every rule once per language so a bad kind or pattern fails at load, naming the rule. */
function compileRules(byLanguage: Map<Language, CompiledRule[]>): void {
  for (const [language, list] of byLanguage) {
    const root = parse(napiLanguage(language) as never, language === 'php' ? '<?php\n' : '').root();
    for (const { rule, config } of list) {
      try {
        root.findAll(config);
      } catch (error) {
        throw new RulePackError(`indict rules: ${rule.id} (${language}): ${(error as Error).message.split('\n')[0]}`);
      }
    }
  }
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
  const byLanguage = new Map<Language, CompiledRule[]>();
  for (const rule of rules) {
    for (const language of rule.languages) {
      const list = byLanguage.get(language) ?? [];
      const words = necessaryWords(rule.rule, rule.utils);
      list.push({ rule, config: toConfig(rule), words: words ? [...words] : null, fileGate: toFileGate(rule) });
      byLanguage.set(language, list);
    }
  }

  compileRules(byLanguage);

  function scanFile(original: SourceFile): RawFinding[] {
    const applicable = original.language && isLanguage(original.language) ? byLanguage.get(original.language) : undefined;
    if (!applicable) return [];
    const { file, lineShift } = asParsed(original);
    const root = parseFile(file)?.root();
    if (!root) return [];
    const text = file.content;
    const runs = (words: string[] | null, fileGate: (text: string) => boolean) => (!words || words.some((word) => text.includes(word))) && fileGate(text);
    return applicable.flatMap(({ rule, config, words, fileGate }) => (!runs(words, fileGate) ? [] : root.findAll(config)).map((node) => shiftLines({ ...toFinding(rule, file, node), path: original.path }, lineShift)));
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
      const root = parseFile(asParsed(file).file)?.root();
      if (!root) return { ok: false, detail: `no parser for ${file.language ?? 'unknown language'}` };
      const error = root.find({ rule: { any: [{ kind: 'ERROR' }] } });
      if (!error) return { ok: true };
      return { ok: false, detail: `syntax error at line ${error.range().start.line + 1}` };
    },
    match(original: SourceFile, rule: string | NapiConfig) {
      const { file, lineShift } = asParsed(original);
      const root = parseFile(file)?.root();
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
