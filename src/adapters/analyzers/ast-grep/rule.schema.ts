import { z } from 'zod';
import { CweSchema, SeveritySchema } from '../../../core/finding.schema.js';
import { languages } from '../../../core/detect-language.js';
import { findUnknownRuleKey } from './check-rule-keys.js';

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
    /**
     * File-level conditions, checked once per file on its text (JavaScript regular expressions): the rule
     * runs only on files matching `fileMatches` and not matching `fileExcludes`. A leading `(?i)` makes one case-insensitive. Use these instead of
     * `inside: {kind: module, stopBy: end, has: …}`, which ast-grep evaluates per candidate node (quadratic).
     */
    fileMatches: z.string().min(1).optional(),
    fileExcludes: z.string().min(1).optional(),
    /** Replacement for the matched node; `$NAME` / `$$$NAME` expand to what the metavariable matched. */
    fix: z.string().optional(),
    tests: z
      .object({
        vulnerable: z.array(z.string()).min(1),
        safe: z.array(z.string()).min(1),
      })
      .strict(),
  })
  .strict()
  .superRefine((rule, context) => {
    const trees: [string, unknown][] = [['rule', rule.rule], ...Object.entries(rule.constraints ?? {}).map(([k, v]) => [`constraints.${k}`, v] as [string, unknown]), ...Object.entries(rule.utils ?? {}).map(([k, v]) => [`utils.${k}`, v] as [string, unknown])];
    for (const [where, tree] of trees) {
      const unknown = findUnknownRuleKey(tree, where);
      if (unknown) context.addIssue({ code: 'custom', message: `unknown ast-grep rule key ${unknown}` });
    }
  });

export type PackRule = z.infer<typeof PackRuleSchema>;

/** A rule as the scanner needs it (the pack's own test snippets left out; `words` precomputed by the build). */
export type ScanRule = Omit<PackRule, 'tests'> & {
  /** `necessaryWords` of the rule, computed when the pack was compiled (null: none); absent: compute at load. */
  words?: string[] | null;
  /** The regexes are already rewritten to ASCII classes (done by the build). */
  ascii?: boolean;
};
