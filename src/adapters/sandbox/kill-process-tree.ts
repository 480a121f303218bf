import { listDescendants } from './list-descendants.js';

function trySignal(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/**
 * SIGKILLs the process group led by `pid` (setpriv → bwrap) and every descendant found in /proc.
 * The sandbox's pid 1 also dies with bwrap (--die-with-parent) and takes its whole pid namespace
 * with it, so a process forked between the scan and the kill does not survive either.
 * Returns how many tasks (threads included) the tree held just before the kill.
 */
export function killProcessTree(pid: number): number {
  const descendants = listDescendants(pid);
  trySignal(-pid);
  for (const child of descendants) trySignal(child.pid);
  return descendants.reduce((sum, d) => sum + d.threads, 0);
}
