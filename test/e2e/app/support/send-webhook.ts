import { createHmac, randomUUID } from 'node:crypto';

/** POSTs a webhook the way GitHub does (X-Hub-Signature-256 over the raw body); returns status and latency. */
export async function sendWebhook(url: string, secret: string, name: string, payload: unknown, delivery: string = randomUUID()): Promise<{ status: number; ms: number }> {
  const body = JSON.stringify(payload);
  const signature = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
  const start = performance.now();
  const res = await fetch(`${url}/api/github/webhooks`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-github-event': name, 'x-github-delivery': delivery, 'x-hub-signature-256': signature },
    body,
  });
  await res.arrayBuffer();
  return { status: res.status, ms: performance.now() - start };
}
