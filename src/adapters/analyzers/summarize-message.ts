const maxTitleLength = 120;

/** A one-line title from a tool message: its first sentence, whitespace collapsed, at most 120 characters. */
export function summarizeMessage(message: string, fallback: string): string {
  const flat = message.replace(/\s+/g, ' ').trim();
  const sentence = /^.*?[.!?](?=\s|$)/.exec(flat)?.[0] ?? flat;
  const title = sentence.length > maxTitleLength ? `${sentence.slice(0, maxTitleLength - 1).trimEnd()}…` : sentence;
  return title || fallback;
}
