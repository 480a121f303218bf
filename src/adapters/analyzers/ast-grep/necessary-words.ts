import { regexLiterals } from './regex-literals.js';

type Rule = Record<string, unknown>;

/** Case-insensitive words are kept lower-cased behind this mark. */
const caseInsensitiveMark = '\u0000';

/** Whether `text` (or its lower-cased form, computed once by the caller) contains a necessary word. */
export function containsWord(text: string, lower: () => string, word: string): boolean {
  return word.startsWith(caseInsensitiveMark) ? lower().includes(word.slice(1)) : text.includes(word);
}

const identifier = /[A-Za-z_][A-Za-z0-9_]{2,}/g;
/** Words too common to filter anything. */
const keywords = new Set(['new', 'return', 'function', 'const', 'let', 'var', 'this', 'self', 'def', 'import', 'from', 'class', 'public', 'private', 'static', 'void', 'int', 'char', 'func', 'await', 'async', 'true', 'false', 'null', 'None', 'nil']);

/** The longest plain identifier of a pattern (metavariables and keywords left out): any match must contain it. */
function wordOfPattern(pattern: string): string | null {
  const words = (pattern.replace(/\$\$?\$?[A-Z_][A-Z0-9_]*/g, ' ').match(identifier) ?? []).filter((w) => !keywords.has(w));
  return words.sort((a, b) => b.length - a.length)[0] ?? null;
}

/** Literal text any match of the regex contains (one of the words), case-insensitive words marked. */
function wordsOfRegex(source: string): Set<string> | null {
  const found = regexLiterals(source);
  if (!found) return null;
  return new Set(found.caseInsensitive ? found.words.map((w) => caseInsensitiveMark + w) : found.words);
}

function smallest(sets: (Set<string> | null)[]): Set<string> | null {
  return sets.filter((s): s is Set<string> => s !== null && s.size > 0).sort((a, b) => a.size - b.size)[0] ?? null;
}

/**
 * A set of words at least one of which appears in any file the rule can match, or null when the rule gives
 * no such guarantee. Lets the scanner skip rules cheaply (ast-grep recompiles a rule on every call).
 * Every key of a rule object must hold, so any one key's set will do; `has`/`inside`/`follows`/`precedes`
 * name nodes of the same file, so their words count too; `not` never does.
 */
export function necessaryWords(rule: unknown, utils: Record<string, unknown> = {}, seen = new Set<string>()): Set<string> | null {
  if (!rule || typeof rule !== 'object' || Array.isArray(rule)) return null;
  const r = rule as Rule;
  const candidates: (Set<string> | null)[] = [];
  if (typeof r.pattern === 'string') {
    const word = wordOfPattern(r.pattern);
    if (word) candidates.push(new Set([word]));
  }
  if (typeof r.regex === 'string') candidates.push(wordsOfRegex(r.regex));
  if (Array.isArray(r.any)) {
    const union = new Set<string>();
    let complete = true;
    for (const branch of r.any) {
      const words = necessaryWords(branch, utils, seen);
      if (!words) {
        complete = false;
        break;
      }
      for (const word of words) union.add(word);
    }
    if (complete && union.size > 0) candidates.push(union);
  }
  if (Array.isArray(r.all)) candidates.push(smallest(r.all.map((branch) => necessaryWords(branch, utils, seen))));
  for (const key of ['has', 'inside', 'follows', 'precedes'] as const) candidates.push(necessaryWords(r[key], utils, seen));
  if (typeof r.matches === 'string' && !seen.has(r.matches) && r.matches in utils) {
    candidates.push(necessaryWords(utils[r.matches], utils, new Set([...seen, r.matches])));
  }
  return smallest(candidates);
}
