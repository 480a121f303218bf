/** Languages indict analyzes, as named in rules/<language>/ and in the benchmark records. */
export const languages = [
  'c', 'cpp', 'csharp', 'go', 'java', 'javascript', 'typescript', 'tsx', 'php', 'python', 'ruby', 'rust',
] as const;
export type Language = (typeof languages)[number];

const byExtension: Record<string, Language> = {
  c: 'c', h: 'c',
  cc: 'cpp', cpp: 'cpp', cxx: 'cpp', 'c++': 'cpp', hh: 'cpp', hpp: 'cpp', hxx: 'cpp', ipp: 'cpp',
  cs: 'csharp',
  go: 'go',
  java: 'java',
  js: 'javascript', mjs: 'javascript', cjs: 'javascript', jsx: 'javascript',
  ts: 'typescript', mts: 'typescript', cts: 'typescript',
  tsx: 'tsx',
  php: 'php', phtml: 'php',
  py: 'python', pyw: 'python',
  rb: 'ruby', rake: 'ruby',
  rs: 'rust',
};

const byBasename: Record<string, Language> = { Rakefile: 'ruby', Gemfile: 'ruby' };

export function detectLanguage(path: string): Language | null {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const named = byBasename[base];
  if (named) return named;
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return null;
  return byExtension[base.slice(dot + 1).toLowerCase()] ?? null;
}

export function isLanguage(value: string): value is Language {
  return (languages as readonly string[]).includes(value);
}
