import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { prettifyError } from 'zod';
import { PackRuleSchema, type PackRule } from './rule.schema.js';
import { RulePackError } from './rule-pack-error.js';

/** The rule pack shipped with indict (`rules/` at the package root). */
export const defaultRulesDir = fileURLToPath(new URL('../../../../rules', import.meta.url));

export { RulePackError };

/** Every rule file under `dir`, sorted. */
export function listRuleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return listRuleFiles(full);
    return /\.ya?ml$/.test(entry.name) ? [full] : [];
  }).sort();
}

/** Reads every `*.yml` under `dir` (multi-document files allowed) and validates each rule. */
export function loadRulePack(dir: string = defaultRulesDir): PackRule[] {
  const rules: PackRule[] = [];
  const seen = new Set<string>();
  for (const file of listRuleFiles(dir)) {
    const where = relative(dir, file);
    for (const doc of parseAllDocuments(readFileSync(file, 'utf8'))) {
      if (doc.errors.length > 0) throw new RulePackError(`indict rules: ${where}: ${doc.errors[0]?.message}`);
      const value: unknown = doc.toJS();
      if (value == null) continue;
      const parsed = PackRuleSchema.safeParse(value);
      if (!parsed.success) throw new RulePackError(`indict rules: ${where}: ${prettifyError(parsed.error).replace(/\n/g, '; ')}`);
      if (seen.has(parsed.data.id)) throw new RulePackError(`indict rules: ${where}: duplicate rule id ${parsed.data.id}`);
      seen.add(parsed.data.id);
      rules.push(parsed.data);
    }
  }
  return rules;
}
