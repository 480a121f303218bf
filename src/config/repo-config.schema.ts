import { z } from 'zod';

const Glob = z.string().min(1);

/** `.github/indict.yml`: every key optional, unknown keys rejected so typos are caught. */
export const RepoConfigSchema = z
  .object({
    failOn: z.enum(['critical', 'high', 'medium', 'low', 'none']).optional()
      .describe('Fail the check (CLI: exit 1) when a finding is at or above this severity'),
    model: z.string().min(1).optional().describe('Model for the actor and summarizer (overrides INDICT_MODEL)'),
    criticModel: z.string().min(1).optional().describe('Model for the critics (overrides INDICT_CRITIC_MODEL)'),
    rounds: z.number().int().min(1).max(5).default(1).describe('Critic dialogue rounds'),
    depth: z.enum(['all', 'signals']).default('signals')
      .describe('Review every unit with the critics, or only units with analyzer signals or risky APIs'),
    scope: z.enum(['added', 'context']).default('added').describe('Report findings on added lines only, or on every line shown in the diff'),
    paths: z
      .object({
        include: z.array(Glob).default([]).describe('Only review paths matching one of these globs (empty: everything)'),
        exclude: z.array(Glob).default([]).describe('Never review paths matching these globs'),
      })
      .strict()
      .default({ include: [], exclude: [] }),
    maxComments: z.number().int().min(0).max(100).default(30).describe('Inline comments per review; the rest go to the summary'),
    analyzers: z
      .object({
        astGrep: z.boolean().default(true).describe('indict\'s own ast-grep rule pack'),
        semgrep: z.enum(['auto', 'on', 'off']).default('auto').describe('Run the semgrep CLI when it is on PATH'),
        semgrepConfig: z.array(z.string().min(1)).default([]).describe('Semgrep rule configs (default: p/default)'),
        disabledRules: z.array(z.string().min(1)).default([]).describe('Rule ids to turn off'),
      })
      .strict()
      .default({ astGrep: true, semgrep: 'auto', semgrepConfig: [], disabledRules: [] }),
    fix: z
      .object({ testCommand: z.string().min(1).optional().describe('Command run in the sandbox to check a fix') })
      .strict()
      .default({}),
    budget: z
      .object({
        calls: z.number().int().min(0).default(60).describe('Model calls per review'),
        tokens: z.number().int().min(0).default(200_000).describe('Prompt + completion tokens per review'),
      })
      .strict()
      .default({ calls: 60, tokens: 200_000 }),
    drafts: z.boolean().default(false).describe('Review draft pull requests'),
  })
  .strict();

export type RepoConfig = z.infer<typeof RepoConfigSchema>;

export const defaultRepoConfig: RepoConfig = RepoConfigSchema.parse({});
