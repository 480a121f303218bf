import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GheFront {
  /** `host:port`, for GHE_HOST (with GHE_PROTOCOL=http). */
  host: string;
  tokensIssued: number;
  close(): Promise<void>;
}

/**
 * GitHub Enterprise's URL layout in front of the fake GitHub API: `/api/v3/...` and `/api/graphql` are
 * forwarded to it, and installation tokens (what Probot asks for first) are issued here.
 */
export async function startGheFront(target: string): Promise<GheFront> {
  const front: GheFront = { host: '', tokensIssued: 0, close: async () => {} };
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (req.method === 'POST' && /^\/api\/v3\/app\/installations\/\d+\/access_tokens$/.test(url)) {
      front.tokensIssued += 1;
      req.resume();
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ token: 'ghs_test', expires_at: new Date(Date.now() + 3_600_000).toISOString(), permissions: {}, repository_selection: 'all' }));
      return;
    }
    const path = url.startsWith('/api/graphql') ? url.replace('/api/graphql', '/graphql') : url.replace(/^\/api\/v3/, '');
    const upstream = request(`${target}${path}`, { method: req.method, headers: { ...req.headers, host: new URL(target).host } }, (reply) => {
      res.writeHead(reply.statusCode ?? 502, reply.headers);
      reply.pipe(res);
    });
    upstream.on('error', (error) => { res.writeHead(502); res.end(error.message); });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  front.host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  front.close = () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
  return front;
}
