/** The reason an AbortSignal fires when a newer job of the same pull request arrives. */
export class SupersededError extends Error {
  override readonly name = 'SupersededError';
  constructor(readonly key: string) {
    super(`queue: superseded by a newer job for ${key}`);
  }
}

export const isSuperseded = (reason: unknown): reason is SupersededError => reason instanceof SupersededError;
