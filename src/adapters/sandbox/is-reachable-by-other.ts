import { statSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * True when an unprivileged uid that is neither owner nor group member ("other") could reach `path`:
 * every ancestor directory searchable by other, the file itself readable (and executable if asked).
 * The sandbox uid is such an "other", so a toolchain that fails this is invisible inside.
 */
export function isReachableByOther(path: string, executable = true): boolean {
  try {
    const mode = statSync(path).mode;
    if ((mode & 0o004) === 0 || (executable && (mode & 0o001) === 0)) return false;
    for (let dir = dirname(path); ; dir = dirname(dir)) {
      if ((statSync(dir).mode & 0o001) === 0) return false;
      if (dir === '/') return true;
    }
  } catch {
    return false;
  }
}
