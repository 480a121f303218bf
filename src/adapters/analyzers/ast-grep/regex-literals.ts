/**
 * Literal text a rule regex (Rust syntax) cannot match without: a set of strings, one of which occurs in any
 * match. Lets the scanner skip a rule for a file that contains none of them. Anything the parser does not
 * understand counts as "could be anything", so the answer is always safe: fewer words, never wrong ones.
 */
export interface RegexLiterals {
  /** One of these occurs in every match (lower-cased when `caseInsensitive`). */
  words: string[];
  caseInsensitive: boolean;
}

/** What a piece of a regex is known to match: exactly one of `exact`, or text containing one of `anyOf`. */
interface Info {
  exact: string[] | null;
  anyOf: string[] | null;
}

const maxStrings = 16;
const minWord = 3;
const unknown: Info = { exact: null, anyOf: null };
const empty: Info = { exact: [''], anyOf: null };

class Unsupported extends Error {}

/** The shortest string of a set: how much the set is worth as a filter. */
const strength = (set: readonly string[] | null) => (set && set.length ? Math.min(...set.map((s) => s.length)) : 0);
const better = (a: string[] | null, b: string[] | null) => (strength(b) > strength(a) ? b : a);
const dedupe = (list: string[]) => [...new Set(list)];
/** A word that contains another word of the set adds nothing: the shorter one occurs whenever it does. */
const minimal = (list: string[]) => list.filter((word, i) => !list.some((other, j) => j !== i && other !== word && word.includes(other)));

function concat(parts: Info[]): Info {
  let run: string[] | null = [''];
  let best: string[] | null = null;
  let allExact = true;
  for (const part of parts) {
    if (part.exact && run) {
      const product = run.flatMap((left) => part.exact!.map((right) => left + right));
      if (product.length <= maxStrings) {
        run = dedupe(product);
        continue;
      }
    }
    allExact = false;
    best = better(best, run);
    best = better(best, part.exact ?? part.anyOf);
    run = part.exact && part.exact.length <= maxStrings ? part.exact : [''];
  }
  if (allExact) return { exact: run, anyOf: null };
  return { exact: null, anyOf: better(best, run) };
}

function alternate(branches: Info[]): Info {
  if (branches.every((b) => b.exact)) {
    const all = dedupe(branches.flatMap((b) => b.exact!));
    if (all.length <= maxStrings) return { exact: all, anyOf: null };
  }
  const sets = branches.map((b) => b.exact ?? b.anyOf);
  if (sets.some((s) => !s || strength(s) < minWord)) return unknown;
  return { exact: null, anyOf: dedupe(sets.flatMap((s) => s!)) };
}

/** A recursive-descent reader of the regex subset rules use; throws Unsupported on anything else. */
function parseRegex(source: string): { info: Info; caseInsensitive: boolean } {
  let i = 0;
  let caseInsensitive = false;
  const peek = () => source[i];

  function escape(): Info {
    const c = source[++i];
    i++;
    if (c === undefined) throw new Unsupported();
    if ('bBAzZ'.includes(c)) return empty;
    if ('dDwWsShHvVpPxuU0123456789kcQEG'.includes(c)) return unknown;
    if (c === 'n') return { exact: ['\n'], anyOf: null };
    if (c === 't') return { exact: ['\t'], anyOf: null };
    if (c === 'r') return { exact: ['\r'], anyOf: null };
    if (/[A-Za-z]/.test(c)) return unknown;
    return { exact: [c], anyOf: null };
  }

  function charClass(): Info {
    i++;
    if (peek() === '^') i++;
    if (peek() === ']') i++;
    while (i < source.length && peek() !== ']') i += peek() === '\\' ? 2 : 1;
    if (peek() !== ']') throw new Unsupported();
    i++;
    return unknown;
  }

  function group(): Info {
    i++;
    if (peek() === '?') {
      const flags = /^\?([a-zA-Z-]*)(:|\))/.exec(source.slice(i));
      if (flags) {
        if (/i/.test(flags[1]!.split('-')[0]!)) caseInsensitive = true;
        i += flags[0].length;
        if (flags[2] === ')') return empty;
      } else if (/^\?(P?<[A-Za-z_][A-Za-z0-9_]*>)/.test(source.slice(i))) {
        i = source.indexOf('>', i) + 1;
      } else if (/^\?(=|!|<=|<!)/.test(source.slice(i))) {
        i += /^\?(=|!|<=|<!)/.exec(source.slice(i))![0].length;
        alternation();
        if (peek() !== ')') throw new Unsupported();
        i++;
        return empty;
      } else throw new Unsupported();
    }
    const inner = alternation();
    if (peek() !== ')') throw new Unsupported();
    i++;
    return inner;
  }

  function atom(): Info {
    const c = peek()!;
    if (c === '\\') return escape();
    if (c === '[') return charClass();
    if (c === '(') return group();
    i++;
    if (c === '^' || c === '$') return empty;
    if (c === '.') return unknown;
    if ('*+?{'.includes(c)) throw new Unsupported();
    return { exact: [c], anyOf: null };
  }

  function quantified(): Info {
    const base = atom();
    const q = /^(\*|\+|\?|\{(\d+)(,(\d*))?\})\??/.exec(source.slice(i));
    if (!q) return base;
    i += q[0].length;
    const min = q[1] === '+' ? 1 : q[1]!.startsWith('{') ? Number(q[2]) : 0;
    if (min === 0) return unknown;
    const set = base.exact ?? base.anyOf;
    return { exact: null, anyOf: set && strength(set) > 0 ? set : null };
  }

  function sequence(): Info {
    const parts: Info[] = [];
    while (i < source.length && peek() !== '|' && peek() !== ')') parts.push(quantified());
    return concat(parts);
  }

  function alternation(): Info {
    const branches = [sequence()];
    while (peek() === '|') {
      i++;
      branches.push(sequence());
    }
    return branches.length === 1 ? branches[0]! : alternate(branches);
  }

  const info = alternation();
  if (i !== source.length) throw new Unsupported();
  return { info, caseInsensitive };
}

/** The literals of `source`, or null when it guarantees none of at least three characters. */
export function regexLiterals(source: string): RegexLiterals | null {
  try {
    const { info, caseInsensitive } = parseRegex(source);
    const set = info.exact ?? info.anyOf;
    if (!set || strength(set) < minWord) return null;
    return { words: minimal(dedupe(caseInsensitive ? set.map((w) => w.toLowerCase()) : set)), caseInsensitive };
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}
