import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import type { SourceFile } from '../../../core/change-set.js';

export interface TempTree {
  dir: string;
  /** Files written, by their normalized relative path. */
  written: Map<string, SourceFile>;
  /** Paths refused because they are absolute or climb out of the tree (one line each). */
  refused: string[];
  remove(): Promise<void>;
}

function isSafeRelative(path: string): boolean {
  const normal = posix.normalize(path.replace(/\\/g, '/'));
  return normal !== '.' && !posix.isAbsolute(normal) && normal !== '..' && !normal.startsWith('../');
}

/** Writes the files into a fresh temporary directory, keeping their relative paths. */
export async function writeTempTree(files: readonly SourceFile[], prefix: string): Promise<TempTree> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const remove = () => rm(dir, { recursive: true, force: true });
  const written = new Map<string, SourceFile>();
  const refused: string[] = [];
  try {
    for (const file of files) {
      if (!isSafeRelative(file.path)) {
        refused.push(file.path);
        continue;
      }
      const relative = posix.normalize(file.path.replace(/\\/g, '/'));
      const target = join(dir, relative);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.content);
      written.set(relative, file);
    }
  } catch (error) {
    await remove();
    throw error;
  }
  return { dir, written, refused, remove };
}
