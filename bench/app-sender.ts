import { sendWebhook } from '../test/e2e/app/support/send-webhook.js';

/**
 * The bench's webhook sender, in its own process so that the fake GitHub (in the bench process) cannot
 * delay the sends or inflate the measured latencies. Sends payload i at `startAt + i * gap`.
 */
process.once('message', (message) => {
  const { url, secret, payloads, startAt, gap } = message as { url: string; secret: string; payloads: unknown[]; startAt: number; gap: number };
  void Promise.all(payloads.map(async (payload, i) => {
    const wait = startAt + i * gap - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    return sendWebhook(url, secret, 'pull_request', payload);
  })).then((results) => process.send?.({ results, sentAt: Date.now() }, () => process.exit(0)));
});
process.send?.('ready');
