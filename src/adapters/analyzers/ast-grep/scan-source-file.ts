import type { SgNode } from '@ast-grep/napi';
import type { SourceFile } from '../../../core/change-set.js';
import { isLanguage, type Language } from '../../../core/detect-language.js';
import type { RawFinding } from '../../../core/finding.schema.js';
import type { LanguageRules } from './compile-scan-rules.js';
import { expandFixTemplate, toLineEdit } from './expand-fix.js';
import { containsWord } from './necessary-words.js';
import { asParsed, parseSourceFile } from './parse-source-file.js';
import type { ScanRule } from './rule.schema.js';

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

function toFinding(rule: ScanRule, file: SourceFile, node: SgNode): RawFinding {
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

/**
 * Findings of the pack on one file, rule by rule in pack order: rules whose words or file gates rule the
 * file out are skipped, the rest are narrowed to those that can match the tree, and those run for real.
 */
export function createFileScanner(byLanguage: ReadonlyMap<Language, LanguageRules>): (file: SourceFile) => RawFinding[] {
  return function scanSourceFile(original: SourceFile): RawFinding[] {
    const applicable = original.language && isLanguage(original.language) ? byLanguage.get(original.language) : undefined;
    if (!applicable) return [];
    const { file, lineShift } = asParsed(original);
    const root = parseSourceFile(file)?.root();
    if (!root) return [];
    const text = file.content;
    let lowered: string | undefined;
    const lower = () => (lowered ??= text.toLowerCase());
    const candidates: number[] = [];
    applicable.rules.forEach(({ words, fileGate }, index) => {
      if ((!words || words.some((word) => containsWord(text, lower, word))) && fileGate(text)) candidates.push(index);
    });
    return applicable.select(root, candidates).flatMap((index) => {
      const { rule, config } = applicable.rules[index]!;
      return root.findAll(config).map((node) => shiftLines({ ...toFinding(rule, file, node), path: original.path }, lineShift));
    });
  };
}
