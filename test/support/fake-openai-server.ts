import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedReply {
  status?: number;
  headers?: Record<string, string>;
  /** A chat.completion body, or an error body. */
  body?: unknown;
  /** Wait this long before answering (timeouts). */
  delayMs?: number;
}

export interface FakeOpenAi {
  baseURL: string;
  requests: { path: string; body: Record<string, unknown> }[];
  close(): Promise<void>;
}

/** A chat.completion in OpenAI's shape, carrying `content` as the assistant message. */
export function completion(content: string, usage = { prompt_tokens: 100, completion_tokens: 20 }) {
  return {
    id: `chatcmpl-${Math.random().toString(36).slice(2)}`,
    object: 'chat.completion',
    created: 1_764_000_000,
    model: 'fake-model',
    choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: 'stop', logprobs: null }],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  };
}

export function apiError(status: number, message: string, headers: Record<string, string> = {}): ScriptedReply {
  return { status, headers, body: { error: { message, type: 'invalid_request_error', param: null, code: null } } };
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
}

/**
 * A local OpenAI-compatible server on 127.0.0.1 answering POST /chat/completions from a script: a list of
 * replies, or a function of the request. Nothing leaves the machine.
 */
export async function startFakeOpenAi(script: ScriptedReply[] | ((body: Record<string, unknown>, index: number) => ScriptedReply)): Promise<FakeOpenAi> {
  const requests: FakeOpenAi['requests'] = [];
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const index = requests.length;
    requests.push({ path: req.url ?? '', body });
    const reply = typeof script === 'function' ? script(body, index) : (script[index] ?? apiError(500, 'script exhausted'));
    if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
    if (res.destroyed) return;
    res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
    res.end(JSON.stringify(reply.body ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
