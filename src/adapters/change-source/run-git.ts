
export interface GitResult {
  ok: boolean;
  stdout: string;
  /** The first line of git's error output, for messages. */
  error: string;
}

/** Runs git in `cwd` without a pager, colors, prompts or external diff drivers; never throws for a failing git. */
export async function runGit(cwd: string, args: readonly string[], input?: string): Promise<GitResult> {
  const { execa } = await import('execa'); // loaded on first use: most reviews never spawn
  const result = await execa('git', ['--no-pager', '-c', 'color.ui=never', ...args], {
    cwd,
    reject: false,
    stripFinalNewline: false,
    maxBuffer: 256 * 1024 * 1024,
    env: { GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
    ...(input === undefined ? { stdin: 'ignore' as const } : { input }),
  });
  const stderr = String(result.stderr ?? '').trim();
  const cause = result.failed && !stderr ? (result.shortMessage ?? `git exited with ${result.exitCode}`) : stderr;
  return { ok: !result.failed, stdout: String(result.stdout ?? ''), error: cause.split('\n')[0] ?? '' };
}
