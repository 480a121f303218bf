/** Bad flags, bad config, unreadable input: exit 2 with one `error:` line. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
