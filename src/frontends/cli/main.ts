import { Command, CommanderError, Option } from 'commander';
import { prettifyError } from 'zod';
import { ReviewOptionsSchema } from './review-options.schema.js';
import { reviewCommand, type CliIo } from './review-command.js';
import { UsageError } from './usage-error.js';
import { version } from '../shared/version.js';
import { describeError } from './describe-error.js';
import { EvalOptionsSchema } from './bench-record.schema.js';

const collect = (value: string, previous: string[]) => [...previous, value];

function buildProgram(io: CliIo, result: { code: number }): Command {
  const program = new Command('indict')
    .description('Review pull requests for security and helpfulness together (INDICT), with checked fixes')
    .version(version)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  program
    .command('review')
    .description('review a change: a unified diff, a git range, or a pull request')
    .option('--diff <file>', 'unified diff to review (git or GNU diff -u); - reads stdin')
    .option('--base <ref>', 'review git diff <ref>...HEAD of the repository at --root')
    .option('--pr <owner/repo#n>', 'review a pull request through GITHUB_TOKEN and GITHUB_API_URL')
    .option('--post', 'publish the review to the pull request (with --pr)', false)
    .option('--root <dir>', 'repository root: new file contents are read here', '.')
    .addOption(new Option('--format <format>', 'report format').choices(['markdown', 'json', 'sarif']).default('markdown'))
    .option('--output <file>', 'write the report to a file instead of stdout')
    .option('--no-llm', 'tools-only review, even when a model is configured')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at or above (default: config failOn, else none)').choices(['critical', 'high', 'medium', 'low', 'none']))
    .option('--config <file>', 'repository config (default: <root>/.github/indict.yml when present)')
    .option('--trace <file>', 'write the dialogue transcript as JSONL')
    .option('--sarif <file>', 'merge another tool\'s SARIF 2.1.0 results (repeatable)', collect, [])
    .addOption(new Option('--semgrep <mode>', 'run the semgrep CLI when on PATH').choices(['auto', 'on', 'off']))
    .option('--semgrep-config <config>', 'semgrep rule config (repeatable; default p/default)', collect, [])
    .addOption(new Option('--scope <scope>', 'report findings on added lines or on every line shown in the diff').choices(['added', 'context']))
    .action(async (raw: Record<string, unknown>) => {
      const parsed = ReviewOptionsSchema.safeParse(raw);
      if (!parsed.success) throw new UsageError(prettifyError(parsed.error).replace(/\s*\n\s*/g, '; ').replace(/^✖ /, ''));
      result.code = await reviewCommand(parsed.data, io);
    });

  program
    .command('eval')
    .description('measure the review on a benchmark JSONL file (new-file PRs): recall, false positives, fixes, pairs')
    .requiredOption('--bench <jsonl>', 'benchmark records (a .jsonl file, or a directory of them)')
    .option('--limit <n>', 'review at most n records (after filtering)')
    .option('--source <source>', 'only records of this source')
    .option('--language <language>', 'only records of this language')
    .addOption(new Option('--format <format>', 'report format').choices(['markdown', 'json']).default('markdown'))
    .option('--output <file>', 'write the report to a file instead of stdout')
    .option('--no-llm', 'tools only, even when a model is configured')
    .option('--config <file>', 'repository config (default: ./.github/indict.yml when present)')
    .addOption(new Option('--semgrep <mode>', 'run the semgrep CLI when on PATH').choices(['auto', 'on', 'off']))
    .action(async (raw: Record<string, unknown>) => {
      const parsed = EvalOptionsSchema.safeParse(raw);
      if (!parsed.success) throw new UsageError(prettifyError(parsed.error).replace(/\s*\n\s*/g, '; ').replace(/^✖ /, ''));
      result.code = await (await import('./eval-command.js')).evalCommand(parsed.data, io);
    });
  return program;
}

/** The CLI entry: parses argv, runs the command, maps every failure to one line and an exit code. */
export async function main(argv: string[], io: CliIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }): Promise<number> {
  const result = { code: 0 };
  const program = buildProgram(io, result);
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return 2;
    }
    await program.parseAsync(argv, { from: 'user' });
    return result.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code) ? 0 : 2;
    }
    const { message, exitCode } = describeError(error);
    io.stderr.write(`error: ${message}\n`);
    return exitCode;
  }
}
