import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface CweEntry {
  Description?: unknown;
  Likelihood_Of_Exploit?: unknown;
  Potential_Mitigations?: { Mitigation?: unknown };
  attr?: { '@_Name'?: string; '@_Abstraction'?: string };
}

let dictionary: Record<string, CweEntry> | undefined;

/** Plain text from the catalogue's mixed XHTML/JSON shapes. */
function text(value: unknown): string {
  if (value == null) return '';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(text).join(' ');
  if (typeof value === 'object') return Object.entries(value).filter(([k]) => !k.startsWith('@_')).map(([, v]) => text(v)).join(' ');
  return '';
}

/** The critics' `cwe` tool: MITRE's entry (offline, from the cwe-sdk package) as a few lines of text. */
export function lookupCwe(id: string): string {
  const number = /^(?:CWE-)?(\d+)$/i.exec(id.trim())?.[1];
  if (!number) return `not a CWE id: ${id}`;
  dictionary ??= require('cwe-sdk/raw/cwe-dictionary.json') as Record<string, CweEntry>;
  const entry = dictionary[number];
  if (!entry) return `CWE-${number}: not in the offline catalogue`;
  const mitigations = ([] as unknown[]).concat(entry.Potential_Mitigations?.Mitigation ?? []).slice(0, 3)
    .map((m) => `- ${text((m as { Description?: unknown }).Description).replace(/\s+/g, ' ').slice(0, 300)}`);
  return [
    `CWE-${number}: ${entry.attr?.['@_Name'] ?? 'unnamed'} (${entry.attr?.['@_Abstraction'] ?? 'unknown'} abstraction)`,
    text(entry.Description).replace(/\s+/g, ' ').slice(0, 600),
    entry.Likelihood_Of_Exploit ? `Likelihood of exploit: ${text(entry.Likelihood_Of_Exploit)}` : '',
    mitigations.length ? `Mitigations:\n${mitigations.join('\n')}` : '',
  ].filter(Boolean).join('\n');
}
