import { constants } from 'node:os';
import type { SandboxLimitKind, SandboxLimits, SandboxRunResult } from '../../ports/sandbox.js';
import type { SpawnOutcome } from './spawn-sandboxed.js';

export interface CgroupEvents { oomKilled: boolean; pidsMaxHit: boolean }

/** Last words of runtimes that ran out of a resource (read from the tail of stderr, failed runs only). */
const SIGNATURES: readonly [SandboxLimitKind, RegExp][] = [
  ['memory', /^MemoryError\b|JavaScript heap out of memory|java\.lang\.OutOfMemoryError|std::bad_alloc|memory allocation of \d+ bytes failed|runtime: out of memory|Allowed memory size of \d+ bytes exhausted|NoMemoryError|failed to allocate memory|Cannot allocate memory|Array buffer allocation failed|Fatal process out of memory/m],
  ['file-size', /File too large|EFBIG/],
  ['processes', /BlockingIOError: \[Errno 11\]|fork: Resource temporarily unavailable|[Cc]annot fork|spawn EAGAIN|unable to create (?:new )?native thread|Resource temporarily unavailable/],
];

const signalName = (n: number): string | null => Object.entries(constants.signals).find(([, v]) => v === n)?.[0] ?? null;

function classify(outcome: SpawnOutcome, limits: SandboxLimits, events: CgroupEvents): { limit: SandboxLimitKind; evidence: string } | null {
  const nearCap = outcome.tasksAtKill >= Math.floor(limits.processes * 0.8);
  if (outcome.timedOut) {
    if (events.pidsMaxHit) return { limit: 'processes', evidence: 'cgroup pids.max reached' };
    return nearCap ? { limit: 'processes', evidence: `${outcome.tasksAtKill} tasks alive at the wall-clock kill (cap ${limits.processes})` } : null;
  }
  if (events.oomKilled) return { limit: 'memory', evidence: 'cgroup OOM kill' };
  const code = outcome.code ?? 0;
  if (code === 128 + constants.signals.SIGXCPU) return { limit: 'cpu', evidence: 'SIGXCPU (RLIMIT_CPU)' };
  if (code === 128 + constants.signals.SIGXFSZ) return { limit: 'file-size', evidence: 'SIGXFSZ (RLIMIT_FSIZE)' };
  if (code === 128 + constants.signals.SIGKILL && outcome.durationMs >= limits.cpuSeconds * 1000) return { limit: 'cpu', evidence: 'SIGKILL at the RLIMIT_CPU hard limit' };
  if (code === 0) return null;
  if (events.pidsMaxHit) return { limit: 'processes', evidence: 'cgroup pids.max reached' };
  const tail = outcome.stderr.slice(-4096);
  for (const [limit, pattern] of SIGNATURES) {
    const match = pattern.exec(tail);
    if (match) return { limit, evidence: `stderr: ${match[0]}` };
  }
  return null;
}

/** Turns what happened to the process into the port's typed result. */
export function classifyOutcome(outcome: SpawnOutcome, limits: SandboxLimits, events: CgroupEvents, stage: 'compile' | 'run'): SandboxRunResult {
  const output = { stdout: outcome.stdout, stderr: outcome.stderr, truncated: outcome.truncated, durationMs: outcome.durationMs };
  const limit = classify(outcome, limits, events);
  if (limit) return { kind: 'limit', ...limit, ...output };
  if (outcome.timedOut) return { kind: 'timeout', wallTimeMs: limits.wallTimeMs, ...output };
  const code = outcome.code ?? 128 + (outcome.signal ? constants.signals[outcome.signal as keyof typeof constants.signals] ?? 0 : 0);
  const signal = code > 128 && code < 128 + 65 ? signalName(code - 128) : null;
  return { kind: 'exited', stage, code: signal ? null : code, signal, ...output };
}
