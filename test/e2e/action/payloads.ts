/** Webhook payloads as GitHub sends them to a workflow (the parts the action reads, plus some context). */
const repository = { full_name: 'acme/shop', name: 'shop', owner: { login: 'acme' } };

export function pullRequestPayload(number: number, headRepo = 'acme/shop', action = 'opened') {
  return {
    action, number, repository,
    pull_request: { number, head: { ref: 'feature', sha: '1'.repeat(40), repo: { full_name: headRepo } }, base: { ref: 'main', repo: { full_name: 'acme/shop' } } },
  };
}

export function issueCommentPayload(number: number, login: string, body: string) {
  return {
    action: 'created', repository,
    issue: { number, pull_request: { url: `https://api.github.com/repos/acme/shop/pulls/${number}` } },
    comment: { id: 4242, body, user: { login, type: 'User' } },
  };
}
