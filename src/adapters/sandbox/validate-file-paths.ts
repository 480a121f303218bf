/** Extra files must stay inside the work dir: relative, no `..`, no empty or hidden-escape segments. */
export function findInvalidFilePath(paths: readonly string[]): string | null {
  return paths.find((p) => p.length === 0 || p.startsWith('/') || p.split('/').some((s) => s === '' || s === '.' || s === '..')) ?? null;
}
