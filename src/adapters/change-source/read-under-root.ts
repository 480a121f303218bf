import { readFile, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { UnsafePathError } from '../../core/safe-path.js';
import { ChangeSourceError } from './change-source-error.js';

/** The real path of the review root; a typed error when it is missing. */
export async function resolveRoot(root: string): Promise<string> {
  try {
    const real = await realpath(root);
    if (!(await stat(real)).isDirectory()) throw new ChangeSourceError(`indict: --root ${root} is not a directory`);
    return real;
  } catch (error) {
    if (error instanceof ChangeSourceError) throw error;
    throw new ChangeSourceError(`indict: --root ${root} does not exist`, { cause: error });
  }
}

/**
 * Reads `path` (already a safe relative path) under the real root `rootReal`, as UTF-8; null when it does
 * not exist. Symbolic links that lead outside the root are refused, so a checkout cannot point indict at /etc.
 */
export async function readUnderRoot(rootReal: string, path: string): Promise<string | null> {
  let real: string;
  try {
    real = await realpath(join(rootReal, path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return null;
    throw new ChangeSourceError(`indict: cannot read ${path} under the root: ${(error as Error).message.split('\n')[0]}`, { cause: error });
  }
  if (real !== rootReal && !real.startsWith(rootReal + sep)) throw new UnsafePathError(path, 'leads outside the root through a symbolic link');
  if (!(await stat(real)).isFile()) throw new ChangeSourceError(`indict: ${path} under the root is not a regular file`);
  return readFile(real, 'utf8');
}
