import { isAbsolute, posix, relative } from 'node:path';
import type { SourceFile } from '../../../core/change-set.js';
import type { RawFinding } from '../../../core/finding.schema.js';
import type { Analyzer, AnalyzeResult } from '../../../ports/analyzer.js';
import { describeSemgrepErrors } from './describe-semgrep-errors.js';
import { describeSemgrepExit } from './describe-semgrep-exit.js';
import { mapSemgrepMatch } from './map-semgrep-match.js';
import { runSemgrepCommand, type CommandOutcome, type RunCommand } from './run-semgrep-command.js';
import { parseSemgrepOutput } from './parse-semgrep-output.js';
import { findOnPath } from './find-on-path.js';
import { writeTempTree } from './write-temp-tree.js';

export interface SemgrepAnalyzerOptions {
  /** auto: run when `semgrep` is found, skip silently otherwise; on: a missing binary is a warning; off: never run. */
  mode: 'auto' | 'on' | 'off';
  /** Rule configs (paths or registry ids, e.g. `p/default`). `auto` needs Semgrep metrics, which indict turns off. */
  config?: readonly string[];
  bin?: string;
  timeoutMs: number;
  run?: RunCommand;
  /** Whether `bin` can start (default: look on PATH; always true when `run` is given). */
  locate?: (bin: string) => Promise<boolean>;
}

export interface SemgrepAnalyzeResult extends AnalyzeResult {
  /** false when Semgrep could not run: mode off, not installed, or an unusable config. */
  available: boolean;
}

export interface SemgrepAnalyzer extends Analyzer {
  analyze(files: readonly SourceFile[], signal?: AbortSignal): Promise<SemgrepAnalyzeResult>;
}

export const defaultSemgrepConfig: readonly string[] = ['p/default'];

function buildArgs(config: readonly string[], paths: readonly string[]): string[] {
  const configs = config.flatMap((entry) => ['--config', entry]);
  return ['scan', '--json', '--quiet', '--disable-version-check', '--metrics=off', ...configs, '--', ...paths];
}

function lastLine(text: string): string {
  return text.split('\n').map((line) => line.trim()).filter(Boolean).pop() ?? '';
}

function failureWarning(outcome: CommandOutcome, timeoutMs: number): string | null {
  if (outcome.timedOut) return `semgrep: timed out after ${timeoutMs} ms and was stopped`;
  if (outcome.canceled) return 'semgrep: canceled';
  if (outcome.exitCode === undefined) return `semgrep: stopped before finishing${outcome.stderr ? `: ${lastLine(outcome.stderr)}` : ''}`;
  return null;
}

export function createSemgrepAnalyzer(options: SemgrepAnalyzerOptions): SemgrepAnalyzer {
  const { mode, bin = 'semgrep', timeoutMs, run = runSemgrepCommand } = options;
  const locate = options.locate ?? (options.run ? async () => true : (name: string) => findOnPath(name));
  const missing = () => skipped(mode === 'on' ? [`semgrep: "${bin}" not found on PATH; install Semgrep or set the semgrep analyzer to auto or off`] : []);
  const config = options.config?.length ? options.config : defaultSemgrepConfig;
  const skipped = (warnings: string[] = []): SemgrepAnalyzeResult => ({ findings: [], warnings, available: false });

  async function scan(files: readonly SourceFile[], signal?: AbortSignal): Promise<SemgrepAnalyzeResult> {
    if (config.includes('auto')) return skipped(['semgrep: config "auto" needs Semgrep metrics, which indict keeps off; name rule configs instead']);
    if (!(await locate(bin))) return missing();
    const tree = await writeTempTree(files, 'indict-semgrep-');
    try {
      const warnings = tree.refused.map((path) => `semgrep: skipped ${path}: path leaves the review root`);
      if (tree.written.size === 0) return { findings: [], warnings, available: true };
      const outcome = await run(bin, buildArgs(config, [...tree.written.keys()]), { cwd: tree.dir, timeoutMs, signal });
      if (outcome.missing) return missing();
      const stopped = failureWarning(outcome, timeoutMs);
      if (stopped) return { findings: [], warnings: [...warnings, stopped], available: true };

      const toReviewPath = (path: string) => {
        const local = isAbsolute(path) ? relative(tree.dir, path) : path;
        return posix.normalize(local.replace(/\\/g, '/'));
      };
      const parsed = parseSemgrepOutput(outcome.stdout);
      const exit = describeSemgrepExit(outcome.exitCode ?? 0, 'output' in parsed ? '' : lastLine(outcome.stderr));
      if (exit) warnings.push(exit);
      if ('problem' in parsed) {
        if (!exit) warnings.push(`semgrep: ${parsed.problem}`);
        return { findings: [], warnings, available: true };
      }
      const findings: RawFinding[] = [];
      for (const match of parsed.output.results) {
        if (match.extra.is_ignored) continue;
        const file = tree.written.get(toReviewPath(match.path));
        if (!file) {
          warnings.push(`semgrep: ignored a result for ${match.path}, which was not given to it`);
          continue;
        }
        findings.push(mapSemgrepMatch(match, file.path, file.content));
      }
      warnings.push(...describeSemgrepErrors(parsed.output.errors, toReviewPath));
      return { findings, warnings, available: true };
    } finally {
      await tree.remove();
    }
  }

  return {
    name: 'semgrep',
    async analyze(files, signal) {
      if (mode === 'off') return skipped();
      if (files.length === 0) return { findings: [], warnings: [], available: true };
      try {
        return await scan(files, signal);
      } catch (error) {
        return { findings: [], warnings: [`semgrep: ${(error as Error).message.split('\n')[0]}`], available: true };
      }
    },
  };
}
