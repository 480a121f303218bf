import { readQuotedPath, unquoteGitPath } from './unquote-git-path.js';

/** A path as a `---`/`+++` line gives it (unquoted, prefix still on), and what followed a tab (GNU timestamp). */
export interface HeaderPath {
  path: string;
  stamp: string;
}

/** Reads the text after "--- " or "+++ ": a quoted or plain path, then an optional tab and timestamp. */
export function readHeaderPath(text: string): HeaderPath | null {
  if (text.startsWith('"')) {
    const quoted = readQuotedPath(text, 0);
    if (!quoted) return null;
    const after = text.slice(quoted.end);
    return { path: quoted.path, stamp: after.startsWith('\t') ? after.slice(1) : after.trim() };
  }
  const tab = text.indexOf('\t');
  const path = tab >= 0 ? text.slice(0, tab) : text;
  return path === '' ? null : { path, stamp: tab >= 0 ? text.slice(tab + 1) : '' };
}

/**
 * The two paths of "diff --git <old> <new>" (prefixes still on), or null when they cannot be told apart
 * (unquoted paths with spaces that differ: renames; those entries name their paths in other lines).
 */
export function splitGitHeaderPaths(text: string): { oldPath: string; newPath: string } | null {
  if (text.startsWith('"')) {
    const quoted = readQuotedPath(text, 0);
    if (!quoted || text[quoted.end] !== ' ') return null;
    const newPath = unquoteGitPath(text.slice(quoted.end + 1));
    return newPath === null ? null : { oldPath: quoted.path, newPath };
  }
  if (text.endsWith('"')) {
    const at = text.indexOf(' "');
    const newPath = at > 0 ? unquoteGitPath(text.slice(at + 1)) : null;
    return newPath === null ? null : { oldPath: text.slice(0, at), newPath };
  }
  // Unquoted: the two halves have the same length when the paths are the same (the usual case).
  const middle = (text.length - 1) / 2;
  if (!Number.isInteger(middle) || text[middle] !== ' ') return null;
  const [oldPath, newPath] = [text.slice(0, middle), text.slice(middle + 1)];
  if (oldPath === newPath || (oldPath.startsWith('a/') && newPath.startsWith('b/') && oldPath.slice(2) === newPath.slice(2))) {
    return { oldPath, newPath };
  }
  return null;
}

/** The two paths of "Binary files <old> and <new> differ" (text between "Binary files " and " differ"). */
export function splitBinaryPaths(text: string): { oldPath: string; newPath: string } {
  const splits: { oldPath: string; newPath: string }[] = [];
  for (let at = text.indexOf(' and '); at >= 0; at = text.indexOf(' and ', at + 1)) {
    splits.push({ oldPath: unquoteGitPath(text.slice(0, at)) ?? text.slice(0, at), newPath: unquoteGitPath(text.slice(at + 5)) ?? text.slice(at + 5) });
  }
  const tail = (path: string) => path.slice(path.indexOf('/') + 1);
  return splits.find((split) => tail(split.oldPath) === tail(split.newPath)) ?? splits[0] ?? { oldPath: text, newPath: text };
}
