import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { delimiter, isAbsolute, join } from 'node:path';

async function isExecutableFile(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Whether `bin` would start: an executable file at that path, or in a directory of `PATH`. Checked before the
 * Semgrep adapter copies the change to a temporary tree, which is wasted work when Semgrep is not installed.
 */
export async function findOnPath(bin: string, path = process.env.PATH ?? ''): Promise<boolean> {
  if (bin.includes('/') || isAbsolute(bin)) return isExecutableFile(bin);
  for (const dir of path.split(delimiter).filter(Boolean)) if (await isExecutableFile(join(dir, bin))) return true;
  return false;
}
