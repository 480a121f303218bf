/** A diff that cannot be parsed: the message is one line naming the diff line (1-based). */
export class DiffParseError extends Error {
  override readonly name = 'DiffParseError';

  constructor(readonly line: number, readonly reason: string) {
    super(`indict: diff line ${line}: ${reason}`);
  }
}
