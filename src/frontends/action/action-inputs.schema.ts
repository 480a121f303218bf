import { z } from 'zod';

const optional = z.string().transform((s) => s || undefined);

/** The inputs of action.yml, as the runner passes them (`INPUT_<NAME>`, empty when not set). */
export const ActionInputsSchema = z.object({
  githubToken: z.string().min(1, 'input github-token is empty: pass a token (the default is the workflow token)'),
  openaiApiKey: optional,
  openaiBaseUrl: optional,
  model: optional,
  failOn: z.enum(['critical', 'high', 'medium', 'low', 'none'], { error: 'input fail-on must be one of critical, high, medium, low, none' }),
  sarifOutput: z.string().min(1, 'input sarif-output is empty'),
  configPath: z.string().min(1, 'input config-path is empty'),
});

export type ActionInputs = z.infer<typeof ActionInputsSchema>;
