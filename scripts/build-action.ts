// `npm run build:action`: bundles the GitHub Action into action/dist/ (see docs/action.md, "How the action is packaged").
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { actionBundlePlugin } from './action-bundle-plugin.js';
import { copyActionAssets } from './copy-action-assets.js';

const root = resolve(import.meta.dirname, '..');
export const actionDist = join(root, 'action/dist');

/** index.js (ESM, Node 20+), the ast-grep addon and every asset it reads, into `out` (emptied first). */
export async function buildAction(out: string = actionDist): Promise<void> {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: [join(root, 'src/frontends/action/main.ts')],
    outfile: join(out, 'index.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    loader: { '.node': 'copy' },
    assetNames: '[name]',
    banner: { js: "import { createRequire as __indictCreateRequire } from 'node:module'; const require = __indictCreateRequire(import.meta.url);" },
    legalComments: 'none',
    plugins: [actionBundlePlugin],
    logLevel: 'warning',
  });
  await copyActionAssets(out);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await buildAction(process.argv[2] ? resolve(process.argv[2]) : actionDist);
}
