import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileScanRules, toAsciiRule } from './compile-scan-rules.js';
import { defaultRulesDir, listRuleFiles, loadRulePack } from './load-rule-pack.js';
import { necessaryWords } from './necessary-words.js';
import type { ScanRule } from './rule.schema.js';

/** The pack compiled to JSON by `npm run build`: YAML parsing costs seconds, JSON milliseconds. */
export const compiledPackPath = fileURLToPath(new URL('../../../../dist/rule-pack.json', import.meta.url));

interface CompiledPack {
  version: 1;
  /** Every rule compiled with this ast-grep when the pack was written: no need to check again at load. */
  verified: boolean;
  /** relative path → sha256 of every rule file the pack was compiled from (content, so a fresh clone matches). */
  sources: Record<string, string>;
  rules: ScanRule[];
}

function fingerprintSources(dir: string): Record<string, string> {
  const sources: Record<string, string> = {};
  for (const file of listRuleFiles(dir)) {
    sources[relative(dir, file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return sources;
}

const withoutTests = (rules: ReturnType<typeof loadRulePack>): ScanRule[] => rules.map(({ tests: _tests, ...rule }) => rule);

/** The pack as the build writes it: rules without tests, their prefilter words computed, each rule compiled once. */
export function compilePack(rules: readonly ScanRule[], sources: Record<string, string> = {}): CompiledPack {
  compileScanRules(rules);
  const withWords = rules.map((rule) => {
    const words = necessaryWords(rule.rule, rule.utils);
    return { ...toAsciiRule(rule), words: words ? [...words] : null };
  });
  return { version: 1, verified: true, sources, rules: withWords };
}

/** Writes the compiled pack (run by the build). */
export function writeCompiledPack(dir = defaultRulesDir, out = compiledPackPath): number {
  const pack = compilePack(withoutTests(loadRulePack(dir)), fingerprintSources(dir));
  writeFileSync(out, JSON.stringify(pack));
  return pack.rules.length;
}

/**
 * The rules to scan with: the compiled pack when it matches the rule files on disk (`verified`: compiled at
 * build time, no check needed at load), else the YAML itself.
 */
export function loadScanPack(dir = defaultRulesDir, compiled = compiledPackPath): { rules: ScanRule[]; verified: boolean } {
  if (existsSync(compiled)) {
    const pack = JSON.parse(readFileSync(compiled, 'utf8')) as CompiledPack;
    const current = fingerprintSources(dir);
    const same = Object.keys(current).length === Object.keys(pack.sources).length && Object.entries(current).every(([file, stamp]) => pack.sources[file] === stamp);
    if (pack.version === 1 && same) return { rules: pack.rules, verified: pack.verified === true };
  }
  return { rules: withoutTests(loadRulePack(dir)), verified: false };
}

export const loadScanRules = (dir = defaultRulesDir, compiled = compiledPackPath): ScanRule[] => loadScanPack(dir, compiled).rules;


