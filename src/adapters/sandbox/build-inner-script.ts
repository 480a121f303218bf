/** POSIX-shell single-quoting. */
export function quoteShell(word: string): string {
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

/**
 * The `/bin/sh -c` script run inside the sandbox. It reports progress on fd 3 before the snippet
 * starts and closes that fd, so the snippet itself can never forge the stage:
 *   - "c" once the compile step (if any) succeeded, then fd 3 is closed and the run step is exec'd.
 * Arguments of the run step are the script's positional parameters ("$@").
 */
export function buildInnerScript(compile: readonly string[] | null, run: readonly string[]): string {
  const line = (argv: readonly string[]) => argv.map(quoteShell).join(' ');
  const compileLine = compile ? `${line(compile)} || exit $?\n` : '';
  return `${compileLine}printf c >&3; exec 3>&-\nexec ${line(run)} "$@"\n`;
}
