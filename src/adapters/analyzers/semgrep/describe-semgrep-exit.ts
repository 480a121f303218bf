/** Semgrep's documented exit codes (semgrep/error.py, the CLI reference). 0 and 1 mean the scan ran. */
const meanings: Record<number, string> = {
  2: 'fatal error',
  3: 'a target could not be parsed',
  4: 'invalid rule pattern',
  5: 'unparseable rule YAML',
  7: 'missing or invalid config',
  8: 'invalid language',
  13: 'invalid API token',
  14: 'scan failed',
};

/** A one-line warning for a failed Semgrep exit, or null when the scan completed (0, or 1 with findings). */
export function describeSemgrepExit(exitCode: number, detail: string): string | null {
  if (exitCode === 0 || exitCode === 1) return null;
  const meaning = meanings[exitCode] ?? 'unexpected exit';
  return `semgrep: exit ${exitCode} (${meaning})${detail ? `: ${detail}` : ''}`;
}
