/** Error classes whose message is meant for the user as is (bad input, bad config): exit 2. */
const userErrors = new Set(['UsageError', 'DiffParseError', 'UnsafePathError', 'ChangeSourceError', 'SarifImportError', 'RulePackError', 'ConfigError', 'CodeHostError']);

/** One line and an exit code for anything thrown out of a command; never a stack trace. */
export function describeError(error: unknown): { message: string; exitCode: number } {
  if (error instanceof Error) {
    const firstLine = error.message.split('\n')[0]?.trim() || error.name;
    if (userErrors.has(error.name)) return { message: firstLine, exitCode: 2 };
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'ENOTDIR') return { message: firstLine, exitCode: 2 };
    return { message: `internal error: ${firstLine}`, exitCode: 2 };
  }
  return { message: `internal error: ${String(error)}`, exitCode: 2 };
}
