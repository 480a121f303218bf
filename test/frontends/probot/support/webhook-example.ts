import examples from '@octokit/webhooks-examples';

export const installationId = 2;

type Example = Record<string, unknown> & { action?: string };

/**
 * A payload from @octokit/webhooks-examples (GitHub's own examples), deep-copied, with `installation`
 * set (many examples lack it) and `patch` applied on top.
 */
export function webhookExample(event: string, action: string, patch: (payload: Example) => void = () => {}): Example {
  const group = (examples as unknown as { name: string; examples: Example[] }[]).find((e) => e.name === event);
  const found = group?.examples.find((e) => e.action === action);
  if (!found) throw new Error(`no example for ${event}.${action}`);
  const payload = structuredClone(found);
  payload.installation = { id: installationId, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMg==' };
  patch(payload);
  return payload;
}
