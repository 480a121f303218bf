const escapes: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/**
 * Reads one C-style quoted path as git writes it ("a/p\303\244th.txt": octal escapes are UTF-8 bytes),
 * starting at `text[start] === '"'`. Returns the decoded path and the index after the closing quote,
 * or null when the quoting is broken.
 */
export function readQuotedPath(text: string, start: number): { path: string; end: number } | null {
  const bytes: number[] = [];
  let i = start + 1;
  while (i < text.length) {
    const char = String.fromCodePoint(text.codePointAt(i)!);
    if (char === '"') return { path: Buffer.from(bytes).toString('utf8'), end: i + 1 };
    if (char !== '\\') {
      for (const byte of Buffer.from(char, 'utf8')) bytes.push(byte);
      i += char.length;
      continue;
    }
    const next = text[i + 1] ?? '';
    const octal = /^[0-3][0-7]{2}/.exec(text.slice(i + 1, i + 4));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 4;
    } else if (next in escapes) {
      bytes.push(escapes[next]!);
      i += 2;
    } else return null;
  }
  return null;
}

/** A path from a diff header: unquoted when git quoted it, as is otherwise. Null when the quoting is broken. */
export function unquoteGitPath(text: string): string | null {
  if (!text.startsWith('"')) return text;
  const read = readQuotedPath(text, 0);
  return read && read.end === text.length ? read.path : null;
}
