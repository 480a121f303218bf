import { parse, type NapiConfig, type SgNode } from '@ast-grep/napi';
import type { Language } from '../../../core/detect-language.js';
import { asciiRegexes } from './ascii-regex.js';
import { RulePackError } from './rule-pack-error.js';
import { necessaryWords } from './necessary-words.js';
import { napiLanguage } from './register-languages.js';
import type { ScanRule } from './rule.schema.js';
import { createRuleSelector } from './select-matching-rules.js';

export interface CompiledRule {
  rule: ScanRule;
  config: NapiConfig;
  /** At least one of these occurs in any file the rule can match; null when unknown. */
  words: string[] | null;
  fileGate: (text: string) => boolean;
}

/** A language's rules, and a cheap way to tell which of them can match a tree at all. */
export interface LanguageRules {
  rules: CompiledRule[];
  select: (root: SgNode, candidates: readonly number[]) => number[];
}

/** The rule with its regexes rewritten to ASCII classes (`asciiRegexes`), unless the build did that already. */
export function toAsciiRule(rule: ScanRule): ScanRule {
  if (rule.ascii) return rule;
  return { ...rule, rule: asciiRegexes(rule.rule) as ScanRule['rule'], constraints: asciiRegexes(rule.constraints) as ScanRule['constraints'], utils: asciiRegexes(rule.utils) as ScanRule['utils'], ascii: true };
}

function toConfig(rule: ScanRule): NapiConfig {
  const ascii = toAsciiRule(rule);
  return { rule: ascii.rule as NapiConfig['rule'], constraints: ascii.constraints as NapiConfig['constraints'], utils: ascii.utils as NapiConfig['utils'], transform: rule.transform };
}

function toFileGate(rule: ScanRule): (text: string) => boolean {
  try {
    const compile = (source: string) => (source.startsWith('(?i)') ? new RegExp(source.slice(4), 'mi') : new RegExp(source, 'm'));
    const matches = rule.fileMatches ? compile(rule.fileMatches) : null;
    const excludes = rule.fileExcludes ? compile(rule.fileExcludes) : null;
    return (text) => (!matches || matches.test(text)) && (!excludes || !excludes.test(text));
  } catch (error) {
    throw new RulePackError(`indict rules: ${rule.id}: bad fileMatches/fileExcludes: ${(error as Error).message}`);
  }
}

/** Compiles every rule once so a bad kind or pattern fails at load, naming the rule. */
function checkCompiles(language: Language, list: readonly CompiledRule[]): void {
  const root = parse(napiLanguage(language) as never, language === 'php' ? '<?php\n' : '').root();
  for (const { rule, config } of list) {
    try {
      root.findAll(config);
    } catch (error) {
      throw new RulePackError(`indict rules: ${rule.id} (${language}): ${(error as Error).message.split('\n')[0]}`);
    }
  }
}

/** The pack grouped by language, each rule with its prefilters; `check: false` skips the compile check (done elsewhere). */
export function compileScanRules(rules: readonly ScanRule[], options: { check?: boolean } = {}): Map<Language, LanguageRules> {
  const byLanguage = new Map<Language, CompiledRule[]>();
  for (const rule of rules) {
    const words = rule.words !== undefined ? rule.words : necessaryWords(rule.rule, rule.utils);
    for (const language of rule.languages) {
      const list = byLanguage.get(language) ?? [];
      list.push({ rule, config: toConfig(rule), words: words ? [...words] : null, fileGate: toFileGate(rule) });
      byLanguage.set(language, list);
    }
  }
  const compiled = new Map<Language, LanguageRules>();
  for (const [language, list] of byLanguage) {
    if (options.check !== false) checkCompiles(language, list);
    compiled.set(language, { rules: list, select: createRuleSelector(list.map(({ config }) => ({ rule: config.rule, utils: config.utils }))) });
  }
  return compiled;
}
