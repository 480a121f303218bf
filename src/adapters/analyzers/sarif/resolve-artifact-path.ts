import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArtifactLocation, SarifRun } from './sarif-log.schema.js';

export type ResolvedPath = { path: string } | { outside: string } | null;

function decode(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}

/** The absolute path an artifact location names, following uriBaseId through originalUriBaseIds. */
function toAbsolute(location: ArtifactLocation, run: SarifRun, root: string, depth = 0): string | null {
  const uri = location.uri ?? '';
  if (/^file:/i.test(uri)) return fileURLToPath(uri);
  if (/^[a-z][a-z0-9+.-]+:/i.test(uri)) return null; // http:, https:…: not a file under review
  const path = decode(uri);
  if (isAbsolute(path)) return path;
  const base = location.uriBaseId ? run.originalUriBaseIds?.[location.uriBaseId] : undefined;
  // An unknown base (flawfinder's SRCROOT, CodeQL's %SRCROOT% without originalUriBaseIds) is the review root.
  const baseDir = base?.uri !== undefined && depth < 8 ? toAbsolute(base, run, root, depth + 1) : root;
  return baseDir === null ? null : resolve(baseDir, path);
}

/**
 * The review-relative (posix) path of a result's artifact, `{ outside }` when it lies outside the
 * review root, or null when the location names no local file.
 */
export function resolveArtifactPath(location: ArtifactLocation, run: SarifRun, root: string): ResolvedPath {
  const indexed = location.index !== undefined ? run.artifacts?.[location.index]?.location : undefined;
  const effective = location.uri === undefined && indexed ? indexed : location;
  if (effective.uri === undefined) return null;
  const absolute = toAbsolute(effective, run, resolve(root));
  if (absolute === null) return null;
  const path = relative(resolve(root), absolute);
  if (path === '' || path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path)) return { outside: effective.uri };
  return { path: path.split(sep).join('/') };
}
