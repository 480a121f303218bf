import { accessSync, constants, realpathSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

/** Resolves `name` (absolute, or looked up on `searchPath`) to its real path, or null. */
export function findBinary(name: string, searchPath: readonly string[]): string | null {
  const candidates = isAbsolute(name) ? [name] : searchPath.map((dir) => join(dir, name));
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return realpathSync(candidate);
    } catch {
      // not here
    }
  }
  return null;
}
