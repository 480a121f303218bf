import { readdirSync, readFileSync } from 'node:fs';

interface ProcEntry { pid: number; ppid: number; threads: number }

function readEntry(pid: number): ProcEntry | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? -1);
    const threads = Number(/^Threads:\s+(\d+)/m.exec(status)?.[1] ?? 1);
    return { pid, ppid, threads };
  } catch {
    return null; // exited meanwhile
  }
}

/** Host pids of every descendant of `root` (not `root` itself), with their thread counts. */
export function listDescendants(root: number): ProcEntry[] {
  const entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map((name) => readEntry(Number(name)));
  const children = new Map<number, ProcEntry[]>();
  for (const entry of entries) {
    if (!entry) continue;
    children.set(entry.ppid, [...(children.get(entry.ppid) ?? []), entry]);
  }
  const out: ProcEntry[] = [];
  const queue = [root];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()!) ?? []) {
      out.push(child);
      queue.push(child.pid);
    }
  }
  return out;
}
