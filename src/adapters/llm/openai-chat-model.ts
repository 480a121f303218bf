import { createHash } from 'node:crypto';
import OpenAI, { APIError } from 'openai';
import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import type { ChatFailure, ChatMessage, ChatModel, ChatRequest, ChatResult, ChatUsage, ResponseCache } from '../../ports/chat-model.js';
import { parseStructuredReply } from './parse-structured-reply.js';
import { defaultRetryPolicy, describeFailure, isRetryable, retryDelayMs, type RetryPolicy } from './retry-policy.js';
import { toStrictJsonSchema } from './strict-json-schema.js';

export interface OpenAiChatModelOptions {
  apiKey?: string;
  baseURL?: string;
  model: string;
  criticModel?: string;
  timeoutMs?: number;
  retry?: RetryPolicy;
  budget?: { calls: number; tokens: number };
  cache?: ResponseCache;
  /** `auto` tries json_schema and falls back to JSON mode when the endpoint rejects it. */
  structuredOutput?: 'auto' | 'json_schema' | 'json_object';
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  fetch?: typeof fetch;
}

type Sent = { ok: true; content: string | null } | { ok: false; failure: ChatFailure };

const looksLikeFormatRejection = (error: unknown) =>
  error instanceof APIError && error.status === 400 && /response_format|json_schema|structured/i.test(error.message);

/** ChatModel on the openai SDK, for any OpenAI-compatible endpoint (OpenAI, Azure, vLLM, Ollama, LM Studio, OpenRouter). */
export function createOpenAiChatModel(options: OpenAiChatModelOptions): ChatModel {
  const client = new OpenAI({
    apiKey: options.apiKey || 'not-needed',
    baseURL: options.baseURL,
    timeout: options.timeoutMs ?? 60_000,
    maxRetries: 0,
    fetch: options.fetch,
  });
  const retry = options.retry ?? defaultRetryPolicy;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const random = options.random ?? Math.random;
  const usage: ChatUsage = { calls: 0, promptTokens: 0, completionTokens: 0, cacheHits: 0 };
  let mode: 'json_schema' | 'json_object' = options.structuredOutput === 'json_object' ? 'json_object' : 'json_schema';

  function overBudget(): ChatFailure | null {
    const budget = options.budget;
    if (!budget) return null;
    if (usage.calls >= budget.calls) return { kind: 'budget', message: `budget exhausted: ${usage.calls} of ${budget.calls} model calls used` };
    const tokens = usage.promptTokens + usage.completionTokens;
    if (tokens >= budget.tokens) return { kind: 'budget', message: `budget exhausted: ${tokens} of ${budget.tokens} tokens used` };
    return null;
  }

  function params<T>(request: ChatRequest<T>, model: string, messages: ChatMessage[]): ChatCompletionCreateParamsNonStreaming {
    const schema = toStrictJsonSchema(request.schema);
    const base = { model, max_completion_tokens: request.maxTokens, temperature: 0 };
    if (mode === 'json_schema') {
      return { ...base, messages, response_format: { type: 'json_schema', json_schema: { name: request.schemaName, strict: true, schema } } };
    }
    const instruction: ChatMessage = { role: 'system', content: `Reply with one JSON object, and nothing else, that matches this JSON Schema:\n${JSON.stringify(schema)}` };
    return { ...base, messages: [...messages, instruction], response_format: { type: 'json_object' } };
  }

  async function send<T>(request: ChatRequest<T>, model: string, messages: ChatMessage[], signal?: AbortSignal): Promise<Sent> {
    for (let attempt = 0; ; attempt++) {
      const budget = overBudget();
      if (budget) return { ok: false, failure: budget };
      usage.calls++;
      try {
        const response = await client.chat.completions.create(params(request, model, messages), { signal });
        usage.promptTokens += response.usage?.prompt_tokens ?? 0;
        usage.completionTokens += response.usage?.completion_tokens ?? 0;
        const choice = response.choices[0];
        if (choice?.message.refusal) return { ok: false, failure: { kind: 'invalid-output', message: `the model refused: ${choice.message.refusal.split('\n')[0]}` } };
        return { ok: true, content: choice?.message.content ?? null };
      } catch (error) {
        if (mode === 'json_schema' && options.structuredOutput !== 'json_schema' && looksLikeFormatRejection(error)) {
          mode = 'json_object';
          attempt--;
          continue;
        }
        if (signal?.aborted || !isRetryable(error) || attempt >= retry.maxRetries) {
          return { ok: false, failure: { kind: 'unavailable', message: `model unavailable: ${describeFailure(error, attempt + 1)}` } };
        }
        await sleep(retryDelayMs(error, attempt, retry, random));
      }
    }
  }

  return {
    usage: () => ({ ...usage }),
    async complete<T>(request: ChatRequest<T>, signal?: AbortSignal): Promise<ChatResult<T>> {
      const model = request.role === 'critic' ? (options.criticModel ?? options.model) : options.model;
      const key = createHash('sha256').update(JSON.stringify([model, request.schemaName, toStrictJsonSchema(request.schema), request.messages])).digest('hex');
      const cached = await options.cache?.get(key);
      if (cached !== undefined) {
        const parsed = parseStructuredReply(cached, request.schema);
        if (parsed.ok) {
          usage.cacheHits++;
          return { ok: true, value: parsed.value, cached: true };
        }
      }
      const first = await send(request, model, request.messages, signal);
      if (!first.ok) return first;
      let parsed = parseStructuredReply(first.content, request.schema);
      let content = first.content;
      if (!parsed.ok) {
        const repair: ChatMessage[] = [
          ...request.messages,
          { role: 'assistant', content: first.content ?? '' },
          { role: 'user', content: `Your reply was not valid: ${parsed.problem}. Reply again with only the corrected JSON object.` },
        ];
        const second = await send(request, model, repair, signal);
        if (!second.ok) return second;
        parsed = parseStructuredReply(second.content, request.schema);
        content = second.content;
        if (!parsed.ok) return { ok: false, failure: { kind: 'invalid-output', message: `the model's reply stayed invalid after one repair: ${parsed.problem}` } };
      }
      await options.cache?.set(key, content ?? '');
      return { ok: true, value: parsed.value, cached: false };
    },
  };
}
