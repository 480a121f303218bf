
export interface CommandOutcome {
  /** undefined when the process did not exit by itself (not found, killed, timed out). */
  exitCode: number | undefined;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** The executable was not found. */
  missing: boolean;
  canceled: boolean;
}

export interface CommandOptions {
  cwd: string;
  timeoutMs: number;
  signal?: AbortSignal;
}

/** Runs one command without a shell; never throws for a failing command. Replaceable in tests. */
export type RunCommand = (bin: string, args: readonly string[], options: CommandOptions) => Promise<CommandOutcome>;

export const runSemgrepCommand: RunCommand = async (bin, args, { cwd, timeoutMs, signal }) => {
  const { execa } = await import('execa'); // loaded on first use: most reviews never spawn
  const result = await execa(bin, args, {
    cwd,
    timeout: timeoutMs,
    cancelSignal: signal,
    reject: false,
    shell: false,
    stdin: 'ignore',
    forceKillAfterDelay: 2_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return {
    exitCode: result.exitCode,
    stdout: typeof result.stdout === 'string' ? result.stdout : '',
    stderr: typeof result.stderr === 'string' ? result.stderr : '',
    timedOut: result.timedOut,
    missing: 'code' in result && result.code === 'ENOENT',
    canceled: result.isCanceled,
  };
};
