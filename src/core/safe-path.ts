/** A path from a diff that could escape the review root, or is not a usable relative path. */
export class UnsafePathError extends Error {
  override readonly name = 'UnsafePathError';

  constructor(readonly path: string, readonly reason: string, where = '') {
    super(`indict: ${where}unsafe path ${JSON.stringify(path)}: ${reason}`);
  }
}

/** A control character (NUL, newline, escape…): never in a path indict will read or print. */
const hasControlCharacter = (path: string) => [...path].some((char) => char.charCodeAt(0) < 32 || char.charCodeAt(0) === 127);

/**
 * Normalizes a relative, `/`-separated path from a diff ("./a//b" -> "a/b", "a/x/../b" -> "a/b") and
 * throws UnsafePathError for absolute paths, drive letters, backslashes, control characters, or `..`
 * segments that lead out of the root. `where` prefixes the message (e.g. "diff line 3: ").
 */
export function toSafePath(path: string, where = ''): string {
  const fail = (reason: string): never => {
    throw new UnsafePathError(path, reason, where);
  };
  if (path.includes('\0')) fail('contains a NUL byte');
  if (hasControlCharacter(path)) fail('contains a control character');
  if (path.includes('\\')) fail('contains a backslash');
  if (path.startsWith('/')) fail('is absolute');
  if (/^[A-Za-z]:/.test(path)) fail('starts with a drive letter');
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) fail('escapes the root');
      segments.pop();
    } else segments.push(segment);
  }
  if (segments.length === 0) fail('names no file');
  return segments.join('/');
}

/** True when `toSafePath` would accept the path. */
export function isSafePath(path: string): boolean {
  try {
    toSafePath(path);
    return true;
  } catch {
    return false;
  }
}
