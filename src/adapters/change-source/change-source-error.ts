/** The change to review could not be loaded (unreadable diff, missing file, bad git ref…): one line for the user. */
export class ChangeSourceError extends Error {
  override readonly name = 'ChangeSourceError';
}
