import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ResponseCache } from '../../ports/chat-model.js';

/** Model replies on disk, one file per key (a sha256), written atomically. */
export function createFileResponseCache(dir: string): ResponseCache {
  const pathOf = (key: string) => join(dir, key.slice(0, 2), `${key}.json`);
  return {
    async get(key) {
      return readFile(pathOf(key), 'utf8').catch(() => undefined);
    },
    async set(key, value) {
      const path = pathOf(key);
      await mkdir(join(dir, key.slice(0, 2)), { recursive: true });
      const temp = `${path}.${process.pid}.tmp`;
      await writeFile(temp, value);
      await rename(temp, path);
    },
  };
}
