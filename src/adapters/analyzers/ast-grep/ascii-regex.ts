const classBody: Record<string, string> = { w: '0-9A-Za-z_', d: '0-9', s: '\\t\\n\\x0B\\f\\r ' };
const negated: Record<string, string> = { W: 'w', D: 'd', S: 's' };

/**
 * Rewrites the Unicode-aware classes `\w \d \s \W \D \S \b \B` of a Rust regex into their ASCII forms.
 * ast-grep compiles a rule's regexes on every call, and a Unicode `\w` costs ~0.8 ms to compile against
 * ~0.05 ms for the ASCII class; source code identifiers are ASCII in practice.
 */
export function toAsciiRegex(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\' && i + 1 < source.length) {
      const next = source[i + 1]!;
      i++;
      if (classBody[next]) out += inClass ? classBody[next] : `[${classBody[next]}]`;
      else if (negated[next] && !inClass) out += `[^${classBody[negated[next]]!}]`;
      else if ((next === 'b' || next === 'B') && !inClass) out += `(?-u:\\${next})`;
      else out += `\\${next}`;
      continue;
    }
    if (c === '[' && !inClass) {
      inClass = true;
      out += c;
      if (source[i + 1] === '^') out += source[++i];
      if (source[i + 1] === ']') out += source[++i];
      continue;
    }
    if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/** The same rule tree with every `regex` rewritten by toAsciiRegex. */
export function asciiRegexes<T>(tree: T): T {
  if (Array.isArray(tree)) return tree.map(asciiRegexes) as T;
  if (!tree || typeof tree !== 'object') return tree;
  return Object.fromEntries(Object.entries(tree).map(([key, value]) => [key, key === 'regex' && typeof value === 'string' ? toAsciiRegex(value) : asciiRegexes(value)])) as T;
}
