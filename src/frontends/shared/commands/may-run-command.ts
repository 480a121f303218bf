import type { CodeHost, RepoPermission, RepoRef } from '../../../ports/code-host.js';
import type { CommandName } from './parse-commands.js';

const writers: readonly RepoPermission[] = ['admin', 'maintain', 'write'];

/**
 * Who may run a command (contract: DESIGN.md, Commands): help, anyone; review, the PR author or a writer;
 * fix and ignore, write, maintain or admin, asked of the API (never `author_association` alone).
 */
export async function mayRunCommand(host: CodeHost, repo: RepoRef, command: CommandName, login: string, prAuthor?: string): Promise<boolean> {
  if (command === 'help') return true;
  if (command === 'review' && prAuthor !== undefined && prAuthor === login) return true;
  return writers.includes(await host.getPermission(repo, login));
}
