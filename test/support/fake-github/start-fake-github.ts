import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFakeGitHubState, type FakeGitHubState } from './fake-github-state.js';
import { routes, type RouteReply } from './fake-github-routes.js';
import { validateOpenApiBody } from './validate-openapi-body.js';

export interface FakeGitHub {
  url: string;
  state: FakeGitHubState;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

function takeFault(state: FakeGitHubState, method: string, path: string): RouteReply | null {
  const fault = state.faults.find((f) => f.times > 0 && f.method === method && f.path.test(path));
  if (!fault) return null;
  fault.times--;
  return { status: fault.status, body: { message: fault.message ?? 'Server Error' }, headers: fault.headers };
}

/**
 * A fake GitHub REST + GraphQL API on 127.0.0.1 that keeps state, checks every REST request body against
 * GitHub's OpenAPI description (422 like GitHub when invalid) and refuses review comments off the diff.
 */
export async function startFakeGitHub(state: FakeGitHubState = createFakeGitHubState()): Promise<FakeGitHub> {
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      // GitHub Enterprise Server layout: REST under /api/v3, GraphQL at /api/graphql
      url.pathname = url.pathname.replace(/^\/api\/v3(?=\/)/, '').replace(/^\/api\/graphql$/, '/graphql');
      const method = req.method ?? 'GET';
      let reply: RouteReply;
      let body: unknown;
      try {
        body = await readBody(req);
        const invalid = url.pathname === '/graphql' ? (typeof (body as { query?: unknown })?.query === 'string' ? null : 'graphql: no query') : validateOpenApiBody(method, url.pathname, body);
        const route = routes.find(([m, pattern]) => m === method && pattern.test(url.pathname));
        if (invalid?.startsWith('no such operation') || !route) reply = { status: 404, body: { message: `Not Found (${invalid ?? `${method} ${url.pathname}`})` } };
        else if (invalid) reply = { status: 422, body: { message: 'Invalid request.', errors: [invalid] } };
        else {
          reply = takeFault(state, method, url.pathname) ?? route[2]({
            state, params: route[1].exec(url.pathname)!.slice(1), body: (body ?? {}) as Record<string, unknown>, query: url.searchParams,
            accept: String(req.headers.accept ?? ''), baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, path: url.pathname,
          });
        }
      } catch (error) {
        reply = { status: 500, body: { message: `fake github: ${(error as Error).message}` } };
      }
      state.requests.push({ method, path: url.pathname + url.search, body, status: reply.status });
      res.writeHead(reply.status, { 'content-type': reply.raw !== undefined ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8', ...reply.headers });
      res.end(reply.raw ?? (reply.body === undefined ? '' : JSON.stringify(reply.body)));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
