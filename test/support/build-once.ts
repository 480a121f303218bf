import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** vitest globalSetup: the end-to-end tests run the built CLI, so build it once from the current sources. */
export default function setup(): void {
  if (process.env.INDICT_TEST_SKIP_BUILD === '1') return;
  const root = resolve(import.meta.dirname, '../..');
  execFileSync(process.execPath, [resolve(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
}
