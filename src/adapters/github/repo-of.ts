/**
 * Only `owner` and `repo` of whatever reference a caller passes: octokit turns every extra key into a query
 * parameter or body field, and a pull request object would carry its (untrusted) title and body along.
 */
export function repoOf(ref: { owner: string; repo: string }): { owner: string; repo: string } {
  return { owner: ref.owner, repo: ref.repo };
}
