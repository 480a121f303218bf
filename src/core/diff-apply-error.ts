/** A diff that does not apply to the content it was given (context or deleted lines differ, hunk out of range). */
export class DiffApplyError extends Error {
  override readonly name = 'DiffApplyError';
}
