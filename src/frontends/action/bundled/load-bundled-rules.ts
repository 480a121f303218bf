import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScanRule } from '../../../adapters/analyzers/ast-grep/rule.schema.js';
import { bundleDir } from './bundle-dir.js';

/**
 * `loadScanRules` inside the action bundle (the build swaps the module): the rule pack compiled by
 * `npm run build:action` into `rule-pack.json` next to `index.js`. There is no `rules/` to compare it with,
 * and the bundle check in CI keeps it in step with the YAML.
 */
export function loadScanPack(): { rules: ScanRule[]; verified: boolean } {
  const pack = JSON.parse(readFileSync(join(bundleDir, 'rule-pack.json'), 'utf8')) as { version: number; verified?: boolean; rules: ScanRule[] };
  if (pack.version !== 1) throw new Error(`action bundle: rule-pack.json has version ${pack.version}, expected 1`);
  return { rules: pack.rules, verified: pack.verified === true };
}

export const loadScanRules = (): ScanRule[] => loadScanPack().rules;
