import { redactSecrets } from './redact-secrets.js';

/**
 * Characters that make text read differently from how it runs or parses (Trojan Source bidi controls,
 * zero-width and other invisible characters, tag characters, variation selectors, Hangul fillers,
 * line/paragraph separators). They reach a prompt only as visible `<U+XXXX>` escapes.
 */
const invisible = /[\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB\u{E0000}-\u{E007F}]|\u034F|\u17B4|\u17B5|[\uFE00-\uFE0F]|[\u{E0100}-\u{E01EF}]/gu;

/** Emoji sequences that legitimately use invisible joiners and selectors (ZWJ families, flag tags, presentation selectors). */
const emojiSequence = /\p{Extended_Pictographic}(?:[\uFE0E\uFE0F]|\u200D(?=\p{Extended_Pictographic}))|\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/gu;

/** Fence closers and chat-template role tags inside data: shown, but no longer markup a model could take for ours. */
const lookalikes = /<(\/?)(untrusted-data\b)|<\|([\w-]{1,40})\|>|<<\s*(\/?SYS)\s*>>|\[(\/?INST)\]|<(\/?)(start_of_turn|end_of_turn)>/gi;

/** Makes invisible and bidirectional control characters visible as `<U+XXXX>`. */
export function neutralizeUnicode(text: string): string {
  return text.replace(invisible, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}

/** Removes invisible characters (for matching text as a reader sees it). */
export function stripInvisible(text: string): string {
  return text.replace(invisible, '');
}

/** True when the text hides characters, emoji sequences aside. */
export function hasInvisibleCharacters(text: string): boolean {
  const bare = text.replace(emojiSequence, '');
  invisible.lastIndex = 0;
  const found = invisible.test(bare);
  invisible.lastIndex = 0;
  return found;
}

/** `</untrusted-data …>` becomes `&lt;/untrusted-data …>`, `<|im_start|>` becomes `&lt;|im_start|&gt;`, and so on. */
export function defangMarkup(text: string): string {
  return text.replace(lookalikes, (match) => match.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\[/g, '&#91;'));
}

/**
 * Wraps untrusted text (PR title, body, comments, code, file names, tool output) in a labelled fence whose
 * boundary carries a per-review nonce. The text cannot hold the nonce (it is removed), cannot fake a fence
 * end or a role tag (defanged), hides no characters (escaped) and carries no secret (redacted).
 */
export function fenceUntrusted(kind: string, text: string, nonce: string): string {
  const body = defangMarkup(neutralizeUnicode(redactSecrets(text).text)).split(nonce).join('[nonce removed]');
  return `<untrusted-data kind="${kind}" boundary="${nonce}">\n${body}\n</untrusted-data boundary="${nonce}">`;
}
