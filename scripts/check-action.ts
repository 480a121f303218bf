// `npm run check:action`: rebuilds the action bundle into a temp dir and compares it with the committed action/dist.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { actionDist, buildAction } from './build-action.js';

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))).sort();
}

/** Files that differ between the committed bundle and a fresh build (empty: up to date). */
export async function compareActionBundle(committed: string = actionDist): Promise<string[]> {
  const fresh = await mkdtemp(join(tmpdir(), 'indict-action-check-'));
  try {
    await buildAction(fresh);
    const [a, b] = [await listFiles(committed), await listFiles(fresh)];
    const names = [...new Set([...a, ...b])].sort();
    const stale: string[] = [];
    for (const name of names) {
      const [x, y] = await Promise.all([readFile(join(committed, name)).catch(() => null), readFile(join(fresh, name)).catch(() => null)]);
      if (!x || !y || !x.equals(y)) stale.push(name);
    }
    return stale;
  } finally {
    await rm(fresh, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const stale = await compareActionBundle();
  if (stale.length) {
    console.error(`error: action/dist is out of date (${stale.join(', ')}); run npm run build:action and commit the result`);
    process.exitCode = 1;
  } else console.log('action/dist is up to date');
}
