import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseRepoConfig } from '../../src/config/parse-repo-config.js';
import { RepoConfigSchema, defaultRepoConfig } from '../../src/config/repo-config.schema.js';

describe('parseRepoConfig', () => {
  it.each([
    ['an empty file', ''],
    ['a comment only', '# nothing yet\n'],
  ])('reads %s as defaults', (_name, text) => {
    expect(parseRepoConfig(text)).toEqual(defaultRepoConfig);
  });

  it('reads every documented key', () => {
    const config = parseRepoConfig(`
failOn: high
model: gpt-4.1-mini
rounds: 2
depth: all
paths: { include: ["src/**"], exclude: ["src/vendor/**"] }
maxComments: 10
analyzers: { semgrep: off, disabledRules: [python.weak-random] }
fix: { testCommand: "npm test" }
budget: { calls: 20, tokens: 50000 }
`);
    expect(config).toMatchObject({ failOn: 'high', rounds: 2, depth: 'all', maxComments: 10, fix: { testCommand: 'npm test' }, budget: { calls: 20, tokens: 50000 } });
    expect(config.analyzers).toEqual({ astGrep: true, semgrep: 'off', semgrepConfig: [], disabledRules: ['python.weak-random'] });
  });

  it.each([
    ['an unknown key', 'failon: high\n', /\.github\/indict\.yml: .*failon/],
    ['a wrong type', 'rounds: many\n', /rounds/],
    ['a bad enum value', 'failOn: severe\n', /failOn/],
    ['a nested unknown key', 'paths: { includes: [a] }\n', /includes/],
    ['a list at the top', '- a\n- b\n', /expected a mapping/],
    ['broken YAML', 'failOn: [high\n', /\.github\/indict\.yml: /],
    ['an alias bomb', `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n`, /alias|\.github/],
  ])('rejects %s with one line', (_name, text, pattern) => {
    let message = '';
    try {
      parseRepoConfig(text);
    } catch (error) {
      message = (error as Error).message;
      expect((error as Error).name).toBe('ConfigError');
    }
    expect(message).toMatch(pattern);
    expect(message).not.toContain('\n');
  });

  it('ships a JSON Schema that matches the zod schema (npm run schema:config)', () => {
    const shipped = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../schema/indict.schema.json'), 'utf8'));
    const { title: _title, ...rest } = shipped;
    expect(rest).toEqual(JSON.parse(JSON.stringify(z.toJSONSchema(RepoConfigSchema, { io: 'input' }))));
  });
});
