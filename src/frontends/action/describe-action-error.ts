import { isCodeHostError } from '../../ports/code-host-error.js';

/** The fix a user must make, for failures whose cause is known. */
function hint(error: unknown): string {
  if (isCodeHostError(error, 401)) return ' (check the github-token input)';
  if (isCodeHostError(error, 403)) return ' (give the job the permissions in docs/action.md, e.g. contents: read, pull-requests: write, checks: write)';
  return '';
}

/** One line for core.setFailed: the first line of the message, `internal error:` for what we did not expect. */
export function describeActionError(error: unknown): string {
  if (!(error instanceof Error)) return `indict: internal error: ${String(error)}`;
  const first = error.message.split('\n')[0]?.trim() || error.name;
  const known = ['ActionError', 'CodeHostError', 'ConfigError', 'RulePackError', 'DiffParseError'].includes(error.name);
  return `indict: ${known ? '' : 'internal error: '}${first}${hint(error)}`;
}
