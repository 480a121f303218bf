import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createOpenAiChatModel, type OpenAiChatModelOptions } from '../../../src/adapters/llm/openai-chat-model.js';
import type { ResponseCache } from '../../../src/ports/chat-model.js';
import { apiError, completion, startFakeOpenAi, type FakeOpenAi, type ScriptedReply } from '../../support/fake-openai-server.js';

const Verdict = z.object({ verdict: z.enum(['safe', 'unsafe']), reason: z.string() }).strict();
const request = { role: 'critic' as const, messages: [{ role: 'user' as const, content: 'Is os.system(x) safe?' }], schema: Verdict, schemaName: 'verdict' };
const good = completion(JSON.stringify({ verdict: 'unsafe', reason: 'shell' }));
let server: FakeOpenAi | undefined;
const sleeps: number[] = [];

afterEach(async () => {
  await server?.close();
  server = undefined;
  sleeps.length = 0;
});

async function modelWith(script: ScriptedReply[], options: Partial<OpenAiChatModelOptions> = {}) {
  server = await startFakeOpenAi(script);
  return createOpenAiChatModel({
    apiKey: 'sk-test', baseURL: server.baseURL, model: 'actor-model', criticModel: 'critic-model',
    sleep: async (ms) => void sleeps.push(ms), random: () => 0.5, ...options,
  });
}

describe('createOpenAiChatModel', () => {
  it('asks for strict structured output with the critic model and returns the validated value', async () => {
    const model = await modelWith([{ body: good }]);
    expect(await model.complete(request)).toEqual({ ok: true, value: { verdict: 'unsafe', reason: 'shell' }, cached: false });
    const sent = server!.requests[0]!;
    expect(sent.path).toBe('/v1/chat/completions');
    expect(sent.body).toMatchObject({
      model: 'critic-model',
      response_format: { type: 'json_schema', json_schema: { name: 'verdict', strict: true, schema: { type: 'object', required: ['verdict', 'reason'], additionalProperties: false } } },
    });
    expect(model.usage()).toEqual({ calls: 1, promptTokens: 100, completionTokens: 20, cacheHits: 0 });
  });

  it('repairs malformed JSON with one more request that shows the problem', async () => {
    const model = await modelWith([{ body: completion('{"verdict": "unsafe", reason: oops') }, { body: good }]);
    expect(await model.complete(request)).toMatchObject({ ok: true, value: { verdict: 'unsafe' } });
    const repair = server!.requests[1]!.body.messages as { role: string; content: string }[];
    expect(repair.at(-2)).toEqual({ role: 'assistant', content: '{"verdict": "unsafe", reason: oops' });
    expect(repair.at(-1)?.content).toMatch(/not valid: the reply is not JSON/);
  });

  it('gives up after one failed repair with a typed failure', async () => {
    const bad = completion(JSON.stringify({ verdict: 'maybe', reason: 'x' }));
    const model = await modelWith([{ body: bad }, { body: bad }]);
    const result = await model.complete(request);
    expect(result).toMatchObject({ ok: false, failure: { kind: 'invalid-output' } });
    expect(model.usage().calls).toBe(2);
  });

  it('falls back to JSON mode when the endpoint rejects json_schema', async () => {
    const model = await modelWith([apiError(400, "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model."), { body: good }, { body: good }]);
    expect(await model.complete(request)).toMatchObject({ ok: true });
    expect(server!.requests[1]!.body.response_format).toEqual({ type: 'json_object' });
    expect(JSON.stringify(server!.requests[1]!.body.messages)).toContain('JSON Schema');
    await model.complete({ ...request, messages: [{ role: 'user', content: 'again' }] });
    expect(server!.requests[2]!.body.response_format).toEqual({ type: 'json_object' });
  });

  it('retries 429 honouring retry-after, and 500 with jittered backoff, counting every request', async () => {
    const model = await modelWith([apiError(429, 'slow down', { 'retry-after': '2' }), apiError(500, 'boom'), { body: good }]);
    expect(await model.complete(request)).toMatchObject({ ok: true });
    expect(sleeps).toEqual([2000, 750]);
    expect(model.usage().calls).toBe(3);
  });

  it('returns a typed failure after the retries are spent', async () => {
    const model = await modelWith([apiError(429, 'a'), apiError(429, 'b'), apiError(429, 'c'), apiError(429, 'd')]);
    expect(await model.complete(request)).toEqual({ ok: false, failure: { kind: 'unavailable', message: 'model unavailable: 429 after 3 retries' } });
    expect(model.usage().calls).toBe(4);
  });

  it('does not retry a 401', async () => {
    const model = await modelWith([apiError(401, 'bad key')]);
    expect(await model.complete(request)).toEqual({ ok: false, failure: { kind: 'unavailable', message: 'model unavailable: 401' } });
  });

  it('times out a hanging endpoint and retries', async () => {
    const model = await modelWith([{ delayMs: 2000, body: good }, { body: good }], { timeoutMs: 200 });
    expect(await model.complete(request)).toMatchObject({ ok: true });
    expect(model.usage().calls).toBe(2);
  });

  it('stops at the call budget with a typed failure', async () => {
    const model = await modelWith([{ body: good }, { body: good }], { budget: { calls: 1, tokens: 1_000_000 } });
    expect(await model.complete(request)).toMatchObject({ ok: true });
    expect(await model.complete({ ...request, messages: [{ role: 'user', content: 'second' }] })).toEqual({
      ok: false, failure: { kind: 'budget', message: 'budget exhausted: 1 of 1 model calls used' },
    });
    expect(server!.requests).toHaveLength(1);
  });

  it('serves a repeated prompt from the cache at no cost', async () => {
    const store = new Map<string, string>();
    const cache: ResponseCache = { get: async (k) => store.get(k), set: async (k, v) => void store.set(k, v) };
    const model = await modelWith([{ body: good }], { cache });
    await model.complete(request);
    expect(await model.complete(request)).toMatchObject({ ok: true, cached: true });
    expect(model.usage()).toMatchObject({ calls: 1, cacheHits: 1 });
  });
});
