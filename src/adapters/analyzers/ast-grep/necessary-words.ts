type Rule = Record<string, unknown>;

const identifier = /[A-Za-z_][A-Za-z0-9_]{2,}/g;

/** The longest plain identifier of a pattern (metavariables left out): any match must contain it. */
function wordOfPattern(pattern: string): string | null {
  const words = pattern.replace(/\$\$?\$?[A-Z_][A-Z0-9_]*/g, ' ').match(identifier) ?? [];
  return words.sort((a, b) => b.length - a.length)[0] ?? null;
}

/**
 * A set of words at least one of which appears in any file the rule can match, or null when the rule gives
 * no such guarantee. Lets the scanner skip rules cheaply (ast-grep recompiles a rule on every call).
 */
export function necessaryWords(rule: unknown, utils: Record<string, unknown> = {}, seen = new Set<string>()): Set<string> | null {
  if (!rule || typeof rule !== 'object' || Array.isArray(rule)) return null;
  const r = rule as Rule;
  if (typeof r.pattern === 'string') {
    const word = wordOfPattern(r.pattern);
    if (word) return new Set([word]);
  }
  if (Array.isArray(r.any)) {
    const union = new Set<string>();
    for (const branch of r.any) {
      const words = necessaryWords(branch, utils, seen);
      if (!words) return null;
      for (const word of words) union.add(word);
    }
    if (union.size > 0) return union;
  }
  if (Array.isArray(r.all)) {
    for (const branch of r.all) {
      const words = necessaryWords(branch, utils, seen);
      if (words) return words;
    }
  }
  if (typeof r.matches === 'string' && !seen.has(r.matches) && r.matches in utils) {
    return necessaryWords(utils[r.matches], utils, new Set([...seen, r.matches]));
  }
  return null;
}
