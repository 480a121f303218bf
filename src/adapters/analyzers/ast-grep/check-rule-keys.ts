/** Keys ast-grep understands in a rule object; anything else is a typo that would silently never match. */
const ruleKeys = new Set([
  'pattern', 'kind', 'regex', 'nthChild', 'range', 'inside', 'has', 'precedes', 'follows',
  'all', 'any', 'not', 'matches', 'stopBy', 'field',
]);
const patternKeys = new Set(['context', 'selector', 'strictness']);
const nthChildKeys = new Set(['position', 'reverse', 'ofRule']);

/** Returns the path of the first unknown key in a rule tree, e.g. `rule.has.nth`, or null. */
export function findUnknownRuleKey(rule: unknown, path = 'rule'): string | null {
  if (Array.isArray(rule)) {
    for (const [index, item] of rule.entries()) {
      const found = findUnknownRuleKey(item, `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (!rule || typeof rule !== 'object') return null;
  for (const [key, value] of Object.entries(rule)) {
    if (!ruleKeys.has(key)) return `${path}.${key}`;
    if (key === 'pattern' && value && typeof value === 'object') {
      const bad = Object.keys(value).find((k) => !patternKeys.has(k));
      if (bad) return `${path}.pattern.${bad}`;
    } else if (key === 'nthChild' && value && typeof value === 'object') {
      const bad = Object.keys(value).find((k) => !nthChildKeys.has(k));
      if (bad) return `${path}.nthChild.${bad}`;
      const found = findUnknownRuleKey((value as { ofRule?: unknown }).ofRule, `${path}.nthChild.ofRule`);
      if (found) return found;
    } else if (['inside', 'has', 'precedes', 'follows', 'not', 'all', 'any'].includes(key)) {
      const found = findUnknownRuleKey(value, `${path}.${key}`);
      if (found) return found;
    } else if (key === 'stopBy' && value && typeof value === 'object') {
      const found = findUnknownRuleKey(value, `${path}.stopBy`);
      if (found) return found;
    }
  }
  return null;
}
