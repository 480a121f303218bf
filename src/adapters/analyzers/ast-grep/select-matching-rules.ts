import type { NapiConfig, SgNode } from '@ast-grep/napi';
import { combineRules, markerOf, type RuleTree } from './combine-rules.js';

const cacheLimit = 1024;
/** Rules checked together: one call compiles them all, so a group that matches costs a second, smaller call. */
const groupSize = 8;

/**
 * Which of `candidates` (indices into `trees`) can match anywhere under `root`, found with few calls: one
 * combined `findAll` per group of rules instead of one per rule (ast-grep compiles the rule and walks the
 * tree on every call). Each match names its rule by marker; named rules leave the group and the rest are
 * checked again until a call matches nothing (`any` names only the first rule matching a node). A match
 * naming no remaining rule (never seen) keeps the whole group, so the answer is always a superset of the
 * rules that match, never a guess.
 */
export function createRuleSelector(trees: readonly RuleTree[]) {
  const configs = new Map<string, NapiConfig>();
  const configFor = (indices: readonly number[]): NapiConfig => {
    const key = indices.join(',');
    let config = configs.get(key);
    if (!config) {
      if (configs.size >= cacheLimit) configs.clear();
      configs.set(key, (config = combineRules(trees, indices)));
    }
    return config;
  };

  /** The rules of `group` matching somewhere (a superset), in the group's order. */
  function selectInGroup(root: SgNode, group: readonly number[]): number[] {
    const selected = new Set<number>();
    let remaining = [...group];
    while (remaining.length > 1) {
      let nodes: SgNode[];
      try {
        nodes = root.findAll(configFor(remaining));
      } catch {
        return [...group]; // a combination ast-grep will not take: run each rule
      }
      if (nodes.length === 0) return group.filter((index) => selected.has(index));
      const named: number[] = [];
      for (const node of nodes) {
        const marks = (index: number) => node.getMatch(markerOf(index)) !== null;
        const hit = named.find(marks) ?? remaining.find((index) => !named.includes(index) && marks(index));
        if (hit === undefined) return [...group];
        if (!named.includes(hit)) named.push(hit);
      }
      for (const index of named) selected.add(index);
      remaining = remaining.filter((index) => !selected.has(index));
    }
    // one rule left: checking it costs what running it does
    return group.filter((index) => selected.has(index) || remaining.includes(index));
  }

  return function selectMatchingRules(root: SgNode, candidates: readonly number[]): number[] {
    const selected: number[] = [];
    for (let start = 0; start < candidates.length; start += groupSize) selected.push(...selectInGroup(root, candidates.slice(start, start + groupSize)));
    return selected;
  };
}
