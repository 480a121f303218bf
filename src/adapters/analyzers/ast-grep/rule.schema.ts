import { z } from 'zod';
import { CweSchema, SeveritySchema } from '../../../core/finding.schema.js';
import { languages } from '../../../core/detect-language.js';

const AstGrepRule = z.record(z.string(), z.unknown());

/** One rule of indict's pack: an ast-grep rule plus what a reviewer needs to act on it, plus its own tests. */
export const PackRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(\.[a-z0-9-]+)+$/, 'ids look like <language>.<name>'),
    languages: z.array(z.enum(languages)).min(1),
    severity: SeveritySchema,
    cwe: CweSchema,
    title: z.string().min(1),
    message: z.string().min(1),
    references: z.array(z.string().url()).min(1),
    /** Upper-case metavariable names; `rule` is an ast-grep rule object (pattern, kind, has, inside, any, all, not…). */
    rule: AstGrepRule,
    constraints: z.record(z.string(), AstGrepRule).optional(),
    utils: z.record(z.string(), AstGrepRule).optional(),
    transform: z.record(z.string(), z.unknown()).optional(),
    /** Replacement for the matched node; `$NAME` / `$$$NAME` expand to what the metavariable matched. */
    fix: z.string().optional(),
    tests: z
      .object({
        vulnerable: z.array(z.string()).min(1),
        safe: z.array(z.string()).min(1),
      })
      .strict(),
  })
  .strict();

export type PackRule = z.infer<typeof PackRuleSchema>;
