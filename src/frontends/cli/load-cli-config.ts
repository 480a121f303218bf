import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseRepoConfig } from '../../config/parse-repo-config.js';
import { defaultRepoConfig, type RepoConfig } from '../../config/repo-config.schema.js';
import { UsageError } from './usage-error.js';

/** `--config <file>`, else `<root>/.github/indict.yml` when it exists, else defaults. */
export async function loadCliConfig(configPath: string | undefined, root: string, cwd: string): Promise<RepoConfig> {
  const path = configPath ? resolve(cwd, configPath) : join(root, '.github/indict.yml');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (!configPath && (error as NodeJS.ErrnoException).code === 'ENOENT') return defaultRepoConfig;
    throw new UsageError(`cannot read config ${configPath ?? path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return parseRepoConfig(text, configPath ?? '.github/indict.yml');
}
