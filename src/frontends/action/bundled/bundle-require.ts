import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleDir } from './bundle-dir.js';

interface ParserMeta {
  extensions: string[];
  languageSymbol?: string;
  expandoChar?: string;
}

const readJson = (name: string): unknown => JSON.parse(readFileSync(join(bundleDir, name), 'utf8'));
let parsers: Record<string, ParserMeta> | undefined;

/**
 * Stands in for `createRequire(import.meta.url)` inside the action bundle (the build swaps the import): the
 * few runtime `require`s of the sources are answered from the assets copied next to `index.js`, since a
 * checkout of the action has no node_modules. Anything else is a packaging bug, reported in one line.
 */
export function bundleRequire(_url: string | URL): (specifier: string) => unknown {
  return (specifier) => {
    const lang = /^@ast-grep\/lang-([a-z]+)$/.exec(specifier)?.[1];
    if (lang) {
      parsers ??= readJson('parsers/languages.json') as Record<string, ParserMeta>;
      const meta = parsers[lang];
      if (meta) return { ...meta, libraryPath: join(bundleDir, 'parsers', `${lang}.so`) };
    }
    if (specifier === 'cwe-sdk/raw/cwe-dictionary.json') return readJson('cwe-dictionary.json');
    if (specifier.endsWith('/package.json')) return readJson('package.json');
    throw new Error(`action bundle: ${specifier} is not packaged with the action (scripts/build-action.ts)`);
  };
}
