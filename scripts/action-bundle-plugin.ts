import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Plugin } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const bundled = resolve(root, 'src/frontends/action/bundled');
const requireImport = "import { createRequire } from 'node:module';";

/**
 * What the action bundle changes in the sources, and only that: the rule loader reads the pack compiled next
 * to `index.js`, and the runtime `createRequire(import.meta.url)` of a source file is answered from the assets
 * copied next to `index.js` (parsers, CWE catalogue, package.json). Sources stay untouched on disk.
 */
export const actionBundlePlugin: Plugin = {
  name: 'indict-action-bundle',
  setup(build) {
    build.onResolve({ filter: /\/load-scan-rules\.js$/ }, () => ({ path: resolve(bundled, 'load-bundled-rules.ts') }));
    build.onLoad({ filter: /\/src\/.*\.ts$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes(requireImport)) return undefined;
      const swapped = `import { bundleRequire as createRequire } from ${JSON.stringify(resolve(bundled, 'bundle-require.ts'))};`;
      return { contents: text.replace(requireImport, swapped), loader: 'ts' };
    });
  },
};
