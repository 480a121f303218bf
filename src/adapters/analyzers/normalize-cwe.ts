/**
 * The first CWE named in `values` as "CWE-89" (leading zeros dropped), or null.
 * Accepts "CWE-89", "cwe-089", "CWE-89: Improper Neutralization…" and `external/cwe/cwe-089`.
 */
export function normalizeCwe(values: string | readonly string[] | null | undefined): string | null {
  const list = typeof values === 'string' ? [values] : (values ?? []);
  for (const value of list) {
    const match = /(?:^|[^a-z0-9])cwe[-_ ](\d+)/i.exec(value);
    if (match?.[1]) return `CWE-${Number(match[1])}`;
  }
  return null;
}
