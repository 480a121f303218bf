import { homedir } from 'node:os';
import { join } from 'node:path';

export interface ModelEnv {
  apiKey?: string;
  baseURL?: string;
  model?: string;
  criticModel?: string;
  cacheDir: string;
}

/** The model variables of the contract; read by front ends only. */
export function readModelEnv(env: NodeJS.ProcessEnv): ModelEnv {
  return {
    apiKey: env.OPENAI_API_KEY || undefined,
    baseURL: env.OPENAI_BASE_URL || undefined,
    model: env.INDICT_MODEL || undefined,
    criticModel: env.INDICT_CRITIC_MODEL || undefined,
    cacheDir: env.INDICT_CACHE_DIR || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'indict'),
  };
}

export const isModelConfigured = (env: ModelEnv) => Boolean(env.apiKey || env.baseURL);

