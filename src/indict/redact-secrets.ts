export interface RedactedSecret {
  /** 1-based line in the text. */
  line: number;
  kind: string;
}

const detectors: { kind: string; pattern: RegExp }[] = [
  { kind: 'private key', pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g },
  { kind: 'AWS access key', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { kind: 'GitHub token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b/g },
  { kind: 'OpenAI key', pattern: /\bsk-(?:proj-)?[A-Za-z0-9_-]{32,}\b/g },
  { kind: 'Slack token', pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g },
  { kind: 'Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { kind: 'Stripe key', pattern: /\b[rs]k_live_[0-9a-zA-Z]{16,}\b/g },
  { kind: 'JSON Web Token', pattern: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/g },
  {
    kind: 'password or key literal',
    pattern: /(?<=\b(?:password|passwd|pwd|secret|api[_-]?key|access[_-]?token|auth[_-]?token|client[_-]?secret)["']?\s*[:=]\s*["'])[^"'\s]{8,}(?=["'])/gi,
  },
];

function entropy(text: string): number {
  const counts = new Map<string, number>();
  for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / text.length) * Math.log2(n / text.length);
  return bits;
}

const placeholder = /^(?:x+|\*+|changeme|password|secret|example|dummy|test|your[-_]?\w*|<[^>]*>|\$\{[^}]*\}|%\w+%)$/i;

/**
 * Replaces secrets with `[REDACTED <kind>]` before any text reaches a prompt, and says where they were,
 * without keeping their values. Line breaks inside a secret (a PEM block) are kept, so line numbers hold.
 */
export function redactSecrets(text: string): { text: string; secrets: RedactedSecret[] } {
  const secrets: RedactedSecret[] = [];
  let out = text;
  for (const { kind, pattern } of detectors) {
    out = out.replace(pattern, (match: string, ...rest: unknown[]) => {
      const offset = rest.find((r) => typeof r === 'number') as number;
      if (kind === 'password or key literal' && (placeholder.test(match) || entropy(match) < 3)) return match;
      secrets.push({ line: out.slice(0, offset).split('\n').length, kind });
      return `[REDACTED ${kind}]${'\n'.repeat(match.split('\n').length - 1)}`;
    });
  }
  return { text: out, secrets: secrets.sort((a, b) => a.line - b.line) };
}
