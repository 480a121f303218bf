import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { loadRulePack } from '../src/adapters/analyzers/ast-grep/load-rule-pack.js';
import { compilePack } from '../src/adapters/analyzers/ast-grep/load-scan-rules.js';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(join(root, 'package.json'));
/** The parsers ast-grep loads at run time (register-languages.ts); only the linux-x64 prebuilds are shipped. */
export const bundledLanguages = ['c', 'cpp', 'csharp', 'go', 'java', 'php', 'python', 'ruby', 'rust'] as const;

interface CweEntry {
  Description?: unknown;
  Likelihood_Of_Exploit?: unknown;
  Potential_Mitigations?: { Mitigation?: unknown };
  attr?: { '@_Name'?: string; '@_Abstraction'?: string };
}

/** The rule pack without the rules' own tests, in a stable order (no mtimes: the bundle check compares bytes). */
async function writeRulePack(out: string): Promise<void> {
  const rules = loadRulePack(join(root, 'rules')).map(({ tests: _tests, ...rule }) => rule);
  const { sources: _sources, ...pack } = compilePack(rules);
  await writeFile(join(out, 'rule-pack.json'), JSON.stringify(pack));
}

async function copyParsers(out: string): Promise<void> {
  await mkdir(join(out, 'parsers'), { recursive: true });
  const meta: Record<string, unknown> = {};
  for (const lang of bundledLanguages) {
    const pkgDir = dirname(require.resolve(`@ast-grep/lang-${lang}/package.json`));
    await copyFile(join(pkgDir, 'prebuilds/prebuild-Linux-X64/parser.so'), join(out, 'parsers', `${lang}.so`));
    const mod = require(`@ast-grep/lang-${lang}`) as { extensions: string[]; languageSymbol?: string; expandoChar?: string };
    meta[lang] = { extensions: mod.extensions, languageSymbol: mod.languageSymbol, expandoChar: mod.expandoChar };
  }
  await writeFile(join(out, 'parsers/languages.json'), `${JSON.stringify(meta, null, 2)}\n`);
}

/** The critics' CWE catalogue, cut down to the fields lookup-cwe.ts reads (8 MB → a fraction). */
async function writeCweDictionary(out: string): Promise<void> {
  const full = JSON.parse(await readFile(require.resolve('cwe-sdk/raw/cwe-dictionary.json'), 'utf8')) as Record<string, CweEntry>;
  const slim: Record<string, CweEntry> = {};
  for (const [id, e] of Object.entries(full)) {
    slim[id] = {
      Description: e.Description, Likelihood_Of_Exploit: e.Likelihood_Of_Exploit,
      Potential_Mitigations: e.Potential_Mitigations?.Mitigation ? { Mitigation: e.Potential_Mitigations.Mitigation } : undefined,
      attr: { '@_Name': e.attr?.['@_Name'], '@_Abstraction': e.attr?.['@_Abstraction'] },
    };
  }
  await writeFile(join(out, 'cwe-dictionary.json'), JSON.stringify(slim));
}

/** Everything the bundle reads at run time besides index.js. */
export async function copyActionAssets(out: string): Promise<void> {
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string };
  await writeFile(join(out, 'package.json'), `${JSON.stringify({ name: 'indict-action', version: pkg.version, private: true, type: 'module' }, null, 2)}\n`);
  await writeRulePack(out);
  await copyParsers(out);
  await writeCweDictionary(out);
}
