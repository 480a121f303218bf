import { isAbsolute, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { ActionError } from './action-error.js';
import { ActionInputsSchema, type ActionInputs } from './action-inputs.schema.js';

type Env = Record<string, string | undefined>;

/** `INPUT_<NAME>` the way @actions/core reads it: spaces to `_`, upper case, hyphens kept, trimmed. */
const input = (env: Env, name: string) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();

/** `$RUNNER_TEMP` (or `${RUNNER_TEMP}`) in the SARIF path, then relative paths from the workspace. */
function sarifPath(raw: string, env: Env): string {
  const temp = env.RUNNER_TEMP || tmpdir();
  const expanded = (raw || '$RUNNER_TEMP/indict.sarif').replace(/^\$\{?RUNNER_TEMP\}?/, temp);
  return isAbsolute(expanded) ? expanded : resolve(env.GITHUB_WORKSPACE || process.cwd(), expanded);
}

/** The action's inputs, validated; a bad one is an ActionError naming it. The model inputs fall back to the usual env variables. */
export function readActionInputs(env: Env): ActionInputs & { cacheDir: string } {
  const parsed = ActionInputsSchema.safeParse({
    githubToken: input(env, 'github-token'),
    openaiApiKey: input(env, 'openai-api-key') || env.OPENAI_API_KEY || '',
    openaiBaseUrl: input(env, 'openai-base-url') || env.OPENAI_BASE_URL || '',
    model: input(env, 'model') || env.INDICT_MODEL || '',
    failOn: input(env, 'fail-on') || 'high',
    sarifOutput: sarifPath(input(env, 'sarif-output'), env),
    configPath: input(env, 'config-path') || '.github/indict.yml',
  });
  if (!parsed.success) throw new ActionError(parsed.error.issues[0]?.message ?? 'bad inputs');
  return { ...parsed.data, cacheDir: join(env.RUNNER_TEMP || tmpdir(), 'indict-cache') };
}
