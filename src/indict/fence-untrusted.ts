/** Characters that make text read differently from how it runs or parses (Trojan Source, hidden text). */
const invisible = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060\uFEFF]|[\u{E0000}-\u{E007F}]/gu;

/** Makes invisible and bidirectional control characters visible as `<U+XXXX>`. */
export function neutralizeUnicode(text: string): string {
  return text.replace(invisible, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}

export function hasInvisibleCharacters(text: string): boolean {
  invisible.lastIndex = 0;
  const found = invisible.test(text);
  invisible.lastIndex = 0;
  return found;
}

/**
 * Wraps untrusted text (PR title, body, comments, code, file names) in a labelled fence whose boundary
 * carries a per-review nonce the text cannot know, so it cannot close the fence and speak as us.
 */
export function fenceUntrusted(kind: string, text: string, nonce: string): string {
  const body = neutralizeUnicode(text).split(nonce).join('[nonce removed]');
  return `<untrusted-data kind="${kind}" boundary="${nonce}">\n${body}\n</untrusted-data boundary="${nonce}">`;
}
