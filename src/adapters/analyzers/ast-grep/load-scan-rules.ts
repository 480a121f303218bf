import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultRulesDir, listRuleFiles, loadRulePack } from './load-rule-pack.js';
import type { ScanRule } from './rule.schema.js';

/** The pack compiled to JSON by `npm run build`: YAML parsing costs seconds, JSON milliseconds. */
export const compiledPackPath = fileURLToPath(new URL('../../../../dist/rule-pack.json', import.meta.url));

interface CompiledPack {
  version: 1;
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

/** Writes the compiled pack (run by the build). */
export function writeCompiledPack(dir = defaultRulesDir, out = compiledPackPath): number {
  const pack: CompiledPack = { version: 1, sources: fingerprintSources(dir), rules: withoutTests(loadRulePack(dir)) };
  writeFileSync(out, JSON.stringify(pack));
  return pack.rules.length;
}

/** The rules to scan with: the compiled pack when it matches the rule files on disk, else the YAML itself. */
export function loadScanRules(dir = defaultRulesDir, compiled = compiledPackPath): ScanRule[] {
  if (existsSync(compiled)) {
    const pack = JSON.parse(readFileSync(compiled, 'utf8')) as CompiledPack;
    const current = fingerprintSources(dir);
    const same = Object.keys(current).length === Object.keys(pack.sources).length && Object.entries(current).every(([file, stamp]) => pack.sources[file] === stamp);
    if (pack.version === 1 && same) return pack.rules;
  }
  return withoutTests(loadRulePack(dir));
}


