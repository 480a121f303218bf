import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';

/** A per-run cgroup capping total memory and tasks; `procs` are the files the run's pid is written to. */
export interface RunCgroup {
  procs: readonly string[];
  /** Reads what the kernel recorded: OOM kills and refused forks. */
  events(): { oomKilled: boolean; pidsMaxHit: boolean };
  /** Best effort: the kernel may need a moment to release the killed tasks. */
  remove(): Promise<void>;
}

const ROOT = '/sys/fs/cgroup';

function readNumber(file: string, key: string): number {
  try {
    return Number(new RegExp(`^${key} (\\d+)`, 'm').exec(readFileSync(file, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

async function removeDirs(dirs: readonly string[]): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    try {
      for (const dir of dirs) if (existsSync(dir)) rmdirSync(dir);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

function ownPath(controller: string): string | null {
  const lines = readFileSync('/proc/self/cgroup', 'utf8').split('\n');
  const line = lines.find((l) => (controller === '' ? l.startsWith('0::') : l.split(':')[1]?.split(',').includes(controller)));
  return line ? line.slice(line.indexOf(':', line.indexOf(':') + 1) + 1) : null;
}

function tryV1(memoryBytes: number, tasks: number, id: string): RunCgroup | null {
  const mem = `${ROOT}/memory${ownPath('memory') ?? '/'}/${id}`.replace(/\/+/g, '/');
  const pids = `${ROOT}/pids${ownPath('pids') ?? '/'}/${id}`.replace(/\/+/g, '/');
  mkdirSync(mem);
  try {
    mkdirSync(pids);
  } catch (error) {
    rmdirSync(mem);
    throw error;
  }
  writeFileSync(`${mem}/memory.limit_in_bytes`, String(memoryBytes));
  if (existsSync(`${mem}/memory.memsw.limit_in_bytes`)) writeFileSync(`${mem}/memory.memsw.limit_in_bytes`, String(memoryBytes));
  writeFileSync(`${pids}/pids.max`, String(tasks));
  return {
    procs: [`${mem}/cgroup.procs`, `${pids}/cgroup.procs`],
    events: () => ({ oomKilled: readNumber(`${mem}/memory.oom_control`, 'oom_kill') > 0, pidsMaxHit: readNumber(`${pids}/pids.events`, 'max') > 0 }),
    remove: () => removeDirs([mem, pids]),
  };
}

function tryV2(memoryBytes: number, tasks: number, id: string): RunCgroup | null {
  const parent = `${ROOT}${ownPath('') ?? '/'}`;
  const controllers = readFileSync(`${parent}/cgroup.subtree_control`, 'utf8');
  if (!controllers.includes('memory') || !controllers.includes('pids')) return null;
  const dir = `${parent}/${id}`.replace(/\/+/g, '/');
  mkdirSync(dir);
  writeFileSync(`${dir}/memory.max`, String(memoryBytes));
  writeFileSync(`${dir}/memory.swap.max`, '0');
  writeFileSync(`${dir}/pids.max`, String(tasks));
  return {
    procs: [`${dir}/cgroup.procs`],
    events: () => ({ oomKilled: readNumber(`${dir}/memory.events`, 'oom_kill') > 0, pidsMaxHit: readNumber(`${dir}/pids.events`, 'max') > 0 }),
    remove: () => removeDirs([dir]),
  };
}

/** Creates a cgroup for one run when a memory controller is writable (v1 or v2); null otherwise. */
export function createRunCgroup(memoryBytes: number, tasks: number): RunCgroup | null {
  const id = `indict-sandbox-${randomUUID()}`;
  try {
    return existsSync(`${ROOT}/cgroup.controllers`) ? tryV2(memoryBytes, tasks, id) : tryV1(memoryBytes, tasks, id);
  } catch {
    return null;
  }
}
