import { parseDocument } from 'yaml';
import { prettifyError } from 'zod';
import { RepoConfigSchema, defaultRepoConfig, type RepoConfig } from './repo-config.schema.js';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Parses `.github/indict.yml` text. An empty file means defaults; anything invalid is a ConfigError whose
 * message is one line naming the file and every problem.
 */
export function parseRepoConfig(text: string, where = '.github/indict.yml'): RepoConfig {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) throw new ConfigError(`${where}: ${doc.errors[0]?.message.split('\n')[0]}`);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    throw new ConfigError(`${where}: ${(error as Error).message.split('\n')[0]}`);
  }
  if (value == null) return defaultRepoConfig;
  if (typeof value !== 'object' || Array.isArray(value)) throw new ConfigError(`${where}: expected a mapping of settings`);
  const parsed = RepoConfigSchema.safeParse(value);
  if (!parsed.success) throw new ConfigError(`${where}: ${prettifyError(parsed.error).replace(/\s*\n\s*/g, '; ').replace(/✖ /g, '')}`);
  return parsed.data;
}
