import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of the action bundle (`action/dist/`), where the build put the runtime assets: the rule pack,
 * the parsers, the CWE catalogue. Only meaningful inside the bundle, where `import.meta.url` is `index.js`.
 */
export const bundleDir = dirname(fileURLToPath(import.meta.url));
