import { stripInvisible } from './fence-untrusted.js';

/** Cyrillic and Greek letters that look like Latin ones (Unicode confusables, the ones seen in attacks). */
const confusables: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ɡ: 'g', һ: 'h', ԛ: 'q', ԝ: 'w',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S',
  α: 'a', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ϲ: 'c',
  Α: 'A', Β: 'B', Ε: 'E', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X', Ζ: 'Z',
};
const confusable = new RegExp(`[${Object.keys(confusables).join('')}]`, 'gu');

/**
 * Text as a reader (or a model) sees it, for matching: tag characters read as the ASCII they smuggle,
 * compatibility forms folded (fullwidth ｉｇｎｏｒｅ), invisible characters removed (ig<ZWSP>nore), look-alike
 * letters mapped to Latin (Cyrillic іgnоre). Only used to detect, never shown.
 */
export function foldConfusables(text: string): string {
  const untagged = text.replace(/[\u{E0020}-\u{E007E}]+/gu, (run) => ` ${[...run].map((c) => String.fromCodePoint(c.codePointAt(0)! - 0xe0000)).join('')} `);
  return stripInvisible(untagged.normalize('NFKC')).replace(confusable, (c) => confusables[c] ?? c);
}
