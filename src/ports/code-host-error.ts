/** A GitHub (CodeHost) request failed: `status` is the HTTP status (0 for a network failure), the message one line. */
export class CodeHostError extends Error {
  override readonly name = 'CodeHostError';
  constructor(readonly status: number, message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export const isCodeHostError = (error: unknown, status?: number): error is CodeHostError =>
  error instanceof CodeHostError && (status === undefined || error.status === status);
