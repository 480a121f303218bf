/** A `--sarif` input that cannot be used (unreadable, not JSON, not SARIF 2.1.0). One-line message. */
export class SarifImportError extends Error {
  override readonly name = 'SarifImportError';

  constructor(file: string, problem: string, options?: { cause?: unknown }) {
    super(`sarif: ${file}: ${problem}`, options);
  }
}
