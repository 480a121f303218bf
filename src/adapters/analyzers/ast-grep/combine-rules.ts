import type { NapiConfig } from '@ast-grep/napi';

/** One rule's matching part: the rule tree and its utils (constraints and transform only narrow or rewrite). */
export interface RuleTree {
  rule: NapiConfig['rule'];
  utils?: NapiConfig['utils'];
}

/** The metavariable that the combined rule binds when branch `index` matched (`$$` captures any node). */
export const markerOf = (index: number): string => `INDICTRULE${index}`;

function renameMatches<T>(tree: T, prefix: string): T {
  if (Array.isArray(tree)) return tree.map((item: unknown) => renameMatches(item, prefix)) as T;
  if (!tree || typeof tree !== 'object') return tree;
  return Object.fromEntries(Object.entries(tree).map(([key, value]) => [key, key === 'matches' && typeof value === 'string' ? `${prefix}${value}` : renameMatches(value, prefix)])) as T;
}

/**
 * One config whose matches are a superset of every given rule's: `any` of the rules without their
 * constraints, each branch also binding its marker so a match names the rule it came from. Utils are
 * renamed per rule (`r3_name`) so rules cannot see each other's.
 */
export function combineRules(trees: readonly RuleTree[], indices: readonly number[]): NapiConfig {
  const utils: Record<string, unknown> = {};
  const any = indices.map((index) => {
    const prefix = `r${index}_`;
    for (const [name, util] of Object.entries(trees[index]!.utils ?? {})) utils[`${prefix}${name}`] = renameMatches(util, prefix);
    return { all: [renameMatches(trees[index]!.rule, prefix), { pattern: `$$${markerOf(index)}` }] };
  });
  return { rule: { any }, utils } as NapiConfig;
}
