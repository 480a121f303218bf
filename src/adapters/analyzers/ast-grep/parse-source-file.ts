import { parse, type SgRoot } from '@ast-grep/napi';
import type { SourceFile } from '../../../core/change-set.js';
import { isLanguage } from '../../../core/detect-language.js';
import { napiLanguage } from './register-languages.js';

/** The file's syntax tree, or null when no parser handles its language. */
export function parseSourceFile(file: SourceFile): SgRoot | null {
  if (!file.language || !isLanguage(file.language)) return null;
  return parse(napiLanguage(file.language) as never, file.content);
}

/**
 * PHP outside `<?php` is template text to tree-sitter; a fragment with no opening tag at all (a snippet, an
 * included body) is read as PHP by prefixing one, and lines are shifted back.
 */
export function asParsed(file: SourceFile): { file: SourceFile; lineShift: number } {
  if (file.language === 'php' && !/<\?(php|=|\s)/i.test(file.content)) return { file: { ...file, content: `<?php\n${file.content}` }, lineShift: 1 };
  return { file, lineShift: 0 };
}
