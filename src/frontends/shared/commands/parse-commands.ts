export type CommandName = 'review' | 'fix' | 'help' | 'ignore';

export interface Command {
  name: CommandName;
  /** What follows the command on its line: the fix request, or the finding id to ignore. */
  argument: string;
}

const pattern = /^\/indict\s+(review|fix|help|ignore)\b[ \t]*(.*)$/;

/**
 * The `/indict …` commands in a comment body: only at the start of a line, never inside a quote (`>`)
 * or a fenced code block, so quoting an earlier command does not run it again.
 */
export function parseCommands(body: string): Command[] {
  const commands: Command[] = [];
  let fence: string | undefined;
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trimEnd();
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (opener && opener[0] === fence[0] && opener.length >= fence.length && line.trim() === opener) fence = undefined;
      continue;
    }
    if (opener) {
      fence = opener;
      continue;
    }
    const match = pattern.exec(line);
    if (match?.[1]) commands.push({ name: match[1] as CommandName, argument: (match[2] ?? '').trim() });
  }
  return commands;
}
