/** A problem with how the action was set up (inputs, event, environment): its message is the one line users see. */
export class ActionError extends Error {
  override readonly name = 'ActionError';
}
