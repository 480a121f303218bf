import { createRequire } from 'node:module';
import { registerDynamicLanguage } from '@ast-grep/napi';
import type { Language } from '../../../core/detect-language.js';

const require = createRequire(import.meta.url);

/** Languages built into @ast-grep/napi, by their napi name. */
const builtIn: Partial<Record<Language, string>> = { javascript: 'JavaScript', typescript: 'TypeScript', tsx: 'Tsx' };

/** Languages loaded from @ast-grep/lang-* packages (registered once per process). */
const dynamic: Partial<Record<Language, string>> = {
  c: '@ast-grep/lang-c', cpp: '@ast-grep/lang-cpp', csharp: '@ast-grep/lang-csharp', go: '@ast-grep/lang-go',
  java: '@ast-grep/lang-java', php: '@ast-grep/lang-php', python: '@ast-grep/lang-python',
  ruby: '@ast-grep/lang-ruby', rust: '@ast-grep/lang-rust',
};

let registered = false;

function registerOnce(): void {
  if (registered) return;
  const registrations: Record<string, { libraryPath: string; extensions: string[]; languageSymbol?: string; expandoChar?: string }> = {};
  for (const [lang, pkg] of Object.entries(dynamic)) {
    const mod = require(pkg) as { libraryPath: string; extensions: string[]; languageSymbol?: string; expandoChar?: string };
    registrations[lang] = {
      libraryPath: mod.libraryPath,
      extensions: mod.extensions,
      languageSymbol: mod.languageSymbol,
      expandoChar: mod.expandoChar,
    };
  }
  registerDynamicLanguage(registrations);
  registered = true;
}

/** The name to pass to `parse()` for a language; registers the dynamic parsers on first use. */
export function napiLanguage(language: Language): string {
  const name = builtIn[language];
  if (name) return name;
  registerOnce();
  return language;
}
