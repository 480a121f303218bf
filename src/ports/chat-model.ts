import type { z } from 'zod';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** Which model a call goes to: critics may use INDICT_CRITIC_MODEL, the actor and summarizer INDICT_MODEL. */
export type ChatRole = 'critic' | 'actor' | 'summarizer';

export interface ChatRequest<T> {
  role: ChatRole;
  messages: ChatMessage[];
  /** The reply must validate against this schema (structured output). */
  schema: z.ZodType<T>;
  schemaName: string;
  maxTokens?: number;
}

export interface ChatUsage {
  /** Every request sent, retries and repairs included; cache hits are free. */
  calls: number;
  promptTokens: number;
  completionTokens: number;
  cacheHits: number;
}

export type ChatFailureKind = 'unavailable' | 'budget' | 'invalid-output';

export interface ChatFailure {
  kind: ChatFailureKind;
  /** One line, e.g. "critics unavailable: 429 after 3 retries". */
  message: string;
}

export type ChatResult<T> = { ok: true; value: T; cached: boolean } | { ok: false; failure: ChatFailure };

/** The LLM port. Failures are typed results, never an empty string. */
export interface ChatModel {
  complete<T>(request: ChatRequest<T>, signal?: AbortSignal): Promise<ChatResult<T>>;
  usage(): ChatUsage;
}

/** A response cache keyed by model and prompt, so a re-run on unchanged code costs nothing. */
export interface ResponseCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
}
